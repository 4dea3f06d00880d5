import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/index';
import { type Expected, type Score, scoreExtraction } from './scoring';

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/articles');
/** The bar from the issue. */
const SEED_MIN_F1 = 0.95;
const UNSEEN_MIN_F1 = 0.9;
const MIN_ATTRIBUTION = 0.95;

const articles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(FIXTURES, name), 'utf8'),
    expected: JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.json')), 'utf8')) as Expected,
  }));
const seedExpected = JSON.parse(readFileSync(join(FIXTURES, 'seed.json'), 'utf8')) as Expected & { text: string };
const seedText = readFileSync(join(ROOT, seedExpected.text), 'utf8');

const row = (name: string, s: Score) => ({
  article: name,
  P: s.precision.toFixed(2),
  R: s.recall.toFixed(2),
  F1: s.f1.toFixed(2),
  quotes: s.quotesFound.toFixed(2),
  attribution: s.attribution.toFixed(2),
  roles: s.roles.toFixed(2),
});

describe('extraction quality', () => {
  const seed = scoreExtraction(extractArticle({ text: seedText }), seedExpected);
  const scores = articles.map((a) => ({
    name: a.name,
    score: scoreExtraction(extractArticle({ text: a.text }), a.expected),
  }));
  const mean = (pick: (s: Score) => number) => scores.reduce((sum, s) => sum + pick(s.score), 0) / scores.length;

  it('prints the quality table', () => {
    console.table([
      row('seed', seed),
      ...scores.map((s) => row(s.name, s.score)),
      row('mean (written articles)', {
        precision: mean((s) => s.precision),
        recall: mean((s) => s.recall),
        f1: mean((s) => s.f1),
        quotesFound: mean((s) => s.quotesFound),
        attribution: mean((s) => s.attribution),
        roles: mean((s) => s.roles),
        missing: [],
        junk: [],
        wrongSpeakers: [],
        wrongRoles: [],
      }),
    ]);
    for (const { name, score } of [{ name: 'seed', score: seed }, ...scores]) {
      const problems = [
        ...score.missing.map((m) => `missing ${m}`),
        ...score.junk.map((j) => `junk ${j}`),
        ...score.wrongSpeakers,
      ];
      if (problems.length > 0) console.log(`${name}: ${problems.join('; ')}`);
    }
    expect(scores.length).toBeGreaterThanOrEqual(8);
  });

  it('finds the seed entities with F1 of at least 0.95 and attributes its quotes', () => {
    expect(seed.f1).toBeGreaterThanOrEqual(SEED_MIN_F1);
    expect(seed.attribution).toBeGreaterThanOrEqual(MIN_ATTRIBUTION);
  });

  it.each(articles.map((a) => a.name))('%s: entity F1 and quote attribution meet the bar', (name) => {
    const { score } = scores.find((s) => s.name === name)!;
    expect(score.f1).toBeGreaterThanOrEqual(UNSEEN_MIN_F1);
    expect(score.attribution).toBeGreaterThanOrEqual(MIN_ATTRIBUTION);
  });

  it('averages the bar across the written articles', () => {
    expect(mean((s) => s.f1)).toBeGreaterThanOrEqual(UNSEEN_MIN_F1);
    expect(mean((s) => s.attribution)).toBeGreaterThanOrEqual(MIN_ATTRIBUTION);
  });
});
