import type { Entity, Fact } from '../../lib/knowledge/schema';

export interface EntityMentions {
  entity: Entity;
  count: number;
}

/** Best fact first; the stored order breaks ties so equal scores keep the extractor's order. */
export function rankFacts(facts: readonly Fact[]): Fact[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => b.fact.score - a.fact.score || a.index - b.index)
    .map(({ fact }) => fact);
}

/** Known entities with at least one mention on the page, most mentioned first, then by name. */
export function rankMentions(entities: readonly Entity[], counts: Readonly<Record<string, number>>): EntityMentions[] {
  return entities
    .map((entity) => ({ entity, count: counts[entity.id] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}
