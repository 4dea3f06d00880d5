/**
 * The knowledge layer's own costs, in node: the real KnowledgeStore on fake-indexeddb (an in-memory IndexedDB in
 * JavaScript: its figures show the store's work, not a browser's disk), and mergeKnowledge alone.
 */
import { IDBFactory } from 'fake-indexeddb';
import { ENTITIES, type MergedEntity, requested } from '../../lib/knowledge/idb';
import { KnowledgeStore } from '../../lib/knowledge/knowledge-store';
import { mergeKnowledge } from '../../lib/knowledge/merge';
import { entitiesOfNameTable, nameTableOf } from '../../lib/knowledge/name-table';
import { EntityResolver } from '../../lib/knowledge/resolve';
import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { compileMatcher } from '../../lib/match';
import { freshArticle, generatedSources } from './knowledge-sources';
import { median, ms } from './knowledge-stats';

export const IMPORT_CHUNK = 50;
const REBUILD_REPEATS = 3;
const ADD_REPEATS = 5;

const noLegacy = {
  get: async () => ({}),
  set: async () => undefined,
  remove: async () => undefined,
};

export interface StoreFigures {
  sources: number;
  importMs: number;
  rebuildMs: number;
  /** Merged entities and name table entries after the rebuild. */
  entities: number;
  addOneMs: number;
  /** The saved name table: its size, and one structured clone of it (what IndexedDB does to every value it puts). */
  tableChars: number;
  tableCloneMs: number;
  /** nameTableOf over every merged entity, as each commit does (best of 3). */
  tableBuildMs: number;
  /** What each page's content script does with the table before matching: entities, then compileMatcher. */
  pageCompileMs: number;
}

export interface NodeFigures {
  /** Keyed by the label of the reader: 'built-in', 'heavy', 'generated'. */
  stores: Map<string, StoreFigures>;
  /** [sources, ms] for mergeKnowledge of the heavy base's first N sources, then of the generated ones'. */
  mergeGrowth: [number, number][];
  manyGrowth: [number, number][];
  resolverOnlyMs: number;
  /** Adding one source to a store of 10 and of 1,000 sources. */
  addTo10Ms: number;
  addTo1000Ms: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** A store filled as the extension fills it: addSources in chunks of 50. */
async function filledStore(seed: KnowledgeBase, bases: KnowledgeBase[]): Promise<[KnowledgeStore, number]> {
  // Without the word tests the background passes (everyday words, given names): their lists change often, and
  // the figures here are the store's own work.
  const store = new KnowledgeStore({ indexedDB: new IDBFactory(), legacyArea: noLegacy, seed });
  const [, ms] = await timed(async () => {
    await store.database();
    for (let i = 0; i < bases.length; i += IMPORT_CHUNK) {
      const result = await store.addSources(bases.slice(i, i + IMPORT_CHUNK));
      if (!result.ok) throw new Error(`import refused: ${result.reason}`);
    }
  });
  return [store, ms];
}

/** The median time of adding one new article at a time, a few times over. */
async function addOneMs(store: KnowledgeStore, neighbours: KnowledgeBase[], tag: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ADD_REPEATS; i++) {
    const others = neighbours[i % neighbours.length].entities.slice(0, 8);
    const article = freshArticle(`Quillon Averhart${tag}x${i}`, tag * 100 + i, others);
    const [result, ms] = await timed(() => store.addSources([article]));
    if (!result.ok) throw new Error(`add refused: ${result.reason}`);
    times.push(ms);
  }
  return median(times);
}

export async function storeFigures(seed: KnowledgeBase, bases: KnowledgeBase[], tag: number): Promise<StoreFigures> {
  const [store, importMs] = await filledStore(seed, bases);
  const rebuilds: number[] = [];
  // A 10,000-source rebuild takes seconds here: once is enough.
  const repeats = bases.length > 2000 ? 1 : REBUILD_REPEATS;
  for (let i = 0; i < repeats; i++) rebuilds.push((await timed(() => store.rebuild()))[1]);
  const table = await store.nameTable();
  const db = await store.database();
  const merged = (await requested(db.transaction(ENTITIES).objectStore(ENTITIES).getAll())) as MergedEntity[];
  const resolver = EntityResolver.fromMerged(merged);
  const tableBuildMs = best(() => nameTableOf(resolver, 1));
  const pageCompileMs = best(() =>
    compileMatcher(entitiesOfNameTable(table), { ordinaryWords: new Set(table.ordinaryWords ?? []) }),
  );
  const addMs = await addOneMs(store, bases.length ? bases : [seed], tag);
  return {
    tableBuildMs,
    pageCompileMs,
    sources: bases.length,
    importMs,
    rebuildMs: median(rebuilds),
    entities: table.entries.length,
    addOneMs: addMs,
    tableChars: JSON.stringify(table).length,
    tableCloneMs: best(() => structuredClone(table)),
  };
}

/** The best of 3: on a shared machine the fastest run is the one least disturbed. */
function best(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < REBUILD_REPEATS; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

const mergeMs = (bases: KnowledgeBase[]) => best(() => mergeKnowledge(bases));

export async function nodeFigures(
  seed: KnowledgeBase,
  readers: Map<string, KnowledgeBase[]>,
  heavy: KnowledgeBase[],
  many: KnowledgeBase[],
  log: (line: string) => void,
): Promise<NodeFigures> {
  const stores = new Map<string, StoreFigures>();
  let tag = 1;
  for (const [label, bases] of readers) {
    const figures = await storeFigures(seed, bases, tag++);
    log(
      `  ${label} (${bases.length} sources): import ${ms(figures.importMs)}, rebuild ${ms(figures.rebuildMs)}, ` +
        `add one ${ms(figures.addOneMs)}; ${figures.entities} merged entities, name table ${(figures.tableChars / 1e6).toFixed(2)} MB ` +
        `as JSON; per change: nameTableOf ${ms(figures.tableBuildMs)}, structuredClone of the table ${ms(figures.tableCloneMs)}; ` +
        `per page: entitiesOfNameTable + compileMatcher ${ms(figures.pageCompileMs)}`,
    );
    stores.set(label, figures);
  }
  const growth = (bases: KnowledgeBase[], counts: number[]): [number, number][] =>
    counts.filter((count) => count <= bases.length).map((count) => [count, mergeMs(bases.slice(0, count))]);
  const mergeGrowth = growth(heavy, [200, 400, 800, heavy.length]);
  const manyGrowth = growth(many, [1000, 2500, 5000, many.length]);
  const resolverOnlyMs = best(() => {
    const resolver = new EntityResolver();
    for (const base of heavy) resolver.addSource(base.sources[0].id, base.sources[0].date, base.entities);
    return [...resolver.entities()];
  });
  // 10 vs 1,000 sources: the heavy base's first ones, topped up with generated ones when it has fewer.
  const thousand = [...heavy, ...generatedSources(Math.max(0, 1000 - heavy.length), 11)].slice(0, 1000);
  const [small] = await filledStore(seed, thousand.slice(0, 10));
  const [large] = await filledStore(seed, thousand);
  const addTo10Ms = await addOneMs(small, thousand, 90);
  const addTo1000Ms = await addOneMs(large, thousand, 91);
  return { stores, mergeGrowth, manyGrowth, resolverOnlyMs, addTo10Ms, addTo1000Ms };
}
