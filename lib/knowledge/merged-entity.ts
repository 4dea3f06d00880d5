/** A merged entity as the rest of the extension sees it, derived from its members. */
import { isInitial, type Member, type MergedEntity, wordsOf } from './resolve-names';
import type { Entity, EntityType, MergeReason, ReportedRole } from './schema';

/**
 * The name most sources use for it: full names before initials and lone surnames, then the most frequent spelling, then
 * the newest (never simply the longest, which picks up descriptors: "Spaniard Conchita Martinez").
 */
export function canonicalName(members: readonly Member[]): string {
  const tally = new Map<string, { count: number; newest: string; full: number }>();
  // A full name: several words, the first no bare initial ("John Smith" before "J. Smith" before "Smith").
  const fullness = (words: string[]) =>
    (words.length > 1 ? 1 : 0) + (words.length > 1 && !isInitial(words[0]!) ? 1 : 0);
  for (const member of members) {
    const seen = tally.get(member.name) ?? { count: 0, newest: '', full: fullness(wordsOf(member.name)) };
    seen.count++;
    if ((member.date ?? '') > seen.newest) seen.newest = member.date ?? '';
    tally.set(member.name, seen);
  }
  let best = members[0].name;
  let top = tally.get(best)!;
  for (const [name, seen] of tally) {
    const better = seen.full - top.full || seen.count - top.count || seen.newest.localeCompare(top.newest);
    if (better > 0) [best, top] = [name, seen];
  }
  return best;
}

const byDate = (a: ReportedRole, b: ReportedRole) => (a.date ?? '').localeCompare(b.date ?? '');

/** What deriving an entity needs of a resolver's group. */
export interface MemberGroup {
  id: string;
  type: EntityType;
  members: Member[];
  reasons: MergeReason[];
}

export function deriveEntity(group: MemberGroup): MergedEntity {
  const name = canonicalName(group.members);
  const aliases = new Set(group.members.flatMap((m) => [m.name, ...m.aliases]));
  aliases.delete(name);
  const roles: ReportedRole[] = group.members
    .flatMap((m) => (m.description ? [{ sourceId: m.sourceId, description: m.description, date: m.date }] : []))
    .sort(byDate);
  const entity: MergedEntity = {
    id: group.id,
    name,
    type: group.type,
    aliases: [...aliases],
    sourceIds: [...new Set(group.members.map((m) => m.sourceId))],
    members: group.members,
    mergedBecause: group.reasons,
  };
  if (roles.length > 0) {
    entity.roles = roles;
    entity.description = roles[roles.length - 1].description;
  }
  return entity;
}

/** The entity as pages see it: no members (a card asks for the reasons separately). */
export function publicEntity({ members: _members, mergedBecause: _why, ...entity }: MergedEntity): Entity {
  return entity;
}
