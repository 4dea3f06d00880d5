/**
 * Extraction speed in an extension page of the built extension in Chromium (extractor.html holds the same
 * lib/extract bundle the popup's "Add this article" runs): the seed article, and a 5,000-word article of real news
 * (consecutive CoNLL-2003 news documents when `../shared` is there, else the seed's text repeated, said so).
 * The budget: ≤ 150 ms for 5,000 words after the first extraction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReaderArticle } from '../../lib/reader/article';
import { type BrowserName, launchSession } from '../e2e/harness/session';
import { articleText, isNewsProse, readConll } from '../eval/conll';

const ROOT = resolve(import.meta.dirname, '../..');
const CONLL_TRAIN = resolve(ROOT, '../shared/corpus/conll2003/eng.train');
const LONG_ARTICLE_WORDS = 5_000;
const REPEATS = 7;
const GOAL_LONG_ARTICLE_MS = 150;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The seed file without its `date …` header line. */
function seedText(): string {
  const file = readdirSync(resolve(ROOT, 'seeds')).find((name) => name.endsWith('.txt'));
  if (!file) throw new Error('no seed article in seeds/');
  return readFileSync(resolve(ROOT, 'seeds', file), 'utf8').replace(/^date [^\n]*\n/, '');
}

/** Consecutive news prose documents of eng.train, joined until the article has 5,000 words. */
function longArticle(seed: string): { label: string; text: string } {
  const paragraphs: string[] = [];
  if (existsSync(CONLL_TRAIN)) {
    for (const doc of readConll(readFileSync(CONLL_TRAIN, 'utf8'))) {
      if (!isNewsProse(doc)) continue;
      paragraphs.push(articleText(doc));
      if (wordCount(paragraphs.join(' ')) >= LONG_ARTICLE_WORDS) break;
    }
    return { label: `${paragraphs.length} CoNLL-2003 news documents`, text: paragraphs.join('\n\n') };
  }
  while (wordCount(paragraphs.join(' ')) < LONG_ARTICLE_WORDS) paragraphs.push(seed);
  return { label: 'the seed repeated (no ../shared)', text: paragraphs.join('\n\n') };
}

const readerArticle = (text: string): ReaderArticle => ({
  title: text.split('\n')[0] ?? null,
  byline: null,
  siteName: 'Bench',
  publishedTime: '2023-06-19',
  dateCandidates: [],
  textContent: text,
  url: 'https://bench.example/article',
  lang: 'en',
});

/** Runs in the options page: extractor.html in an iframe (as Firefox's background holds it), its first
 * extraction, then REPEATS more, each timed. */
async function timeExtraction({ article, repeats }: { article: ReaderArticle; repeats: number }) {
  type Extractor = Window & { extractHere?: (a: ReaderArticle) => { ok: boolean } };
  let frame = document.querySelector<HTMLIFrameElement>('iframe#bench-extractor');
  if (!frame) {
    frame = document.createElement('iframe');
    frame.id = 'bench-extractor';
    frame.src = '/extractor.html';
    const loaded = new Promise((done) => frame?.addEventListener('load', done, { once: true }));
    document.body.append(frame);
    await loaded;
  }
  const extract = (frame.contentWindow as Extractor).extractHere;
  if (!extract) throw new Error('extractor.html has no extractHere');
  const times: number[] = [];
  let ok = false;
  for (let i = 0; i <= repeats; i++) {
    const start = performance.now();
    ok = extract(article).ok;
    times.push(performance.now() - start);
  }
  return { ok, first: times[0], after: times.slice(1) };
}

export async function printExtractionSpeed(browserName: BrowserName = 'chromium'): Promise<void> {
  const seed = seedText();
  const long = longArticle(seed);
  const session = await launchSession(browserName);
  try {
    const page = await session.openOptions();
    const rows: { label: string; words: number; first: number; after: number }[] = [];
    for (const [label, text] of [
      ['seed article', seed],
      [long.label, long.text],
    ] as const) {
      const figures = await page.evaluate(timeExtraction, { article: readerArticle(text), repeats: REPEATS });
      if (!figures.ok) throw new Error(`extraction failed on ${label}`);
      rows.push({ label, words: wordCount(text), first: figures.first, after: median(figures.after) });
    }
    console.log(
      `\nExtraction in an extension page of the built extension, ${browserName} (first, then median of ${REPEATS}):`,
    );
    console.log(`${'article'.padEnd(40)} ${'words'.padStart(6)} ${'first ms'.padStart(9)} ${'after ms'.padStart(9)}`);
    for (const row of rows)
      console.log(
        `${row.label.padEnd(40)} ${String(row.words).padStart(6)} ${row.first.toFixed(0).padStart(9)} ${row.after.toFixed(0).padStart(9)}`,
      );
    const [seedRow, longRow] = rows;
    const perWord = (row: (typeof rows)[number]) => row.after / row.words;
    console.log(
      `${LONG_ARTICLE_WORDS.toLocaleString('en')} words after the first: ${longRow.after.toFixed(0)} ms (goal ≤ ${GOAL_LONG_ARTICLE_MS} ms); ` +
        `per word ${(perWord(longRow) / perWord(seedRow)).toFixed(2)}× the seed's`,
    );
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await printExtractionSpeed('chromium');
  await printExtractionSpeed('firefox');
}
