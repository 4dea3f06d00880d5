/** What the hover card shows about one entity, picked out of the knowledge base. Pure, so it is tested as tables. */
import type { Entity, Fact, KnowledgeBase, Quote, Source } from '../../lib/knowledge/schema';
import { reportedOn } from '../shared/format';
import { sourceLabel } from '../shared/sourceLabel';
import { groupRoles, reportsSummary } from './role-groups';

export interface RoleLine {
  /** The role as the source reported it, or null when the source gave none. */
  description: string | null;
  /** "as reported on 19 June 2023" */
  reported: string;
  sourceTitle: string | null;
}

export interface CardQuote {
  quote: Quote;
  speaker: Entity | undefined;
  source: Source | undefined;
  /** Said by the entity itself (shown first) rather than merely naming it. */
  own: boolean;
}

/** One row of the card's roles: a role one report gave (as today), or a role many reports gave, summarised. */
export type RoleRow =
  | ({ kind: 'report' } & RoleLine)
  | {
      kind: 'summary';
      description: string;
      /** "12 reports, Aug–Dec 1996" */
      summary: string;
    };

export const MAX_RELATED_ENTITIES = 8;

/** Every role with its date, newest first; without per-source roles, the description with its first source. */
export function reportedRoles(entity: Entity, knowledge: KnowledgeBase): RoleLine[] {
  const sourceById = new Map(knowledge.sources.map((source) => [source.id, source]));
  if (entity.roles && entity.roles.length > 0) {
    return [...entity.roles].reverse().map((role) => {
      const source = sourceById.get(role.sourceId);
      return { description: role.description, reported: reportedOn({ date: role.date }), sourceTitle: titleOf(source) };
    });
  }
  const source = entity.sourceIds.map((id) => sourceById.get(id)).find(Boolean);
  return [{ description: entity.description ?? null, reported: reportedOn(source), sourceTitle: titleOf(source) }];
}

/** One row per distinct role, newest first; a role only one report gave keeps its date and source. */
export function roleRows(entity: Entity, knowledge: KnowledgeBase): RoleRow[] {
  if (!entity.roles || entity.roles.length === 0) {
    return reportedRoles(entity, knowledge).map((line) => ({ kind: 'report', ...line }));
  }
  const sourceById = new Map(knowledge.sources.map((source) => [source.id, source]));
  return groupRoles(entity).map((group): RoleRow => {
    if (group.roles.length > 1) {
      return { kind: 'summary', description: group.description, summary: reportsSummary(group) };
    }
    const [role] = group.roles;
    return {
      kind: 'report',
      description: role.description,
      reported: reportedOn({ date: role.date }),
      sourceTitle: titleOf(sourceById.get(role.sourceId)),
    };
  });
}

/** Newest source first; undated sources last. Array.sort is stable, so ties keep their order. */
function byNewestSource(knowledge: KnowledgeBase): (a: { sourceId: string }, b: { sourceId: string }) => number {
  const dateOf = new Map(knowledge.sources.map((source) => [source.id, source.date ?? '']));
  return (a, b) => (dateOf.get(b.sourceId) ?? '').localeCompare(dateOf.get(a.sourceId) ?? '');
}

/** Facts naming the entity, newest source first, then best first. */
export function factsAbout(entity: Entity, knowledge: KnowledgeBase): Fact[] {
  const newest = byNewestSource(knowledge);
  return knowledge.facts
    .filter((fact) => fact.entityIds.includes(entity.id))
    .sort((a, b) => newest(a, b) || b.score - a.score);
}

/** Newest source first; within a source, the entity's own quotes first, then quotes whose text or sentence names it. */
export function quotesAbout(entity: Entity, knowledge: KnowledgeBase): CardQuote[] {
  const names = [entity.name, ...entity.aliases];
  const own = knowledge.quotes.filter((quote) => quote.speakerId === entity.id);
  const naming = knowledge.quotes.filter(
    (quote) =>
      quote.speakerId !== entity.id && (mentionsName(quote.text, names) || mentionsName(quote.sentence, names)),
  );
  const entityById = new Map(knowledge.entities.map((other) => [other.id, other]));
  const sourceById = new Map(knowledge.sources.map((source) => [source.id, source]));
  const toCardQuote = (quote: Quote, isOwn: boolean): CardQuote => ({
    quote,
    speaker: quote.speakerId ? entityById.get(quote.speakerId) : undefined,
    source: sourceById.get(quote.sourceId),
    own: isOwn,
  });
  const newest = byNewestSource(knowledge);
  return [...own.map((quote) => toCardQuote(quote, true)), ...naming.map((quote) => toCardQuote(quote, false))].sort(
    (a, b) => newest(a.quote, b.quote),
  );
}

/** Entities that share facts with this one, the most shared first. */
export function relatedEntities(entity: Entity, knowledge: KnowledgeBase, limit = MAX_RELATED_ENTITIES): Entity[] {
  const sharedFacts = new Map<string, number>();
  for (const fact of factsAbout(entity, knowledge)) {
    for (const id of new Set(fact.entityIds)) {
      if (id !== entity.id) sharedFacts.set(id, (sharedFacts.get(id) ?? 0) + 1);
    }
  }
  return knowledge.entities
    .filter((other) => sharedFacts.has(other.id))
    .sort((a, b) => (sharedFacts.get(b.id) ?? 0) - (sharedFacts.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Case-sensitive whole-word match, so "Wang" does not match "wanted" and "U.S." does not match "US". */
export function mentionsName(text: string, names: readonly string[]): boolean {
  return names.some((name) => name.trim().length > 0 && wholeWord(name.trim()).test(text));
}

export function mentionsOnPageText(count: number): string {
  if (count === 0) return 'Not mentioned on this page';
  return count === 1 ? 'Mentioned once on this page' : `Mentioned ${count} times on this page`;
}

function titleOf(source: Source | undefined): string | null {
  return source ? sourceLabel(source) : null;
}

function wholeWord(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}
