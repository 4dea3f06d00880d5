import type { Entity, Fact, KnowledgeBase, Quote } from '../../lib/knowledge/schema';

/** Lower case without accents, so "Zelenskyy" finds "Zelenskyy" and "sao paulo" finds "São Paulo". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the folded query occurs in any of the texts; an empty query matches everything. */
export function textMatches(query: string, texts: readonly (string | undefined)[]): boolean {
  const needle = foldForSearch(query.trim());
  if (!needle) return true;
  return texts.some((text) => text !== undefined && foldForSearch(text).includes(needle));
}

export function entityMatches(entity: Entity, query: string): boolean {
  return textMatches(query, [entity.name, ...entity.aliases]);
}

export interface SearchResult {
  facts: Fact[];
  quotes: Quote[];
  /** Ids of entities whose name or an alias matches. */
  entityIds: Set<string>;
}

/** Facts match by their text or one of their entities; quotes by their text or their speaker. */
export function searchKnowledge(knowledge: KnowledgeBase, query: string): SearchResult {
  const entityIds = new Set(knowledge.entities.filter((e) => entityMatches(e, query)).map((e) => e.id));
  const facts = knowledge.facts.filter(
    (fact) => textMatches(query, [fact.text]) || fact.entityIds.some((id) => entityIds.has(id)),
  );
  const quotes = knowledge.quotes.filter(
    (quote) => textMatches(query, [quote.text]) || (quote.speakerId !== null && entityIds.has(quote.speakerId)),
  );
  return { facts, quotes, entityIds };
}
