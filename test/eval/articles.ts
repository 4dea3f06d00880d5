/**
 * `npm run eval:articles [-- DIR]`: extraction scored against articles with hand-written expected knowledge
 * (entities with types, aliases and roles; quotes with speakers), by test/unit/extract/scoring.ts. DIR defaults to
 * test/fixtures/held-out: articles written blind to the extraction rules and kept out of tuning, so their figures
 * say how the rules hold on text they were not made for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../lib/extract';
import { type Expected, type Score, scoreExtraction } from '../unit/extract/scoring';

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../fixtures/held-out'));
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const fixed = (x: number) => x.toFixed(2);
const scores: Score[] = [];
console.log(`${'article'.padEnd(28)} P     R     F1    quotes attributed roles`);
for (const name of names) {
  const text = readFileSync(join(dir, name), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
  const score = scoreExtraction(extractArticle({ text }), expected);
  scores.push(score);
  console.log(
    `${name.padEnd(28)} ${fixed(score.precision)}  ${fixed(score.recall)}  ${fixed(score.f1)}  ${fixed(score.quotesFound)}   ${fixed(score.attribution)}       ${fixed(score.roles)}`,
  );
}
const mean = (pick: (s: Score) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / Math.max(scores.length, 1);
console.log(
  `${'mean'.padEnd(28)} ${fixed(mean((s) => s.precision))}  ${fixed(mean((s) => s.recall))}  ${fixed(mean((s) => s.f1))}  ${fixed(mean((s) => s.quotesFound))}   ${fixed(mean((s) => s.attribution))}       ${fixed(mean((s) => s.roles))}`,
);
for (const [i, score] of scores.entries()) {
  const problems = [
    ...score.missing.map((m) => `missing ${m}`),
    ...score.junk.map((j) => `junk ${j}`),
    ...score.wrongSpeakers,
    ...score.wrongRoles.map((r) => `role ${r}`),
  ];
  if (problems.length) console.log(`\n${names[i]}:\n  ${problems.join('\n  ')}`);
}
