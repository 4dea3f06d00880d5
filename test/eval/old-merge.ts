/**
 * THE OLD MERGING ALGORITHM, kept only to compare entity resolution before and after (npm run eval:resolution,
 * eval:highlights). It is lib/knowledge/merge.ts as it was before commit 7c5cb40 (`git show 7c5cb40^:lib/knowledge/merge.ts`),
 * unchanged except for its import paths and for `oldMergeWithPlacement`, which also returns which merged entity each
 * source's own entity went to. Nothing in the extension uses it.
 *
 * Merging sources: one entity per real thing across articles, every source's role kept with its date.
 */
import { entityId } from '../../lib/knowledge/ids';
import type { Entity, KnowledgeBase, ReportedRole } from '../../lib/knowledge/schema';

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** "Biden" names the same person as "Joe Biden"; "Wang" the same as "Wang Yi". */
function isShortFormOf(short: string, full: string): boolean {
  const s = words(short);
  const f = words(full);
  if (s.length >= f.length) return false;
  if (s.length === 1) return f[0] === s[0] || f[f.length - 1] === s[0];
  let at = 0;
  for (const word of f) if (word === s[at]) at++;
  return at === s.length;
}

export function sameThing(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  if (a.name === b.name || a.aliases.includes(b.name) || b.aliases.includes(a.name)) return true;
  return a.type === 'person' && (isShortFormOf(a.name, b.name) || isShortFormOf(b.name, a.name));
}

/** The fullest name wins: more words, then more letters, then the earlier one. */
function canonicalName(names: string[]): string {
  return names.reduce((best, name) => {
    const diff = words(name).length - words(best).length || name.length - best.length;
    return diff > 0 ? name : best;
  });
}

/** Undated roles first, then by date: the last one is the newest. */
function byDate(a: ReportedRole, b: ReportedRole): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
}

/** Later bases replace earlier ones with the same source id or url. */
function latestBases(bases: KnowledgeBase[]): KnowledgeBase[] {
  const kept: KnowledgeBase[] = [];
  for (const base of bases) {
    const ids = new Set(base.sources.map((s) => s.id));
    const urls = new Set(base.sources.flatMap((s) => (s.url ? [s.url] : [])));
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].sources.some((s) => ids.has(s.id) || (s.url !== undefined && urls.has(s.url)))) kept.splice(i, 1);
    }
    kept.push(base);
  }
  return kept;
}

function rolesOf(entity: Entity, sourceDates: Map<string, string | null>): ReportedRole[] {
  if (entity.roles?.length) return entity.roles;
  if (!entity.description) return [];
  const sourceId = entity.sourceIds[0];
  return [{ sourceId, description: entity.description, date: sourceDates.get(sourceId) ?? null }];
}

function mergeGroup(group: Entity[], sourceDates: Map<string, string | null>): Entity {
  const name = canonicalName(group.map((e) => e.name));
  const type = group[0].type;
  const aliases = new Set(group.flatMap((e) => [e.name, ...e.aliases]));
  aliases.delete(name);
  const roles = group.flatMap((e) => rolesOf(e, sourceDates)).sort(byDate);
  const merged: Entity = {
    id: entityId(type, name),
    name,
    type,
    aliases: [...aliases],
    sourceIds: [...new Set(group.flatMap((e) => e.sourceIds))],
  };
  if (roles.length > 0) {
    merged.roles = roles;
    merged.description = roles[roles.length - 1].description;
  }
  return merged;
}

/** Where the old merge put each source's own entity, and the entities each merged one was made of. */
export interface OldPlacement {
  /** Source id → local entity id → merged id. */
  placement: Map<string, Map<string, string>>;
  /** Merged id → the source entities it was made of. Two groups whose names slugify alike ("US", "U.S.") get one
   * id from the old merge; here the later one is told apart as "id~2". */
  members: Map<string, { sourceId: string; localId: string; name: string }[]>;
}

export function mergeKnowledge(bases: KnowledgeBase[]): KnowledgeBase {
  return oldMergeWithPlacement(bases).kb;
}

export function oldMergeWithPlacement(bases: KnowledgeBase[]): { kb: KnowledgeBase; keys: string[] } & OldPlacement {
  const kept = latestBases(bases);
  const sources = kept.flatMap((b) => b.sources);
  const sourceDates = new Map(sources.map((s) => [s.id, s.date]));
  const groups: Entity[][] = [];
  const groupOf = new Map<Entity, Entity[]>();
  for (const entity of kept.flatMap((b) => b.entities)) {
    const matching = groups.filter((g) => g.some((other) => sameThing(entity, other)));
    const target = matching[0] ?? [];
    if (matching.length === 0) groups.push(target);
    // an entity that links two groups joins them into one
    for (const extra of matching.slice(1)) {
      target.push(...extra);
      groups.splice(groups.indexOf(extra), 1);
    }
    target.push(entity);
    for (const member of target) groupOf.set(member, target);
  }
  const mergedOf = new Map<Entity[], Entity>(groups.map((g) => [g, mergeGroup(g, sourceDates)]));
  // ids are per source, so remap each base's own ids
  const remapped = kept.map((base) => {
    const idMap = new Map(base.entities.map((e) => [e.id, mergedOf.get(groupOf.get(e)!)!.id]));
    return {
      quotes: base.quotes.map((q) => ({
        ...q,
        speakerId: q.speakerId ? (idMap.get(q.speakerId) ?? q.speakerId) : null,
      })),
      facts: base.facts.map((f) => ({ ...f, entityIds: [...new Set(f.entityIds.map((id) => idMap.get(id) ?? id))] })),
    };
  });
  const placement = new Map<string, Map<string, string>>();
  const members = new Map<string, { sourceId: string; localId: string; name: string }[]>();
  const keyOf = new Map<Entity[], string>();
  const taken = new Set<string>();
  for (const [group, merged] of mergedOf) {
    let key = merged.id;
    for (let n = 2; taken.has(key); n++) key = `${merged.id}~${n}`;
    taken.add(key);
    keyOf.set(group, key);
  }
  for (const base of kept) {
    for (const entity of base.entities) {
      const sourceId = entity.sourceIds[0] ?? base.sources[0].id;
      const mergedId = keyOf.get(groupOf.get(entity)!)!;
      const placed = placement.get(sourceId) ?? new Map<string, string>();
      placement.set(sourceId, placed);
      placed.set(entity.id, mergedId);
      const list = members.get(mergedId) ?? [];
      members.set(mergedId, list);
      list.push({ sourceId, localId: entity.id, name: entity.name });
    }
  }
  const kb = {
    sources,
    entities: [...mergedOf.values()],
    quotes: remapped.flatMap((r) => r.quotes),
    facts: remapped.flatMap((r) => r.facts).sort((a, b) => b.score - a.score),
  };
  return { kb, placement, members, keys: [...keyOf.values()] };
}
