/**
 * The one writer of the knowledge database (the background owns it; pages send it messages). Each change
 * updates the merged entities and the name table incrementally and saves them in one transaction, so a waking
 * worker, a new tab or a new frame only reads what is already merged.
 */

import {
  completed,
  ENTITIES,
  EXTRACTIONS,
  getOne,
  META,
  type NameTable,
  openKnowledgeDb,
  readSourcesWithExtractions,
  requested,
  SET_ASIDE,
  type SetAsideRecord,
  SOURCES,
  type SourceRecord,
  STORE_SCHEMA_VERSION,
  type StateRecord,
} from './idb';
import { hashId } from './ids';
import { readImportItem, type SourceImport } from './knowledge-file';
import { cardKnowledgeFrom } from './knowledge-views';
import { migrateStored } from './migrate';
import { type NameWordTests, nameTableOf } from './name-table';
import { EntityResolver, type MergedEntity } from './resolve';
import type { KnowledgeBase } from './schema';
import { type Change, emptyChange, recordProblem, sameArticleRecord, writeChange } from './store-change';
import { articleKey } from './stored-sources';
import { SOURCES_KEY, type StorageAreaLike } from './stored-state';

export type StoreResult = { ok: true } | { ok: false; reason: string };
export type AddResult =
  | { ok: true; added: number; replaced: number; skippedBuiltIn: number; refused: string[] }
  | { ok: false; reason: string };

export interface KnowledgeStoreOptions {
  indexedDB: IDBFactory;
  /** storage.local, where versions 1 and 2 kept the sources: migrated once, then cleared. */
  legacyArea: StorageAreaLike;
  seed: KnowledgeBase;
  /** Everyday words and given names among one-word names, applied when the name table is saved. */
  wordTests?: NameWordTests;
  now?: () => Date;
  dbName?: string;
}

export class KnowledgeStore {
  private readonly options: KnowledgeStoreOptions;
  private db: Promise<IDBDatabase> | null = null;
  private resolver: Promise<EntityResolver> | null = null;
  private state: StateRecord | null = null;
  private readonly now: () => Date;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly seedHash: string;

  constructor(options: KnowledgeStoreOptions) {
    this.options = options;
    this.now = options.now ?? (() => new Date());
    this.seedHash = hashId('seed', JSON.stringify(options.seed));
  }

