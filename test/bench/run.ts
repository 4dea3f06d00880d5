/**
 * Benchmark (npm run bench [-- --pages DIR]): the project's annotator against mark.js in real Chromium, on
 * generated news-like pages (10 KB to 5 MB of text) and on saved pages; then the matcher alone with the seed's
 * names against 10,000 more; then extraction of a 5,000-word article in the built extension. Prints time, mentions, the ratio to mark.js and the longest main-thread task.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Entity } from '../../lib/knowledge/schema';
import { generatedEntities, seedEntities } from './entities';
import { printExtractionSpeed } from './extraction-speed';
import { generatedPage } from './generate';
import { type RunFigures, runAnnotator, runMarkJs, timeMatching } from './in-page';
import { startPageServer } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
const GENERATED_SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
const MANY_ENTITIES = 10_000;
const MATCH_REPEATS = 5;
const PAGE_TIMEOUT_MS = 300_000;
/** Goals from the issue. */
const GOAL_SPEEDUP = 5;
const GOAL_LONGEST_TASK_MS = 50;
const GOAL_MANY_NAMES_RATIO = 1.5;

function argument(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? null) : null;
}

async function bundleAnnotator(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ROOT, 'test/bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  // tsx keeps function names with a helper that the page does not have; collect the last page's garbage first.
  await page.addScriptTag({ content: 'globalThis.__name = (f) => f; globalThis.gc?.();' });
  return page;
}

interface Row {
  page: string;
  ours: RunFigures;
  mark: RunFigures;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function printRow(row: Row): void {
  const ratio = row.mark.ms / row.ours.ms;
  console.log(
    [
      row.page.padEnd(44).slice(0, 44),
      fmt(row.ours.ms).padStart(9),
      fmt(row.ours.workMs ?? 0).padStart(9),
      String(row.ours.mentions).padStart(8),
      fmt(row.ours.longestSliceMs ?? 0).padStart(8),
      (row.ours.longestTaskMs > 0 ? fmt(row.ours.longestTaskMs) : '-').padStart(8),
      fmt(row.mark.ms).padStart(9),
      String(row.mark.mentions).padStart(8),
      `${ratio.toFixed(1)}x`.padStart(8),
    ].join(' '),
  );
}

async function measurePage(
  browser: Browser,
  url: string,
  label: string,
  bundle: string,
  markJs: string,
  entities: Entity[],
  names: string[],
): Promise<Row | null> {
  try {
    const ours = await openPage(browser, url);
    await ours.addScriptTag({ content: bundle });
    const oursFigures = await ours.evaluate(runAnnotator, entities);
    await ours.context().close();
    const mark = await openPage(browser, url);
    await mark.addScriptTag({ content: markJs });
    const markFigures = await mark.evaluate(runMarkJs, names);
    await mark.context().close();
    const row = { page: label, ours: oursFigures, mark: markFigures };
    printRow(row);
    return row;
  } catch (error) {
    console.log(`${label.padEnd(44)} skipped: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

async function main(): Promise<void> {
  const pagesDir = argument('--pages');
  const seed = seedEntities(resolve(ROOT, 'seeds'));
  const names = [...new Set(seed.flatMap((e) => [e.name, ...e.aliases]))].sort((a, b) => b.length - a.length);
  const many = [...seed, ...generatedEntities(MANY_ENTITIES)];
  const generated = new Map(GENERATED_SIZES.map((size) => [`/generated/${size}.html`, generatedPage(size, seed)]));
  const savedDir = pagesDir ? resolve(pagesDir) : null;
  const { server, origin } = await startPageServer(generated, savedDir);
  const bundle = await bundleAnnotator();
  const markJs = readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--js-flags=--expose-gc',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  console.log(
    'ours ms: start to fully read (wall); work ms: our slices summed; slice ms: our longest slice; ' +
      'task ms: longest long task (>= 50 ms) during our run; mark ms: mark.js, one synchronous task.',
  );
  console.log(`Seed entities: ${seed.length} (${names.length} names and aliases). Chromium ${browser.version()}.`);
  console.log(
    `${'page'.padEnd(44)} ${'ours ms'.padStart(9)} ${'work ms'.padStart(9)} ${'mentions'.padStart(8)} ${'slice ms'.padStart(8)} ${'task ms'.padStart(8)} ${'mark ms'.padStart(9)} ${'mark n'.padStart(8)} ${'speedup'.padStart(8)}`,
  );
  const rows: Row[] = [];
  try {
    for (const size of GENERATED_SIZES) {
      const row = await measurePage(
        browser,
        `${origin}/generated/${size}.html`,
        `generated ${size / 1000} KB`,
        bundle,
        markJs,
        seed,
        names,
      );
      if (row) rows.push(row);
    }
    const generatedRows = [...rows];
    if (savedDir) {
      for (const file of readdirSync(savedDir)
        .filter((f) => /\.html?$/i.test(f))
        .sort()) {
        const row = await measurePage(
          browser,
          `${origin}/saved/${encodeURIComponent(file)}`,
          file,
          bundle,
          markJs,
          seed,
          names,
        );
        if (row) rows.push(row);
      }
    }
    const total = (list: Row[], pick: (r: Row) => number) => list.reduce((sum, r) => sum + pick(r), 0);
    for (const [label, list] of [
      ['generated', generatedRows],
      ['saved', rows.slice(generatedRows.length)],
      ['all', rows],
    ] as const) {
      if (list.length === 0) continue;
      const ours = total(list, (r) => r.ours.ms);
      const mark = total(list, (r) => r.mark.ms);
      const longest = Math.max(...list.map((r) => Math.max(r.ours.longestTaskMs, r.ours.longestSliceMs ?? 0)));
      console.log(
        `TOTAL ${label} (${list.length} pages): ours ${fmt(ours)} ms, ${total(list, (r) => r.ours.mentions)} mentions, longest task ${fmt(longest)} ms; mark.js ${fmt(mark)} ms, ${total(list, (r) => r.mark.mentions)} mentions; ${(mark / ours).toFixed(1)}x faster (goal ${GOAL_SPEEDUP}x)`,
      );
    }
    const biggest = generatedRows.find((r) => r.page === 'generated 5000 KB');
    if (biggest)
      console.log(
        `5 MB page: longest slice of ours ${fmt(biggest.ours.longestSliceMs ?? 0)} ms; longest long task (>= 50 ms) ` +
          `seen while reading ${biggest.ours.longestTaskMs > 0 ? `${fmt(biggest.ours.longestTaskMs)} ms` : 'none'} (goal: none over ${GOAL_LONGEST_TASK_MS} ms)`,
      );

    const page = await openPage(browser, `${origin}/generated/${GENERATED_SIZES.at(-1)}.html`);
    await page.addScriptTag({ content: bundle });
    const [few, lots] = await page.evaluate(timeMatching, { sets: [seed, many], repeats: MATCH_REPEATS });
    await page.context().close();
    console.log(
      `Matching the 5 MB page's text: ${seed.length} seed entities ${fmt(few.matchMs)} ms (${few.mentions} mentions, compile ${fmt(few.compileMs)} ms); ` +
        `${many.length} entities ${fmt(lots.matchMs)} ms (${lots.mentions} mentions, compile ${fmt(lots.compileMs)} ms); ` +
        `ratio ${(lots.matchMs / few.matchMs).toFixed(2)} (goal <= ${GOAL_MANY_NAMES_RATIO})`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
// the extractor in the built extension (npm run build first): the popup's "Add this article" runs the same code
await printExtractionSpeed('chromium');
