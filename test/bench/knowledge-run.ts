/**
 * `npm run bench:knowledge [-- --conll FILE | --sources FILE]`: the knowledge layer with a heavy reader.
 *
 * Three readers, each in a Chromium profile of its own with the built extension (.output/chrome-mv3): the built-in
 * article alone; a heavy reader (~950 sources: the CoNLL-2003 documents of FILE extracted as articles, a JSON
 * array of one-source knowledge bases as `npm run --silent extract -- --sources` prints, or by default generated);
 * and 10,000 generated sources, imported, then read again after a browser restart. Store, merge and rebuild are
 * timed in node with the real KnowledgeStore on fake-indexeddb. Prints figures; asserts nothing about time.
 */
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Entity, KnowledgeBase } from '../../lib/knowledge/schema';
import { randomFrom } from './entities';
import {
  type AddFigures,
  BUILD,
  copyOfBuild,
  ExtensionSession,
  type FrameFigures,
  framesWithoutExtension,
} from './knowledge-browser';
import { IMPORT_CHUNK, type NodeFigures, nodeFigures } from './knowledge-node';
import { benchPages, FRAME_COUNT, FRESH_NAMES } from './knowledge-pages';
import {
  conllSources,
  freshArticle,
  generatedSources,
  HEAVY_GENERATED,
  ROOT,
  seedKnowledge,
  sizeOf,
  sourcesFile,
} from './knowledge-sources';
import { mb, median, ms, percentile, spread } from './knowledge-stats';
import { startPageServer } from './server';

/** The generated reader's sources (`--many N` for a quicker look; the figures are for 10,000). */
const MANY = Number(argument('--many') ?? 10_000);
const RUNS = 5;
const FRAME_REPEATS = 5;
/** After the last frame is highlighted (or, for ad frames, the page), before the heap is read. */
const FRAME_SETTLE_MS = 800;

const log = (line: string) => console.log(line);

function argument(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? null) : null;
}

/** The newest file below `path` (folders' own times change when an editor saves through a temporary file). */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when a source the build depends on changed after the build was made. */
function buildIsStale(): boolean {
  const built = statSync(join(BUILD, 'manifest.json')).mtimeMs;
  const inputs = ['lib', 'entrypoints', 'components', 'seeds', 'wxt.config.ts'].map((p) => resolve(ROOT, p));
  return Math.max(...inputs.map(newestMtime)) > built;
}

/** Names for the news pages: every built-in one, and from each big base its most frequent and some random ones. */
function pageEntities(seed: KnowledgeBase, ...readers: KnowledgeBase[][]): Entity[][] {
  const random = randomFrom(5);
  const groups = [seed.entities];
  for (const bases of readers) {
    const picked: Entity[] = [];
    const byId = new Map<string, { entity: Entity; count: number }>();
    for (const base of bases) {
      for (const entity of base.entities) {
        const key = `${entity.type}:${entity.name}`;
        const seen = byId.get(key) ?? { entity, count: 0 };
        seen.count++;
        byId.set(key, seen);
      }
    }
    const all = [...byId.values()].sort((a, b) => b.count - a.count).map((e) => e.entity);
    picked.push(...all.slice(0, 30));
    for (let i = 0; i < 30 && all.length; i++) picked.push(all[Math.floor(random() * all.length)]);
    groups.push(picked);
  }
  return groups;
}

interface Column {
  sources: number;
  importMs?: number;
  restartFirstMs?: number;
  asleep: number[];
  awake: number[];
  adds: AddFigures[];
  removeMs: number[];
  popup: number[];
  frames: Record<'none' | 'text' | 'ads', FrameFigures[]>;
}

