/** Merging whole sources at once (the extract CLI, a full rebuild): one pass through the entity resolver. */
import { EntityResolver, publicEntity } from './resolve';
import type { KnowledgeBase } from './schema';
import { articleKey } from './stored-sources';

/** Later bases replace earlier ones with the same source id or article URL. */
export function latestBases(bases: readonly KnowledgeBase[]): KnowledgeBase[] {
  const lastIndexOf = new Map<string, number>();
  bases.forEach((base, index) => {
    for (const source of base.sources) {
      lastIndexOf.set(`id:${source.id}`, index);
      if (source.url) lastIndexOf.set(`url:${articleKey(source.url)}`, index);
    }
  });
  return bases.filter((base, index) =>
    base.sources.every(
      (source) =>
        lastIndexOf.get(`id:${source.id}`) === index &&
        (!source.url || lastIndexOf.get(`url:${articleKey(source.url)}`) === index),
    ),
  );
}

/** The bases as one knowledge base: entities merged, quotes and facts pointing at the merged ids. */
export function mergeKnowledge(bases: readonly KnowledgeBase[]): KnowledgeBase {
  const kept = latestBases(bases);
  const resolver = new EntityResolver();
  for (const base of kept) {
    for (const source of base.sources) {
      const own = base.entities.filter((entity) => entity.sourceIds.includes(source.id) || base.sources.length === 1);
      resolver.addSource(source.id, source.date, own);
    }
  }
  return {
    sources: kept.flatMap((base) => base.sources),
    entities: [...resolver.entities()].map(publicEntity),
    quotes: kept.flatMap((base) =>
      base.quotes.map((quote) => ({
        ...quote,
        speakerId: quote.speakerId ? (resolver.mergedIdOf(quote.sourceId, quote.speakerId) ?? quote.speakerId) : null,
      })),
    ),
    facts: kept
      .flatMap((base) =>
        base.facts.map((fact) => ({
          ...fact,
          entityIds: [...new Set(fact.entityIds.map((id) => resolver.mergedIdOf(fact.sourceId, id) ?? id))],
        })),
      )
      .sort((a, b) => b.score - a.score),
  };
}
