import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../lib/knowledge/stored-state';
import { learnedToPrune, textHashOf } from '../../../lib/learn/learn-policy';
import type { ReaderArticle } from '../../../lib/reader/article';
import { readerArticle } from './story-fixture';

const COUNTS = { entities: 1, quotes: 0, facts: 0 };

/** A learned source, or one added by hand when `learnedFrom` is null; ids name the day it was added. */
function summary(day: string, learnedFrom: string | null = 'news.example'): SourceSummary {
  return {
    id: `source:${learnedFrom ? 'learned' : 'hand'}-${day}`,
    date: null,
    builtIn: false,
    enabled: true,
    addedAt: `2024-05-${day}T09:00:00.000Z`,
    ...(learnedFrom ? { learnedFrom } : {}),
    counts: COUNTS,
  };
}

const BUILT_IN: SourceSummary = { id: 'source:seed', date: null, builtIn: true, enabled: true, counts: COUNTS };

describe('learnedToPrune', () => {
  it.each<[string, SourceSummary[], number, string[]]>([
    ['nothing learned', [BUILT_IN, summary('01', null)], 10, []],
    ['fewer learned than the limit', [summary('01'), summary('02')], 3, []],
    ['exactly the limit', [summary('01'), summary('02'), summary('03')], 3, []],
    ['one over the limit: the oldest goes', [summary('03'), summary('01'), summary('02')], 2, ['source:learned-01']],
    [
      'two over, listed newest first: the two oldest go, oldest first',
      [summary('04'), summary('03'), summary('02'), summary('01')],
      2,
      ['source:learned-01', 'source:learned-02'],
    ],
    [
      'hand-added sources are never pruned, nor counted against the limit',
      [summary('01', null), summary('02'), summary('03', null), summary('04'), summary('05')],
      2,
      ['source:learned-02'],
    ],
    ['a limit of 0 prunes every learned source', [summary('01', null), summary('02')], 0, ['source:learned-02']],
    [
      'learned on several sites: one limit for all',
      [summary('01', 'a.example'), summary('02', 'b.example'), summary('03', 'a.example')],
      1,
      ['source:learned-01', 'source:learned-02'],
    ],
  ])('%s', (_label, sources, limit, expected) => {
    expect(learnedToPrune(sources, limit)).toEqual(expected);
  });

  it('never names the built-in source', () => {
    expect(learnedToPrune([BUILT_IN, summary('01')], 0)).toEqual(['source:learned-01']);
  });
});

const article = (textContent: string, overrides: Partial<ReaderArticle> = {}) =>
  readerArticle({ textContent, ...overrides });

describe('textHashOf', () => {
  const TEXT = 'The bridge opened on Monday.\n\nThe mayor spoke at the ceremony.';

  it('gives the same hash for the same text', () => {
    expect(textHashOf(article(TEXT))).toBe(textHashOf(article(TEXT)));
  });

  it('is a text hash', () => {
    expect(textHashOf(article(TEXT))).toMatch(/^text:\S+$/);
  });

  it.each([
    ['one word changed', TEXT.replace('Monday', 'Tuesday')],
    ['a paragraph added', `${TEXT}\n\nTraffic resumed in the afternoon.`],
    ['a paragraph removed', 'The bridge opened on Monday.'],
  ])('gives a different hash when %s', (_label, other) => {
    expect(textHashOf(article(other))).not.toBe(textHashOf(article(TEXT)));
  });

  it('reads the text only: another title or address of the same text is the same version', () => {
    const moved = article(TEXT, { title: 'Bridge opens at last', url: 'https://news.example/bridge?ref=home' });
    expect(textHashOf(moved)).toBe(textHashOf(article(TEXT)));
  });

  it('ignores spacing the page adds around the same words', () => {
    const spaced = TEXT.replace('The bridge', 'The   bridge').replace('\n\n', '\n\n\n\n');
    expect(textHashOf(article(spaced))).toBe(textHashOf(article(TEXT)));
  });
});