  /** Opens the database, migrating storage.local (v1/v2) and the bundled seed once; cheap when done. */
  database(): Promise<IDBDatabase> {
    this.db ??= this.prepare().catch((error) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  /** What every frame's matcher needs: one record, already built. */
  async nameTable(): Promise<NameTable> {
    const db = await this.database();
    const table = await requested(db.transaction(META).objectStore(META).get('nameTable'));
    return (table as NameTable | undefined) ?? { revision: this.state?.revision ?? 0, entries: [] };
  }

  /** Everything a card shows about one entity: its record, the extractions of its sources, related names. */
  async cardKnowledge(entityId: string): Promise<KnowledgeBase | null> {
    const db = await this.database();
    return cardKnowledgeFrom(db, entityId);
  }

  /** Adds one-source knowledge bases (an article, or a chunk of an import); the same article again replaces it. */
  addSources(items: unknown[]): Promise<AddResult> {
    return this.serially(async () => {
      const refused: string[] = [];
      const parts: SourceImport[] = [];
      for (const [i, item] of items.entries()) {
        const read = readImportItem(item, items.length > 1 ? `sources[${i}]` : '');
        if (read.ok) parts.push(...read.value);
        else refused.push(read.reason);
      }
      const own = parts.filter(
        ({ knowledge }) => !knowledge.sources[0]!.builtIn && knowledge.sources[0]!.id !== this.seedId,
      );
      const skippedBuiltIn = parts.length - own.length;
      if (own.length === 0) {
        const reason = refused.length ? `The knowledge is invalid: ${refused[0]}` : 'It holds only the built-in source';
        return { ok: false, reason };
      }
      const { added, replaced } = await this.upsert(own);
      return { ok: true, added, replaced, skippedBuiltIn, refused };
    });
  }

  removeSource(id: string): Promise<StoreResult> {
    return this.removeSources([id]);
  }

  /** Removes several sources in one change (forgetting a site, pruning): one rewrite of the name table. */
  removeSources(ids: string[]): Promise<StoreResult> {
    return this.serially(async () => {
      const records = await Promise.all(ids.map((id) => this.sourceRecord(id)));
      const missing = ids.find((_, i) => !records[i]);
      if (missing !== undefined) return { ok: false, reason: `No source with id ${missing}` };
      if (records.some((record) => record!.source.builtIn))
        return { ok: false, reason: 'The built-in source cannot be removed; switch it off instead' };
      if (records.length === 0) return { ok: true };
      const resolver = await this.loadResolver();
      const change = emptyChange();
      for (const record of records) {
        this.takeOut(resolver, record!, change);
        change.deleteSources.push(record!.id);
      }
      await this.commit(await this.database(), resolver, change);
      return { ok: true };
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<StoreResult> {
    return this.serially(async () => {
      const record = await this.sourceRecord(id);
      if (!record) return { ok: false, reason: `No source with id ${id}` };
      if (record.enabled === enabled) return { ok: true };
      const resolver = await this.loadResolver();
      const change = emptyChange();
      if (enabled) {
        const knowledge = await this.extraction(id);
        this.putIn(resolver, { ...record, enabled }, knowledge, change);
      } else {
        this.takeOut(resolver, record, change);
        change.put.push({ ...record, enabled });
      }
      await this.commit(await this.database(), resolver, change);
      return { ok: true };
    });
  }

  /** Resolves every enabled source again from its own extraction, in the order they were added. */
  rebuild(): Promise<void> {
    return this.serially(async () => {
      const db = await this.database();
      await this.rebuildIn(db);
    });
  }

  async discardSetAside(key: number): Promise<void> {
    const db = await this.database();
    const tx = db.transaction(SET_ASIDE, 'readwrite');
    tx.objectStore(SET_ASIDE).delete(key);
    await completed(tx);
  }

  private get seedId(): string {
    return this.options.seed.sources[0]!.id;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async prepare(): Promise<IDBDatabase> {
    const db = await openKnowledgeDb(this.options.indexedDB, this.options.dbName);
    const state = (await requested(db.transaction(META).objectStore(META).get('state'))) as StateRecord | undefined;
    this.state = state ?? { schemaVersion: STORE_SCHEMA_VERSION, revision: 0, nextSeq: 0, seedHash: '' };
    if (!state) await this.migrateLegacy(db);
    if (this.state.seedHash !== this.seedHash) await this.replaceSeed(db);
    return db;
  }

  /** v1/v2 lived in storage.local under `sources`: copy it in, resolve it, then clear the old key. */
  private async migrateLegacy(db: IDBDatabase) {
    const stored = await this.options.legacyArea.get(SOURCES_KEY);
    const migration = migrateStored(stored[SOURCES_KEY], this.now());
    const tx = db.transaction([SOURCES, EXTRACTIONS, SET_ASIDE], 'readwrite');
    if (migration.setAside.length) {
      const at = this.now().toISOString();
      const record: SetAsideRecord = { at, problems: migration.problems, data: migration.setAside };
      tx.objectStore(SET_ASIDE).add(record);
    }
    tx.objectStore(SOURCES).put(this.seedRecord(migration.value.seedEnabled));
    tx.objectStore(EXTRACTIONS).put(this.options.seed, this.seedId);
    for (const stored of migration.value.sources) {
      tx.objectStore(SOURCES).put(this.newRecord(stored.knowledge, stored.enabled, stored.addedAt));
      tx.objectStore(EXTRACTIONS).put(stored.knowledge, stored.source.id);
    }
    await completed(tx);
    this.state!.seedHash = this.seedHash;
    await this.rebuildIn(db);
    if (stored[SOURCES_KEY] !== undefined) await this.options.legacyArea.remove(SOURCES_KEY);
  }

  /** An update that changed the bundled article replaces the stored copy, keeping its switch. */
  private async replaceSeed(db: IDBDatabase) {
    const records = (await requested(db.transaction(SOURCES).objectStore(SOURCES).getAll())) as SourceRecord[];
    const old = records.filter((r) => r.source.builtIn);
    const enabled = old.every((r) => r.enabled);
    const tx = db.transaction([SOURCES, EXTRACTIONS], 'readwrite');
    for (const record of old) {
      tx.objectStore(SOURCES).delete(record.id);
      tx.objectStore(EXTRACTIONS).delete(record.id);
    }
    tx.objectStore(SOURCES).put(this.seedRecord(enabled));
    tx.objectStore(EXTRACTIONS).put(this.options.seed, this.seedId);
    await completed(tx);
    this.state!.seedHash = this.seedHash;
    await this.rebuildIn(db);
  }

  private seedRecord(enabled: boolean): SourceRecord {
    return { ...this.newRecord(this.options.seed, enabled, this.now().toISOString()), seq: -1 };
  }

  private newRecord(
    knowledge: KnowledgeBase,
    enabled: boolean,
    addedAt: string,
    learned: Pick<SourceRecord, 'learnedFrom' | 'textHash'> = {},
  ): SourceRecord {
    const source = knowledge.sources[0]!;
    return {
      ...(learned.learnedFrom ? { learnedFrom: learned.learnedFrom } : {}),
      ...(learned.textHash ? { textHash: learned.textHash } : {}),
      id: source.id,
      source,
      enabled,
      addedAt,
      seq: this.state!.nextSeq++,
      placement: {},
      ...(source.url ? { urlKey: articleKey(source.url) } : {}),
      counts: {
        entities: knowledge.entities.length,
        quotes: knowledge.quotes.length,
        facts: knowledge.facts.length,
      },
    };
  }

  private async rebuildIn(db: IDBDatabase) {
    const { records, extractionOf } = await readSourcesWithExtractions(db);
    const resolver = new EntityResolver();
    const change = emptyChange();
    for (const record of records.sort((a, b) => a.seq - b.seq)) {
      const knowledge = extractionOf.get(record.id);
      const problem = recordProblem(record, knowledge);
      if (problem) {
        // Unreadable: kept aside with the reason, never silently dropped, and out of the merged knowledge.
        change.setAside.push({ at: this.now().toISOString(), problems: [problem], data: { record, knowledge } });
        change.deleteSources.push(String(record.id));
        continue;
      }
      if (record.enabled && knowledge) resolver.addSource(record.id, record.source.date, knowledge.entities);
      change.put.push(record);
    }
    for (const entity of resolver.entities()) change.changedEntities.add(entity.id);
    await this.commit(db, resolver, change, true);
  }

  private async upsert(parts: SourceImport[]): Promise<{ added: number; replaced: number }> {
    const db = await this.database();
    const resolver = await this.loadResolver();
    const change = emptyChange();
    let added = 0;
    let replaced = 0;
    // Within one batch the same article may come twice: the later copy wins, as it would one by one.
    const pending = new Map<string, SourceRecord>();
    for (const { knowledge, enabled = true, addedAt = this.now().toISOString(), learnedFrom, textHash } of parts) {
      const source = knowledge.sources[0]!;
      const stored = await this.sameArticle(db, source.id, source.url);
      const earlier = [...stored, ...[...pending.values()].filter((r) => sameArticleRecord(r, source))];
      for (const old of new Map(earlier.map((r) => [r.id, r])).values()) {
        this.takeOut(resolver, old, change);
        pending.delete(old.id);
        change.put = change.put.filter((r) => r.id !== old.id);
        change.extractions.delete(old.id);
        if (old.id !== source.id) change.deleteSources.push(old.id);
      }
      // An article the reader added by hand stays theirs (never pruned) when learning reads it again.
      const byHand = stored.some((r) => !r.learnedFrom);
      const record = this.newRecord(knowledge, enabled, addedAt, {
        learnedFrom: byHand ? undefined : learnedFrom,
        textHash,
      });
      // A revised article keeps its place in the list.
      if (earlier.length) record.seq = Math.min(...earlier.map((r) => r.seq));
      if (stored.length) replaced++;
      else if (!earlier.length) added++;
      if (enabled) this.putIn(resolver, record, knowledge, change);
      else {
        change.put.push(record);
        change.extractions.set(record.id, knowledge);
      }
      pending.set(record.id, record);
    }
    await this.commit(db, resolver, change);
    return { added, replaced };
  }

  /** Stored records of the same article: the same source id or the same URL without tracking parameters. */
  private async sameArticle(db: IDBDatabase, id: string, url: string | undefined): Promise<SourceRecord[]> {
    const store = db.transaction(SOURCES).objectStore(SOURCES);
    const [byId, byUrl] = await Promise.all([
      requested(store.get(id)) as Promise<SourceRecord | undefined>,
      url ? (requested(store.index('urlKey').getAll(articleKey(url))) as Promise<SourceRecord[]>) : [],
    ]);
    const found = new Map<string, SourceRecord>();
    for (const record of [byId, ...byUrl]) if (record && !record.source.builtIn) found.set(record.id, record);
    return [...found.values()];
  }

  private putIn(resolver: EntityResolver, record: SourceRecord, knowledge: KnowledgeBase, change: Change) {
    for (const id of resolver.addSource(record.id, record.source.date, knowledge.entities)) {
      change.changedEntities.add(id);
      change.deletedEntities.delete(id);
    }
    change.put.push(record);
    change.extractions.set(record.id, knowledge);
  }

  private takeOut(resolver: EntityResolver, record: SourceRecord, change: Change) {
    if (!record.enabled) return;
    const { changed, deleted, moved } = resolver.removeSource(record.id);
    for (const id of moved) change.moved.add(id);
    for (const id of changed) change.changedEntities.add(id);
    for (const id of deleted) {
      change.deletedEntities.add(id);
      change.changedEntities.delete(id);
    }
  }

  /** Writes one change whole: records, merged entities, the name table and the revision. */
  private async commit(db: IDBDatabase, resolver: EntityResolver, change: Change, replaceAll = false) {
    for (const id of resolver.takeMoved()) change.moved.add(id);
    // Stored sources whose members moved to another entity (a short form no longer ambiguous) are saved again.
    const putting = new Set(change.put.map((record) => record.id));
    const movedIds = [...change.moved].filter((id) => !putting.has(id) && !change.deleteSources.includes(id));
    const moved = await Promise.all(movedIds.map((id) => getOne<SourceRecord>(db, SOURCES, id)));
    for (const record of moved) if (record) change.put.push(record);
    // Placements as they are now, once for every record: a later part of a change may have moved an earlier one's.
    change.put = change.put.map((record) => ({
      ...record,
      placement: record.enabled ? resolver.placementOf(record.id) : {},
    }));
    const state = { ...this.state!, revision: this.state!.revision + 1 };
    const table: NameTable = nameTableOf(resolver, state.revision, this.options.wordTests);
    await writeChange(db, change, resolver, { state, table, replaceAll });
    this.state = state;
    this.resolver = Promise.resolve(resolver);
  }

  private loadResolver(): Promise<EntityResolver> {
    this.resolver ??= this.database().then(async (db) => {
      const merged = await requested(db.transaction(ENTITIES).objectStore(ENTITIES).getAll());
      return EntityResolver.fromMerged(merged as MergedEntity[]);
    });
    return this.resolver;
  }

  private async sourceRecord(id: string): Promise<SourceRecord | undefined> {
    const db = await this.database();
    return (await requested(db.transaction(SOURCES).objectStore(SOURCES).get(id))) as SourceRecord | undefined;
  }

  private async extraction(id: string): Promise<KnowledgeBase> {
    const db = await this.database();
    return (await requested(db.transaction(EXTRACTIONS).objectStore(EXTRACTIONS).get(id))) as KnowledgeBase;
  }

  /** The revision of the last change (0 before any). */
  get revision(): number {
    return this.state?.revision ?? 0;
  }
}
