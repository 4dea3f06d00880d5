/**
 * Read-only views of the knowledge database. The background serves the name table and cards from them; the
 * popup and options page read their lists directly (reads need no owner; every write goes to the background).
 */
import {
  ENTITIES,
  EXTRACTIONS,
  getAll,
  readSourcesWithExtractions,
  requested,
  SET_ASIDE,
  type SetAsideRecord,
  SOURCES,
  type SourceRecord,
} from './idb';
import { type MergedEntity, publicEntity } from './resolve';
import type { Fact, KnowledgeBase, Quote, Source } from './schema';
import type { SourceSummary } from './stored-state';
import { isRecord } from './validate';

/** A card cites at most this many of an entity's sources, newest first: enough to summarise, quick to read. */
export const MAX_CARD_SOURCES = 40;

/** A damaged extraction is skipped when read (a rebuild sets it aside with its reason). */
const usable = (knowledge: unknown): knowledge is KnowledgeBase =>
  isRecord(knowledge) && Array.isArray(knowledge.facts) && Array.isArray(knowledge.quotes);

/** A source's facts and quotes with entity ids turned into merged ids. */
function remapped(knowledge: KnowledgeBase, placement: Record<string, string>): { facts: Fact[]; quotes: Quote[] } {
  const merged = (id: string) => placement[id] ?? id;
  return {
    facts: knowledge.facts.map((fact) => ({ ...fact, entityIds: [...new Set(fact.entityIds.map(merged))] })),
    quotes: knowledge.quotes.map((quote) => ({ ...quote, speakerId: quote.speakerId && merged(quote.speakerId) })),
  };
}

/** What a card needs about one entity: it, its newest sources' facts and quotes, and the entities those name. */
export async function cardKnowledgeFrom(db: IDBDatabase, entityId: string): Promise<KnowledgeBase | null> {
  const entity = (await requested(db.transaction(ENTITIES).objectStore(ENTITIES).get(entityId))) as
    | MergedEntity
    | undefined;
  if (!entity) return null;
  const dateOf = new Map(entity.members.map((m) => [m.sourceId, m.date ?? '']));
  const sourceIds = [...entity.sourceIds]
    .sort((a, b) => (dateOf.get(b) ?? '').localeCompare(dateOf.get(a) ?? ''))
    .slice(0, MAX_CARD_SOURCES);
  const tx = db.transaction([SOURCES, EXTRACTIONS]);
  // Every request is made before the first await, so the transaction stays open for all of them.
  const loaded = await Promise.all(
    sourceIds.map((id) =>
      Promise.all([
        requested(tx.objectStore(SOURCES).get(id)) as Promise<SourceRecord | undefined>,
        requested(tx.objectStore(EXTRACTIONS).get(id)) as Promise<KnowledgeBase | undefined>,
      ]),
    ),
  );
  const facts: Fact[] = [];
  const quotes: Quote[] = [];
  const sources: Source[] = [];
  for (const [record, knowledge] of loaded) {
    if (!record || !usable(knowledge)) continue;
    sources.push(record.source);
    const own = remapped(knowledge, record.placement);
    facts.push(...own.facts.filter((fact) => fact.entityIds.includes(entityId)));
    quotes.push(...own.quotes);
  }
  const otherIds = new Set([...facts.flatMap((f) => f.entityIds), ...quotes.flatMap((q) => q.speakerId ?? [])]);
  otherIds.delete(entityId);
  const others = db.transaction(ENTITIES).objectStore(ENTITIES);
  const related = await Promise.all([...otherIds].map((id) => requested(others.get(id)) as Promise<MergedEntity>));
  const entities = [
    { ...publicEntity(entity), mergedBecause: entity.mergedBecause },
    ...related.filter(Boolean).map(publicEntity),
  ];
  const known = new Set(entities.map((e) => e.id));
  return {
    sources,
    entities,
    // References to entities no longer stored (a source switched off meanwhile) are dropped, never dangling.
    quotes: quotes.map((q) => (q.speakerId && !known.has(q.speakerId) ? { ...q, speakerId: null } : q)),
    facts: facts
      .map((fact) => ({ ...fact, entityIds: fact.entityIds.filter((id) => known.has(id)) }))
      .sort((a, b) => b.score - a.score),
  };
}

/** Every enabled source merged, for the popup and export: read, never merged again. */
export async function readKnowledge(db: IDBDatabase): Promise<KnowledgeBase> {
  const [{ records, extractionOf }, entities] = await Promise.all([
    readSourcesWithExtractions(db),
    getAll<MergedEntity>(db, ENTITIES),
  ]);
  const sources: Source[] = [];
  const facts: Fact[] = [];
  const quotes: Quote[] = [];
  for (const record of inListOrder(records)) {
    const knowledge = extractionOf.get(record.id);
    if (!record.enabled || !usable(knowledge)) continue;
    sources.push(record.source);
    const own = remapped(knowledge, record.placement);
    facts.push(...own.facts);
    quotes.push(...own.quotes);
  }
  return { sources, entities: entities.map(publicEntity), quotes, facts: facts.sort((a, b) => b.score - a.score) };
}

/** How much the whole knowledge holds, while only part of it is read. */
export interface KnowledgeTotals {
  sources: number;
  entities: number;
  facts: number;
  quotes: number;
}

/** The popup's first view reads this many of the newest sources, and of each of the page's people's. */
export const FIRST_VIEW_SOURCES = 20;

/**
 * What the popup shows first, read in a few milliseconds however large the knowledge: every source's record,
 * the extractions of the newest sources and of those about the page's people, the entities they name, and
 * the totals. The whole knowledge (for search) follows with readKnowledge.
 */