/** One reader's profile: import, optionally restart, then every timed figure. */
async function measureReader(
  label: string,
  bases: KnowledgeBase[],
  origin: string,
  neighbours: Entity[],
  restart: boolean,
  build: string,
): Promise<Column> {
  const profile = await mkdtemp(join(tmpdir(), 'news-context-bench-'));
  let session = await ExtensionSession.launch(profile, build);
  const column: Column = {
    sources: bases.length,
    asleep: [],
    awake: [],
    adds: [],
    removeMs: [],
    popup: [],
    frames: { none: [], text: [], ads: [] },
  };
  try {
    if (bases.length) {
      const chunks = await session.importSources(bases, IMPORT_CHUNK);
      column.importMs = chunks.reduce((a, b) => a + b, 0);
      log(
        `  ${label}: imported ${bases.length} sources in ${chunks.length} chunks of ${IMPORT_CHUNK}: ${ms(column.importMs)} ` +
          `(first chunk ${ms(chunks[0])}, last ${ms(chunks.at(-1)!)}, slowest ${ms(Math.max(...chunks))})`,
      );
    }
    if (restart) {
      await session.close();
      session = await ExtensionSession.launch(profile, build);
      const { page } = await session.newTab('about:blank');
      column.restartFirstMs = await session.firstHighlightMs(page, `${origin}/news.html`, false);
      log(
        `  ${label}: browser restarted with the same profile; first page highlighted in ${ms(column.restartFirstMs)}`,
      );
      await page.close();
    }
    const { page: news, tabId } = await session.newTab(`${origin}/news.html?warm`);
    for (let i = 0; i < RUNS; i++) {
      column.asleep.push(await session.firstHighlightMs(news, `${origin}/news.html?asleep=${i}`, true));
      column.awake.push(await session.firstHighlightMs(news, `${origin}/news.html?awake=${i}`, false));
    }
    log(`  ${label}: first highlight, worker asleep ${spread(column.asleep)}; awake ${spread(column.awake)}`);
    for (let i = 0; i < RUNS; i++) column.popup.push(await session.popupMs(tabId));
    log(`  ${label}: popup filled ${spread(column.popup)}`);
    const reads = await session.idbReads();
    log(
      `  ${label}: IndexedDB reads from an extension page: ${reads.map((r) => `${r.store} (${r.count}) ${ms(r.ms)}`).join(', ')}`,
    );
    await measureFrames(session, news, origin, column);
    const frameLine = (kind: 'none' | 'text' | 'ads') =>
      `${kind} ${spread(column.frames[kind].map((f) => f.allHighlightedMs))}, heap ${mb(median(column.frames[kind].map((f) => f.heapBytes)))}`;
    log(`  ${label}: frame pages, highlighted: ${frameLine('none')}; ${frameLine('text')}; ${frameLine('ads')}`);
    await news.goto(`${origin}/news.html?adds`);
    await news.waitForFunction(
      () => (window as unknown as { __ncProbe?: { firstHighlight: number } }).__ncProbe?.firstHighlight,
    );
    const added: string[] = [];
    for (let i = 0; i < FRESH_NAMES.length; i++) {
      const article = freshArticle(FRESH_NAMES[i], i, neighbours.slice(i * 3, i * 3 + 6));
      column.adds.push(await session.addOne(news, article, String(i)));
      added.push(article.sources[0].id);
    }
    const each = (pick: (add: AddFigures) => number) => column.adds.map((add) => ms(pick(add))).join(', ');
    log(
      `  ${label}: add one article, in order (the first is the first write since the worker last started): ` +
        `reply ${each((a) => a.replyMs)}; tab highlights it ${each((a) => a.highlightedMs)}`,
    );
    for (const id of added) {
      const started = performance.now();
      await session.send({ type: 'removeSource', id });
      column.removeMs.push(performance.now() - started);
    }
    if (session.blocked) log(`  ${label}: ${session.blocked} requests to other hosts were refused`);
  } finally {
    await session.close();
    await rm(profile, { recursive: true, force: true });
  }
  return column;
}

