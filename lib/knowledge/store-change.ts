/** One change to the knowledge database, gathered in memory and then written in one transaction. */
import {
  completed,
  ENTITIES,
  EXTRACTIONS,
  META,
  type NameTable,
  SET_ASIDE,
  type SetAsideRecord,
  SOURCES,
  type SourceRecord,
  type StateRecord,
} from './idb';
import type { EntityResolver } from './resolve';
import type { KnowledgeBase, Source } from './schema';
import { articleKey } from './stored-sources';
import { isRecord, validateKnowledgeBase } from './validate';

export interface Change {
  put: SourceRecord[];
  setAside: SetAsideRecord[];
  /** Sources whose members moved to another merged entity (a lone surname no longer ambiguous). */
  moved: Set<string>;
  extractions: Map<string, KnowledgeBase>;
  deleteSources: string[];
  changedEntities: Set<string>;
  deletedEntities: Set<string>;
}

export const emptyChange = (): Change => ({
  put: [],
  setAside: [],
  moved: new Set(),
  extractions: new Map(),
  deleteSources: [],
  changedEntities: new Set(),
  deletedEntities: new Set(),
});

/** Why a stored source cannot be used (its record or extraction is damaged), or null. */
export function recordProblem(record: SourceRecord, knowledge: KnowledgeBase | undefined): string | null {
  const name = `Saved source ${JSON.stringify(record?.id ?? null)}`;
  if (!isRecord(record) || typeof record.id !== 'string' || !isRecord(record.source))
    return `${name}: its record is damaged`;
  if (typeof record.enabled !== 'boolean' || typeof record.seq !== 'number') return `${name}: its record is damaged`;
  const checked = validateKnowledgeBase(knowledge, 'its extraction');
  if (!checked.ok) return `${name}: ${checked.reason}`;
  if (checked.value.sources.length !== 1 || checked.value.sources[0]!.id !== record.id) {
    return `${name}: its extraction describes another source`;
  }
  return null;
}

export const sameArticleRecord = (record: SourceRecord, source: Source): boolean =>
  record.id === source.id || (source.url !== undefined && record.urlKey === articleKey(source.url));

/** Writes records, extractions, the changed merged entities, the state and the name table, all or nothing. */
export async function writeChange(
  db: IDBDatabase,
  change: Change,
  resolver: EntityResolver,
  { state, table, replaceAll }: { state: StateRecord; table: NameTable; replaceAll: boolean },
): Promise<void> {
  const tx = db.transaction([SOURCES, EXTRACTIONS, ENTITIES, META, SET_ASIDE], 'readwrite');
  for (const record of change.setAside) tx.objectStore(SET_ASIDE).add(record);
  const entities = tx.objectStore(ENTITIES);
  if (replaceAll) entities.clear();
  for (const id of change.deleteSources) {
    tx.objectStore(SOURCES).delete(id);
    tx.objectStore(EXTRACTIONS).delete(id);
  }
  for (const record of change.put) tx.objectStore(SOURCES).put(record);
  for (const [id, knowledge] of change.extractions) tx.objectStore(EXTRACTIONS).put(knowledge, id);
  for (const id of change.deletedEntities) entities.delete(id);
  for (const id of change.changedEntities) {
    const entity = resolver.get(id);
    if (entity) entities.put(entity);
  }
  tx.objectStore(META).put(state, 'state');
  tx.objectStore(META).put(table, 'nameTable');
  await completed(tx);
}
