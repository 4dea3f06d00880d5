import type { Fact, KnowledgeBase, Quote } from '../../lib/knowledge/schema';

/** What the popup lists, in the order it lists them. */
export interface OrderedKnowledge {
  facts: Fact[];
  quotes: Quote[];
}

/**
 * Facts and quotes about the entities on the current page first, then the rest; within each, the newest source
 * first (undated last), then the best fact, then the stored order.
 */
export function orderForPage(knowledge: KnowledgeBase, onPage: ReadonlySet<string>): OrderedKnowledge {
  const dateOf = new Map(knowledge.sources.map((source) => [source.id, source.date ?? '']));
  const tier = (about: boolean) => (about ? 0 : 1);
  const newest = (a: { sourceId: string }, b: { sourceId: string }) =>
    (dateOf.get(b.sourceId) ?? '').localeCompare(dateOf.get(a.sourceId) ?? '');
  const factTier = new Map(knowledge.facts.map((fact) => [fact, tier(fact.entityIds.some((id) => onPage.has(id)))]));
  const quoteTier = new Map(
    knowledge.quotes.map((quote) => [quote, tier(quote.speakerId !== null && onPage.has(quote.speakerId))]),
  );
  // Array.sort is stable: equal keys keep the stored order.
  return {
    facts: [...knowledge.facts].sort(
      (a, b) => factTier.get(a)! - factTier.get(b)! || newest(a, b) || b.score - a.score,
    ),
    quotes: [...knowledge.quotes].sort((a, b) => quoteTier.get(a)! - quoteTier.get(b)! || newest(a, b)),
  };
}

/** The ids of the entities the page mentions at least once. */
export function mentionedIds(counts: Readonly<Record<string, number>>): Set<string> {
  return new Set(Object.keys(counts).filter((id) => (counts[id] ?? 0) > 0));
}
