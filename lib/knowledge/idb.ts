/**
 * The knowledge database in IndexedDB: one record per source, one per merged entity, and the small records
 * every page needs at once (state, the name table). IndexedDB rather than storage.local: records are written
 * one at a time in a transaction (adding an article rewrites a few entities, not the whole base), and with
 * `unlimitedStorage` it holds 10,000+ sources.
 */
import type { MergedEntity } from './resolve';
import type { KnowledgeBase, Source } from './schema';

export type { NameEntry, NameTable } from './name-table';

export const DB_NAME = 'news-context';
const DB_VERSION = 1;

export const SOURCES = 'sources';
/** Each source's own extraction, apart from its small record, so lists never load the knowledge. */
export const EXTRACTIONS = 'extractions';
export const ENTITIES = 'entities';
export const META = 'meta';
export const SET_ASIDE = 'setAside';

/** The schema of what is stored; v1 and v2 lived in storage.local (see migrate.ts). */
export const STORE_SCHEMA_VERSION = 3;

/** One source; its own extraction is kept untouched under the same id in EXTRACTIONS (export gives it back). */
export interface SourceRecord {
  id: string;
  source: Source;
  /** The article's URL without fragment or tracking parameters: the same article is stored once. */
  urlKey?: string;
  counts: { entities: number; quotes: number; facts: number };
  enabled: boolean;
  addedAt: string;
  /** Order of adding, for lists and for rebuilding in the same order. */
  seq: number;
  /** Its local entity ids → merged ids, while enabled. */
  placement: Record<string, string>;
  /** The hostname it was learned on as the reader read it; absent for sources added by hand. */
  learnedFrom?: string;
  /** Hash of the article's text when learned: a revisit with the same text adds nothing. */
  textHash?: string;
}

export interface StateRecord {
  schemaVersion: number;
  revision: number;
  nextSeq: number;
  /** Hash of the bundled seed last stored, so an update that changes it replaces it. */
  seedHash: string;
}

export interface SetAsideRecord {
  key?: number;
  at: string;
  problems: string[];
  data: unknown;
}

export type { MergedEntity };

export function openKnowledgeDb(factory: IDBFactory, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(SOURCES)) {
        db.createObjectStore(SOURCES, { keyPath: 'id' }).createIndex('urlKey', 'urlKey');
      }
      if (!db.objectStoreNames.contains(EXTRACTIONS)) db.createObjectStore(EXTRACTIONS);
      if (!db.objectStoreNames.contains(ENTITIES)) db.createObjectStore(ENTITIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      if (!db.objectStoreNames.contains(SET_ASIDE)) db.createObjectStore(SET_ASIDE, { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('The knowledge database is open in an older version of the extension'));
  });
}

export function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('The change was not saved'));
  });
}

/** Every source record and every extraction by source id, read in one transaction. */
export async function readSourcesWithExtractions(
  db: IDBDatabase,
): Promise<{ records: SourceRecord[]; extractionOf: Map<string, KnowledgeBase> }> {
  const tx = db.transaction([SOURCES, EXTRACTIONS]);
  const [records, extractions, keys] = await Promise.all([
    requested(tx.objectStore(SOURCES).getAll()) as Promise<SourceRecord[]>,
    requested(tx.objectStore(EXTRACTIONS).getAll()) as Promise<KnowledgeBase[]>,
    requested(tx.objectStore(EXTRACTIONS).getAllKeys()),
  ]);
  return { records, extractionOf: new Map(keys.map((key, i) => [String(key), extractions[i]!])) };
}

/** Every value of one store, read in its own transaction. */
export function getAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return requested(db.transaction(store).objectStore(store).getAll()) as Promise<T[]>;
}

/** One value by key, or undefined. */
export function getOne<T>(db: IDBDatabase, store: string, key: IDBValidKey): Promise<T | undefined> {
  return requested(db.transaction(store).objectStore(store).get(key)) as Promise<T | undefined>;
}
