import type { Entity, KnowledgeBase, Source } from './schema';
import type { StoredSource } from './stored-state';
import { isRecord, type Validated, validateKnowledgeBase } from './validate';

/** Query parameters that only track where a click came from: the same article with or without them. */
const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/;

/** The article a URL names, ignoring #fragments, tracking parameters and a trailing slash. */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
    }
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

function entityForSource(entity: Entity, sourceId: string): Entity {
  const copy: Entity = { ...entity, sourceIds: [sourceId] };
  if (entity.roles) {
    const roles = entity.roles.filter((role) => role.sourceId === sourceId);
    copy.roles = roles;
    // A merged description may be another source's report; this source's own role is the one to keep.
    copy.description = roles.at(-1)?.description;
    if (copy.description === undefined) delete copy.description;
  }
  return copy;
}

/** One knowledge base per source, each with only what that source reported (a merged import gets split). */
export function splitBySource(knowledge: KnowledgeBase): KnowledgeBase[] {
  if (knowledge.sources.length === 1) return [knowledge];
  return knowledge.sources.map((source) => {
    const quotes = knowledge.quotes.filter((quote) => quote.sourceId === source.id);
    const facts = knowledge.facts.filter((fact) => fact.sourceId === source.id);
    const needed = new Set<string>([
      ...quotes.flatMap((quote) => (quote.speakerId ? [quote.speakerId] : [])),
      ...facts.flatMap((fact) => fact.entityIds),
    ]);
    const entities = knowledge.entities
      .filter((entity) => entity.sourceIds.includes(source.id) || needed.has(entity.id))
      .map((entity) => entityForSource(entity, source.id));
    return { sources: [source], entities, quotes, facts };
  });
}

export function toStoredSource(knowledge: KnowledgeBase, addedAt: Date): StoredSource {
  return { source: knowledge.sources[0]!, knowledge, enabled: true, addedAt: addedAt.toISOString() };
}

const sameArticle = (a: Source, b: Source): boolean =>
  a.id === b.id || (a.url !== undefined && b.url !== undefined && articleKey(a.url) === articleKey(b.url));

/** Adds a source, or replaces the one for the same article (same id or URL) in place. */
export function upsertSource(
  sources: StoredSource[],
  incoming: StoredSource,
): { sources: StoredSource[]; replaced: boolean } {
  const index = sources.findIndex((stored) => sameArticle(stored.source, incoming.source));
  if (index === -1) return { sources: [...sources, incoming], replaced: false };
  const rest = sources.filter((stored, i) => i !== index && !sameArticle(stored.source, incoming.source));
  rest.splice(Math.min(index, rest.length), 0, incoming);
  return { sources: rest, replaced: true };
}

/** Checks one stored entry; the reason names its place ("sources[2].knowledge.quotes[0]..."). */
export function validateStoredSource(raw: unknown, path: string): Validated<StoredSource> {
  if (!isRecord(raw)) return { ok: false, reason: `${path} is not an object` };
  if (typeof raw.enabled !== 'boolean') return { ok: false, reason: `${path}.enabled is not true or false` };
  if (typeof raw.addedAt !== 'string') return { ok: false, reason: `${path}.addedAt is not a string` };
  const knowledge = validateKnowledgeBase(raw.knowledge, `${path}.knowledge`);
  if (!knowledge.ok) return knowledge;
  const source = knowledge.value.sources[0];
  if (knowledge.value.sources.length !== 1 || !source) {
    return { ok: false, reason: `${path}.knowledge has ${knowledge.value.sources.length} sources instead of one` };
  }
  if (!isRecord(raw.source) || raw.source.id !== source.id) {
    return { ok: false, reason: `${path}.source is not the source its knowledge describes` };
  }
  return { ok: true, value: { source, knowledge: knowledge.value, enabled: raw.enabled, addedAt: raw.addedAt } };
}
