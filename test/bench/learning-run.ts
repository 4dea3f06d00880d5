/**
 * `npm run bench:learning [-- --pages DIR]`: what learning costs the reader's page, and how long a learned
 * article takes off the page.
 *
 * 1. In Chromium, on generated pages (10 KB to 5 MB of text) and saved pages: the content script's part once the
 *    dwell is over (the article check, then the page's markup for an article), next to reading the page's text
 *    once (document.body.textContent), the cheapest thing any content script does, measured in the same run.
 * 2. With the built extension (learning on for the test site): from the content script's ask to "learned" in
 *    the popup's state, for the three e2e article pages.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { launchSession } from '../e2e/harness/session';
import { seedEntities } from './entities';
import { generatedPage } from './generate';
import { startPageServer } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
const GENERATED_SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
const REPEATS = 5;
/** The issue's budget for the content script's part, per page. */
const GOAL_CONTENT_MS = 5;
const LEARNING_PAGES = [
  'learning/world/harbour-strike.html',
  'learning/world/grain-talks.html',
  'learning/science/glacier-survey.html',
];
const LEARN_TIMEOUT_MS = 30_000;

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? null) : null;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));

/** Runs in the page: the learner's work after the dwell, and a textContent read, each timed REPEATS times. */
function timeInPage(repeats: number): { learnMs: number[]; textMs: number[]; article: boolean; htmlChars: number } {
  const api = (
    globalThis as unknown as { newsContextLearningBench: { looksLikeArticlePage: (d: Document, u: string) => boolean } }
  ).newsContextLearningBench;
  const learnMs: number[] = [];
  const textMs: number[] = [];
  let article = false;
  let htmlChars = 0;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    article = api.looksLikeArticlePage(document, location.href);
    if (article) htmlChars = document.documentElement.outerHTML.length;
    learnMs.push(performance.now() - start);
    const textStart = performance.now();
    void document.body.textContent?.length;
    textMs.push(performance.now() - textStart);
  }
  return { learnMs, textMs, article, htmlChars };
}

async function contentScriptCost() {
  const bundle = (
    await build({
      entryPoints: [resolve(ROOT, 'test/bench/learning-page-entry.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'es2022',
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  const generated = new Map(
    GENERATED_SIZES.map((size) => [
      `/generated-${size}/story.html`,
      generatedPage(size, seedEntities(resolve(ROOT, 'seeds'))),
    ]),
  );
  const savedDir = argument('--pages') ? resolve(argument('--pages')!) : null;
  const { server, origin } = await startPageServer(generated, savedDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  const paths = [
    ...generated.keys(),
    ...(savedDir
      ? readdirSync(savedDir)
          .filter((n) => n.endsWith('.html'))
          .map((n) => `/saved/${n}`)
      : []),
  ];
  const rows: { path: string; learn: number; text: number; article: boolean; htmlChars: number }[] = [];
  for (const path of paths) {
    const context = await browser.newContext({ bypassCSP: true });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page: Page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: `globalThis.__name = (f) => f;\n${bundle}` });
    const figures = await page.evaluate(timeInPage, REPEATS);
    rows.push({
      path,
      learn: median(figures.learnMs),
      text: median(figures.textMs),
      article: figures.article,
      htmlChars: figures.htmlChars,
    });
    await context.close();
  }
  await browser.close();
  server.close();
  console.log("\nThe content script's part of learning, after the dwell (median of 5, Chromium):");
  console.log(
    `${'page'.padEnd(40)} ${'learn ms'.padStart(9)} ${'text ms'.padStart(8)} ${'ratio'.padStart(6)} article  markup`,
  );
  for (const row of rows.filter((r) => r.path.startsWith('/generated'))) printRow(row);
  const saved = rows.filter((r) => r.path.startsWith('/saved'));
  if (saved.length) {
    const learn = saved.map((r) => r.learn).sort((a, b) => a - b);
    const p95 = learn[Math.floor(learn.length * 0.95)] ?? 0;
    console.log(
      `saved pages (${saved.length}): median ${fmt(median(learn))} ms, p95 ${fmt(p95)} ms, max ${fmt(learn.at(-1) ?? 0)} ms; ` +
        `${saved.filter((r) => r.article).length} send their markup; goal ≤ ${GOAL_CONTENT_MS} ms a page: ` +
        `${saved.filter((r) => r.learn > GOAL_CONTENT_MS).length} over`,
    );
    for (const row of saved.filter((r) => r.learn > GOAL_CONTENT_MS)) printRow(row);
  }
}

function printRow(row: { path: string; learn: number; text: number; article: boolean; htmlChars: number }) {
  console.log(
    `${row.path.padEnd(40).slice(0, 40)} ${fmt(row.learn).padStart(9)} ${fmt(row.text).padStart(8)} ${`${(row.learn / Math.max(row.text, 0.01)).toFixed(1)}x`.padStart(6)} ${String(row.article).padEnd(8)} ${row.htmlChars.toLocaleString('en')}`,
  );
}

type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function settleToLearned() {
  const session = await launchSession('chromium', { toolbar: true });
  try {
    const options = await session.openOptions();
    const ask = (message: unknown) =>
      options.evaluate(
        async (m: unknown) => (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage(m),
        message,
      );
    await ask({ type: 'requestSiteLearning', site: '127.0.0.1', askedForAccess: false });
    const took: number[] = [];
    for (const path of LEARNING_PAGES) {
      const page = await session.openPage(path);
      const tabId = await session.tabId(page);
      const url = await page.evaluate(() => location.href);
      const deadline = Date.now() + LEARN_TIMEOUT_MS;
      let outcome: { state: string; tookMs?: number } = { state: 'waiting' };
      while (Date.now() < deadline && outcome.state === 'waiting') {
        await new Promise((done) => setTimeout(done, 100));
        outcome = (await ask({ type: 'getPageLearning', tabId, url })) as typeof outcome;
      }
      console.log(
        `${path}: ${outcome.state}${outcome.tookMs !== undefined ? `, ${outcome.tookMs} ms from the ask to stored` : ''}`,
      );
      if (outcome.tookMs !== undefined) took.push(outcome.tookMs);
      await page.close();
    }
    console.log(
      `settled → learned (read, extract, store), median ${median(took)} ms of ${took.length} (first includes starting the extractor page)`,
    );
  } finally {
    await session.close();
  }
}

await contentScriptCost();
console.log('\nFrom the ask to "learned", built extension in Chromium (npm run build first):');
await settleToLearned();