async function measureFrames(session: ExtensionSession, news: Page, origin: string, column: Column) {
  const cdp = await session.cdpFor(news);
  for (let i = 0; i < FRAME_REPEATS; i++) {
    column.frames.none.push(await session.framesPage(news, cdp, `${origin}/frames-0.html?${i}`, 0, FRAME_SETTLE_MS));
    column.frames.text.push(
      await session.framesPage(news, cdp, `${origin}/frames-${FRAME_COUNT}.html?${i}`, FRAME_COUNT, FRAME_SETTLE_MS),
    );
    column.frames.ads.push(
      await session.framesPage(news, cdp, `${origin}/ads-${FRAME_COUNT}.html?${i}`, 0, FRAME_SETTLE_MS),
    );
  }
  await cdp.detach();
}

type FrameKey = keyof FrameFigures;
/** (median with 20 frames − median with none) / 20. */
const perFrame = (column: Column | undefined, kind: 'text' | 'ads', key: FrameKey) =>
  column
    ? (median(column.frames[kind].map((f) => f[key] as number)) -
        median(column.frames.none.map((f) => f[key] as number))) /
      FRAME_COUNT
    : Number.NaN;

interface Row {
  figure: string;
  cells: [string, string, string];
  goal: string;
}

function table(rows: Row[], heavyLabel: string): string {
  const header = `| figure | built-in article alone | heavy reader (${heavyLabel}) | ${MANY.toLocaleString('en')} generated | goal |`;
  const lines = [header, '|---|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.figure} | ${row.cells.join(' | ')} | ${row.goal} |`);
  return lines.join('\n');
}

function rows(columns: (Column | undefined)[], node: NodeFigures, plain: Column | null): Row[] {
  /** "raw (raw − the same frames without the extension)" */
  const withShare = (
    c: Column,
    kind: 'text' | 'ads',
    key: FrameKey,
    plainKey: FrameKey,
    format: (n: number) => string,
  ) => {
    const raw = perFrame(c, kind, key);
    return plain ? `${format(raw)} (${format(raw - perFrame(plain, kind, plainKey))})` : format(raw);
  };
  const each = (format: (column: Column) => string) =>
    columns.map((column) => (column ? format(column) : 'n/a')) as [string, string, string];
  const p95 = (values: number[]) => `**${ms(percentile(values, 95))}** (median ${ms(median(values))})`;
  const medianOf = (values: number[]) => `${ms(median(values))} (p95 ${ms(percentile(values, 95))})`;
  const stores = ['built-in', 'heavy', 'generated'].map((label) => node.stores.get(label));
  const eachStore = (format: (store: NonNullable<(typeof stores)[number]>) => string) =>
    stores.map((store) => (store ? format(store) : 'n/a')) as [string, string, string];
  const lastMerge = (growth: [number, number][]) => {
    const [sources, time] = growth.at(-1) ?? [0, Number.NaN];
    return `${ms(time)} (${(time / sources).toFixed(3)} ms/source)`;
  };
  const optional = (value: number | undefined) => (value === undefined ? '–' : ms(value));
  const list: [string, [string, string, string], string][] = [
    ['1. Chromium: navigation → first highlight, worker asleep (p95 of 5)', each((c) => p95(c.asleep)), '≤ 400 ms'],
    ['2. Chromium: navigation → first highlight, worker awake (p95 of 5)', each((c) => p95(c.awake)), '≤ 250 ms'],
    [
      '3. Chromium: add one article → open tab highlights its person (median of 5)',
      each((c) => medianOf(c.adds.map((a) => a.highlightedMs))),
      '≤ 250 ms',
    ],
    ['3a. Chromium: add one article → addSources reply', each((c) => medianOf(c.adds.map((a) => a.replyMs))), ''],
    [
      '3b. Chromium: add one article → knowledgeRevision storage change',
      each((c) => medianOf(c.adds.map((a) => a.revisionMs))),
      '',
    ],
    ['3c. Chromium: remove that article → reply', each((c) => medianOf(c.removeMs)), ''],
    ['4. node + fake-indexeddb: KnowledgeStore.rebuild() (median of 3)', eachStore((s) => ms(s.rebuildMs)), '≤ 300 ms'],
    [
      '4a. node: mergeKnowledge of every source (best of 3)',
      ['–', lastMerge(node.mergeGrowth), lastMerge(node.manyGrowth)],
      'near-linear',
    ],
    [
      '4b. node + fake-indexeddb: addSources of one article to the store (median of 5)',
      eachStore((s) => ms(s.addOneMs)),
      'about equal',
    ],
    [`4c. node + fake-indexeddb: import in chunks of ${IMPORT_CHUNK}`, eachStore((s) => ms(s.importMs)), ''],
    ['4d. merged entities (name table entries)', eachStore((s) => String(s.entities)), ''],
    [
      '4e. node: what every change redoes over the whole base: nameTableOf + structuredClone of the table (best of 3)',
      eachStore((s) => `${ms(s.tableBuildMs)} + ${ms(s.tableCloneMs)} (${(s.tableChars / 1e6).toFixed(2)} MB)`),
      '',
    ],
    [
      '4f. node: what every page (top frame) redoes on load and after each change: entitiesOfNameTable + compileMatcher on the whole table (best of 3)',
      eachStore((s) => ms(s.pageCompileMs)),
      '',
    ],
    [
      `5. Chromium: per extra text iframe, time to all frames highlighted (0 vs ${FRAME_COUNT} frames, median of ${FRAME_REPEATS}; in brackets: minus the frame's own load time without the extension)`,
      each((c) => withShare(c, 'text', 'allHighlightedMs', 'loadMs', ms)),
      '≤ 5 ms',
    ],
    [
      "5a. Chromium: per extra text iframe, JS heap after GC (in brackets: minus the frame's own heap without the extension)",
      each((c) => withShare(c, 'text', 'heapBytes', 'heapBytes', mb)),
      '≤ 0.5 MB',
    ],
    [
      '5b. Chromium: per extra ad iframe (tiny text, not read), time to the page highlighted (same brackets)',
      each((c) => withShare(c, 'ads', 'allHighlightedMs', 'loadMs', ms)),
      '≤ 5 ms',
    ],
    [
      '5c. Chromium: per extra ad iframe, JS heap after GC (same brackets)',
      each((c) => withShare(c, 'ads', 'heapBytes', 'heapBytes', mb)),
      '≤ 0.5 MB',
    ],
    ['6. Chromium: popup open → Key facts and Quotes filled (p95 of 5)', each((c) => p95(c.popup)), '≤ 500 ms'],
    [`7. Chromium: import through addSources, chunks of ${IMPORT_CHUNK}`, each((c) => optional(c.importMs)), 'works'],
    [
      '7a. Chromium: after a browser restart (same profile), first page → first highlight',
      each((c) => optional(c.restartFirstMs)),
      'works',
    ],
  ];
  return list.map(([figure, cells, goal]) => ({ figure, cells, goal }));
}

async function main() {
  const started = performance.now();
  const conll = argument('--conll');
  const sourcesArg = argument('--sources');
  if (buildIsStale()) {
    log(`WARNING: ${BUILD} is older than the sources (lib, entrypoints, components, seeds): run npm run build first.`);
  }
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  log(`Load average at the start: ${load()} (2 cores here: other work on the machine shows in the figures)`);
  const seed = seedKnowledge();
  const heavy = conll
    ? conllSources(resolve(conll), log)
    : sourcesArg
      ? sourcesFile(resolve(sourcesArg))
      : generatedSources(HEAVY_GENERATED, 5);
  const heavyLabel = conll
    ? `${heavy.length} CoNLL articles`
    : sourcesArg
      ? `${heavy.length} from --sources`
      : `${heavy.length} generated`;
  const many = generatedSources(MANY, 3);
  for (const [label, bases] of [
    ['heavy reader', heavy],
    ['generated', many],
  ] as const) {
    const size = sizeOf(bases);
    log(
      `${label}: ${bases.length} sources, ${size.entities} entities, ${size.quotes} quotes, ${size.facts} facts, ${size.jsonMb.toFixed(1)} MB of JSON`,
    );
  }

  log(
    '\nnode + fake-indexeddb (in-memory IndexedDB in JavaScript; the store without the word tests the background adds) and node alone:',
  );
  const node = await nodeFigures(
    seed,
    new Map([
      ['built-in', []],
      ['heavy', heavy],
      ['generated', many],
    ]),
    heavy,
    many,
    log,
  );

  const entities = pageEntities(seed, heavy, many);
  const { server, origin } = await startPageServer(benchPages(entities), null);
  const neighbours = heavy.flatMap((base) => base.entities).slice(0, 40);
  log(`\nChromium (${BUILD}), pages from ${origin}:`);
  const build = await copyOfBuild();
  const columns: (Column | undefined)[] = [];
  let plainFrames: Map<string, FrameFigures[]> | null = null;
  try {
    const readers: [string, KnowledgeBase[], boolean][] = [
      ['built-in alone', [], false],
      ['heavy reader', heavy, false],
      [`${MANY} generated`, many, true],
    ];
    for (const [label, bases, restart] of readers) {
      try {
        columns.push(await measureReader(label, bases, origin, neighbours, restart, build.path));
      } catch (error) {
        log(`  ${label}: failed: ${(error as Error).message.split('\n')[0]}`);
        columns.push(undefined);
      }
    }
    const settle = FRAME_SETTLE_MS;
    plainFrames = await framesWithoutExtension([
      { url: `${origin}/frames-0.html`, repeats: FRAME_REPEATS, settleMs: settle, key: 'none' },
      { url: `${origin}/frames-${FRAME_COUNT}.html`, repeats: FRAME_REPEATS, settleMs: settle, key: 'text' },
      { url: `${origin}/ads-${FRAME_COUNT}.html`, repeats: FRAME_REPEATS, settleMs: settle, key: 'ads' },
    ]).catch((error) => {
      log(`  without the extension: failed: ${(error as Error).message.split('\n')[0]}`);
      return null;
    });
  } finally {
    server.close();
    await build.remove();
  }

  log('\nmergeKnowledge in node (best of 3), heavy reader then generated:');
  for (const growth of [node.mergeGrowth, node.manyGrowth]) {
    log(`  ${growth.map(([n, t]) => `${n} sources ${ms(t)} (${(t / n).toFixed(3)} ms/source)`).join('; ')}`);
  }
  log(`  EntityResolver alone, whole heavy base: ${ms(node.resolverOnlyMs)}`);
  log(
    `  node + fake-indexeddb, add one source to a store of 10 sources: ${ms(node.addTo10Ms)}; of 1,000: ${ms(node.addTo1000Ms)}`,
  );
  log(`\nLoad average at the end: ${load()}`);
  log(`\nFinal table (${((performance.now() - started) / 1000).toFixed(0)} s in all; built ${BUILD}):\n`);
  const plain = plainFrames
    ? ({
        frames: {
          none: plainFrames.get('none') ?? [],
          text: plainFrames.get('text') ?? [],
          ads: plainFrames.get('ads') ?? [],
        },
      } as Column)
    : null;
  log(table(rows(columns, node, plain), heavyLabel));
  if (plain) {
    const describe = (kind: 'text' | 'ads') =>
      `load event ${ms(perFrame(plain, kind, 'loadMs'))}, JS heap ${mb(perFrame(plain, kind, 'heapBytes'))}`;
    log(
      `\nThe same frame pages in the same Chromium without the extension, per extra frame: text frames ${describe('text')}; ad frames ${describe('ads')}.`,
    );
  }
  log(
    '\nChromium rows: the built extension in Debian Chromium, headless, this machine. node rows: the real KnowledgeStore on fake-indexeddb, or mergeKnowledge alone; not the browser.',
  );
}

await main();
