/**
 * `npm run eval -- --conll FILE [--news] [--worst N] [--json] [--dump FILE]`: extraction scored against CoNLL-2003 gold.
 * Prints P/R/F1 (document level untyped and typed, mention level untyped and typed) for news prose and all
 * documents, then the worst documents with their misses (only news prose ones with --news).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ExtractionError, extractArticle } from '../../lib/extract';
import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { type ConllDocument, conllArticle, isNewsProse, isSportsPage, readConll } from './conll';
import { addCounts, type Counts, type DocumentScore, emptyCounts, type Prf, scoreDocument, summarize } from './score';

interface Options {
  conll: string;
  news: boolean;
  worst: number;
  json: boolean;
  /** Writes each document's misses and wrong names to this file (to diff two runs). */
  dump: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { conll: '', news: false, worst: 10, json: false, dump: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--conll') options.conll = argv[++i] ?? '';
    else if (arg === '--news') options.news = true;
    else if (arg === '--worst') options.worst = Number(argv[++i]);
    else if (arg === '--json') options.json = true;
    else if (arg === '--dump') options.dump = argv[++i] ?? '';
    else {
      process.stderr.write(`eval: unknown argument ${arg}\n`);
      process.exit(2);
    }
  }
  if (!options.conll) {
    process.stderr.write('usage: npm run eval -- --conll FILE [--news] [--worst N] [--json] [--dump FILE]\n');
    process.exit(2);
  }
  return options;
}

export interface ScoredDocument {
  doc: ConllDocument;
  headline: string;
  news: boolean;
  sports: boolean;
  score: DocumentScore;
}

const EMPTY: KnowledgeBase = { sources: [], entities: [], quotes: [], facts: [] };

export function scoreConll(docs: ConllDocument[]): ScoredDocument[] {
  return docs.map((doc) => {
    const { text, spans } = conllArticle(doc);
    let kb = EMPTY;
    try {
      kb = extractArticle({ text });
    } catch (error) {
      if (!(error instanceof ExtractionError)) throw error;
    }
    return {
      doc,
      headline: text.split('\n')[0],
      news: isNewsProse(doc),
      sports: isSportsPage(doc),
      score: scoreDocument(kb, text, spans),
    };
  });
}

const pct = (x: number) => x.toFixed(3);
const row = (p: Prf) => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

function table(groups: [string, ScoredDocument[]][]): string {
  const lines = [
    `${'documents'.padEnd(12)} ${'n'.padStart(4)}  ${'names P     R     F1   '}| ${'typed P     R     F1   '}| ${'mentions P  R     F1   '}| typed P     R     F1`,
  ];
  for (const [label, docs] of groups) {
    const counts = docs.reduce((sum, d) => addCounts(sum, d.score.counts), emptyCounts());
    const s = summarize(counts);
    lines.push(
      `${label.padEnd(12)} ${String(docs.length).padStart(4)}  ${row(s.untyped)} | ${row(s.typed)} | ${row(s.mentions)} | ${row(s.mentionsTyped)}`,
    );
  }
  return lines.join('\n');
}

const badness = (c: Counts, d: DocumentScore) => c.gold - c.found + d.wrong.length;

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const docs = readConll(readFileSync(options.conll, 'utf8'));
  const started = performance.now();
  const scored = scoreConll(docs);
  const ms = performance.now() - started;
  const groups: [string, ScoredDocument[]][] = [
    ['news prose', scored.filter((d) => d.news)],
    ['sports', scored.filter((d) => d.sports)],
    ['other', scored.filter((d) => !d.news && !d.sports)],
    ['all', scored],
  ];
  if (options.dump) {
    const lines = scored.flatMap((d) => {
      const tag = `#${d.doc.index} ${d.news ? 'news' : d.sports ? 'sports' : 'other'}`;
      return [
        ...d.score.missed.map((m) => `${tag} missed ${m}`),
        ...d.score.wrong.map((m) => `${tag} wrong ${m}`),
        ...d.score.mistyped.map((m) => `${tag} mistyped ${m}`),
      ];
    });
    writeFileSync(options.dump, `${lines.join('\n')}\n`);
  }
  if (options.json) {
    const out = Object.fromEntries(
      groups.map(([label, ds]) => [label, summarize(ds.reduce((s, d) => addCounts(s, d.score.counts), emptyCounts()))]),
    );
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${table(groups)}\n(${docs.length} documents in ${(ms / 1000).toFixed(1)} s)\n`);
  const pool = options.news ? scored.filter((d) => d.news) : scored;
  const worst = [...pool]
    .sort((a, b) => badness(b.score.counts, b.score) - badness(a.score.counts, a.score))
    .slice(0, options.worst);
  for (const d of worst) {
    process.stdout.write(`\n#${d.doc.index} ${d.headline}\n`);
    if (d.score.missed.length) process.stdout.write(`  missed: ${d.score.missed.join(' | ')}\n`);
    if (d.score.wrong.length) process.stdout.write(`  wrong: ${d.score.wrong.join(' | ')}\n`);
    if (d.score.mistyped.length) process.stdout.write(`  mistyped: ${d.score.mistyped.join(' | ')}\n`);
  }
}

if (process.argv[1]?.endsWith('run.ts')) main();
