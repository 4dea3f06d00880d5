/** `npx tsx test/eval/speed.ts [FILE]`: extraction time for a 5,000-word article after warm-up (median of runs). */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../lib/extract';
import { articleText, isNewsProse, readConll } from './conll';

const WORDS = 5_000;
const RUNS = 15;

function article(file: string): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (const doc of readConll(readFileSync(file, 'utf8')).filter(isNewsProse)) {
    for (const paragraph of articleText(doc).split('\n\n').slice(2)) {
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
      if (words >= WORDS) return paragraphs.join('\n\n');
    }
  }
  return paragraphs.join('\n\n');
}

const text = article(process.argv[2] ?? '../shared/corpus/conll2003/eng.train');
let started = performance.now();
extractArticle({ text });
const first = performance.now() - started;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  started = performance.now();
  extractArticle({ text });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
process.stdout.write(
  `${text.split(/\s+/).length} words: first ${first.toFixed(0)} ms, then median ${times[RUNS >> 1].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)})\n`,
);
