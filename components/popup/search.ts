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

export interface SearchIndex {
  /**
   * Facts match by their text or one of their entities; quotes by their text or their speaker. Searches the lists
   * given (the knowledge's own by default), keeping their order; an empty query gives them back as they are.
   */
  search(query: string, lists?: Pick<KnowledgeBase, 'facts' | 'quotes'>): SearchResult;
}

/** Separates an entity's spellings in its folded text, so a query never matches across two of them. */
const SEPARATOR = '\u0000';

/**
 * Folds every text once, when the knowledge arrives: each keystroke is then one substring test per item, which
 * keeps the search instant over ten thousand facts.
 */
export function buildSearchIndex(knowledge: Pick<KnowledgeBase, 'entities' | 'facts' | 'quotes'>): SearchIndex {
  const entities = knowledge.entities.map((entity) => ({
    id: entity.id,
    folded: [entity.name, ...entity.aliases].map(foldForSearch).join(SEPARATOR),
  }));
  const factText = new Map(knowledge.facts.map((fact) => [fact, foldForSearch(fact.text)]));
  const quoteText = new Map(knowledge.quotes.map((quote) => [quote, foldForSearch(quote.text)]));
  const folded = <T extends { text: string }>(texts: Map<T, string>, item: T) =>
    texts.get(item) ?? foldForSearch(item.text);
  return {
    search(query, lists = knowledge) {
      const needle = foldForSearch(query.trim());
      if (!needle) return { facts: lists.facts, quotes: lists.quotes, entityIds: new Set(entities.map((e) => e.id)) };
      const entityIds = new Set(entities.filter((e) => e.folded.includes(needle)).map((e) => e.id));
      return {
        facts: lists.facts.filter(
          (fact) => folded(factText, fact).includes(needle) || fact.entityIds.some((id) => entityIds.has(id)),
        ),
        quotes: lists.quotes.filter(
          (quote) =>
            folded(quoteText, quote).includes(needle) || (quote.speakerId !== null && entityIds.has(quote.speakerId)),
        ),
        entityIds,
      };
    },
  };
}

/** Facts match by their text or one of their entities; quotes by their text or their speaker. */
export function searchKnowledge(knowledge: KnowledgeBase, query: string): SearchResult {
  return buildSearchIndex(knowledge).search(query);
}
