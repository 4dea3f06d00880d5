/**
 * `npm run eval:learning`: how well learning picks articles and reads their metadata, on the 130 saved pages in
 * ../shared/corpus (Readability's expected `readerable`, `title`, `siteName`, `byline`, `publishedTime`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { isArticleShaped, isDeclaredEnglishOrUndeclared, looksLikeArticlePage } from '../../lib/learn/article-page';
import { MIN_LEARNED_CHARS } from '../../lib/learn/learn-policy';
import { readDocument } from '../../lib/reader/read-document';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const inert = (html: string) => html.replace(/<(script|style|iframe|link)\b[^>]*>(?:[\s\S]*?<\/\1>)?/gi, '');
const clean = (text: unknown) => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : null) || null;

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const dir = join(CORPUS, 'news-pages');
const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
const shapeCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
let notEnglish = 0;
const learnedCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
const fields = ['title', 'siteName', 'byline', 'publishedTime'] as const;
const right = Object.fromEntries(fields.map((f) => [f, 0])) as Record<(typeof fields)[number], number>;
const misses: string[] = [];
let read = 0;
let checkMs = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
  const expected = JSON.parse(
    readFileSync(join(CORPUS, 'news-pages-meta', name.replace(/\.html$/, '.json')), 'utf8'),
  ) as Expected;
  const parse = () =>
    new window.DOMParser().parseFromString(
      inert(readFileSync(join(dir, name), 'utf8')),
      'text/html',
    ) as unknown as Document;
  const url = `https://pages.example/news/${name.replace(/\.html$/, '')}`;
  const started = performance.now();
  const page = parse();
  const looks = looksLikeArticlePage(page, url);
  checkMs += performance.now() - started;
  const tally = (c: typeof counts, said: boolean) => {
    if (said && expected.readerable) c.tp++;
    else if (said) c.fp++;
    else if (expected.readerable) c.fn++;
    else c.tn++;
  };
  tally(counts, looks);
  tally(shapeCounts, isArticleShaped(page));
  if (!isDeclaredEnglishOrUndeclared(page)) notEnglish++;
  // Readability works on a clone; the page parsed above is untouched.
  const result = readDocument(page, url);
  const learned = looks && result.ok && result.article.textContent.length >= MIN_LEARNED_CHARS;
  tally(learnedCounts, learned);
  if (looks && !learned && expected.readerable)
    misses.push(`${name}: not learned (${result.ok ? `${result.article.textContent.length} chars` : result.reason})`);
  if (looks !== expected.readerable) misses.push(`${name}: said ${looks}, expected ${expected.readerable}`);
  if (!result.ok || !expected.readerable) continue;
  read++;
  const got = result.article;
  const titleRight = clean(got.title) === clean(expected.title);
  if (titleRight) right.title++;
  if (clean(got.siteName) === clean(expected.siteName)) right.siteName++;
  if (clean(got.byline) === clean(expected.byline)) right.byline++;
  if (clean(got.publishedTime) === clean(expected.publishedTime)) right.publishedTime++;
}
const pr = (c: typeof counts) => {
  const precision = c.tp / (c.tp + c.fp);
  const recall = c.tp / (c.tp + c.fn);
  return `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
};
const pages = Object.values(counts).reduce((a, b) => a + b, 0);
const out = [
  `pages: ${pages} (${counts.tp + counts.fn} readerable per Readability's tests)`,
  `article shape alone (isArticleShaped): ${pr(shapeCounts)}`,
  `declared not English (never learned): ${notEnglish} pages`,
  `content-script check (looksLikeArticlePage): ${pr(counts)}; ${(checkMs / pages).toFixed(1)} ms a page in happy-dom`,
  `learned (check, then Readability, ≥ ${MIN_LEARNED_CHARS} chars): ${pr(learnedCounts)}`,
  `metadata right, of ${read} readerable pages read: ${fields.map((f) => `${f} ${right[f]} (${((100 * right[f]) / read).toFixed(0)}%)`).join(', ')}`,
  ...misses.map((m) => `  miss ${m}`),
];
process.stdout.write(`${out.join('\n')}\n`);