export async function readFirstView(
  db: IDBDatabase,
  pageEntityIds: readonly string[],
): Promise<{ knowledge: KnowledgeBase; totals: KnowledgeTotals }> {
  const read = db.transaction([SOURCES, ENTITIES]);
  const [records, entityCount, pagePeople] = await Promise.all([
    requested(read.objectStore(SOURCES).getAll()) as Promise<SourceRecord[]>,
    requested(read.objectStore(ENTITIES).count()),
    Promise.all(
      pageEntityIds.map((id) => requested(read.objectStore(ENTITIES).get(id)) as Promise<MergedEntity | undefined>),
    ),
  ]);
  const enabled = inListOrder(records).filter((record) => record.enabled);
  const newestFirst = [...enabled].sort(
    (a, b) => (b.source.date ?? '').localeCompare(a.source.date ?? '') || b.seq - a.seq,
  );
  const wanted = new Set(newestFirst.slice(0, FIRST_VIEW_SOURCES).map((record) => record.id));
  for (const person of pagePeople) for (const id of person?.sourceIds.slice(-FIRST_VIEW_SOURCES) ?? []) wanted.add(id);
  const chosen = enabled.filter((record) => wanted.has(record.id));
  const fromExtractions = db.transaction(EXTRACTIONS).objectStore(EXTRACTIONS);
  const extractions = await Promise.all(
    chosen.map((record) => requested(fromExtractions.get(record.id)) as Promise<KnowledgeBase | undefined>),
  );
  const facts: Fact[] = [];
  const quotes: Quote[] = [];
  for (const [i, record] of chosen.entries()) {
    const knowledge = extractions[i];
    if (!usable(knowledge)) continue;
    const own = remapped(knowledge, record.placement);
    facts.push(...own.facts);
    quotes.push(...own.quotes);
  }
  const named = new Set([
    ...facts.flatMap((f) => f.entityIds),
    ...quotes.flatMap((q) => q.speakerId ?? []),
    ...pageEntityIds,
  ]);
  const fromEntities = db.transaction(ENTITIES).objectStore(ENTITIES);
  const entities = await Promise.all(
    [...named].map((id) => requested(fromEntities.get(id)) as Promise<MergedEntity | undefined>),
  );
  const sum = (key: 'facts' | 'quotes') => enabled.reduce((total, record) => total + (record.counts?.[key] ?? 0), 0);
  return {
    knowledge: {
      sources: enabled.map((record) => record.source),
      entities: entities.filter((e): e is MergedEntity => e !== undefined).map(publicEntity),
      quotes,
      facts: facts.sort((a, b) => b.score - a.score),
    },
    totals: { sources: enabled.length, entities: entityCount, facts: sum('facts'), quotes: sum('quotes') },
  };
}

/** Built-in first, then the reader's own in the order they were added. */
function inListOrder(records: SourceRecord[]): SourceRecord[] {
  return [...records].sort((a, b) => Number(b.source.builtIn) - Number(a.source.builtIn) || a.seq - b.seq);
}

const summaryOf = ({ source, enabled, addedAt, counts, learnedFrom, textHash }: SourceRecord): SourceSummary => ({
  id: source.id,
  title: source.title,
  lead: source.lead,
  siteName: source.siteName,
  date: source.date,
  url: source.url,
  builtIn: source.builtIn,
  enabled,
  ...(source.builtIn ? {} : { addedAt }),
  ...(learnedFrom ? { learnedFrom } : {}),
  ...(textHash ? { textHash } : {}),
  counts,
});

export async function readSummaries(db: IDBDatabase): Promise<SourceSummary[]> {
  return inListOrder(await getAll<SourceRecord>(db, SOURCES)).map(summaryOf);
}

/** The stored source of the article a URL names (same URL key), found by index: one read, not the whole list. */
export async function readSummaryOfArticle(db: IDBDatabase, urlKey: string): Promise<SourceSummary | undefined> {
  const records = (await requested(
    db.transaction(SOURCES).objectStore(SOURCES).index('urlKey').getAll(urlKey),
  )) as SourceRecord[];
  const record = records.find((r) => !r.source.builtIn);
  return record ? summaryOf(record) : undefined;
}

export interface SetAsideReport {
  key: number;
  at: string;
  problems: string[];
}

export async function readSetAside(db: IDBDatabase): Promise<SetAsideReport[]> {
  const tx = db.transaction(SET_ASIDE);
  const [records, keys] = await Promise.all([
    requested(tx.objectStore(SET_ASIDE).getAll()) as Promise<SetAsideRecord[]>,
    requested(tx.objectStore(SET_ASIDE).getAllKeys()),
  ]);
  return records.map((record, i) => ({ key: Number(keys[i]), at: record.at, problems: record.problems ?? [] }));
}

/** One plain sentence for the reader; the technical detail goes behind a disclosure. */
export function setAsideSentence(reports: readonly SetAsideReport[]): string | null {
  const count = reports.reduce((n, report) => n + Math.max(1, report.problems.length), 0);
  if (count === 0) return null;
  const what = count === 1 ? 'One saved source could' : `${count} saved sources could`;
  return `${what} not be read. They were set aside, not deleted: your other sources work as before, and you can discard them in Options.`;
}

/** Every reader-added source with its own extraction, switch and date: what export writes. */
export async function readOwnSources(
  db: IDBDatabase,
): Promise<{ knowledge: KnowledgeBase; enabled: boolean; addedAt: string }[]> {
  const { records, extractionOf } = await readSourcesWithExtractions(db);
  return inListOrder(records)
    .filter((record) => !record.source.builtIn && extractionOf.has(record.id))
    .map((record) => ({ knowledge: extractionOf.get(record.id)!, enabled: record.enabled, addedAt: record.addedAt }));
}
