import { describe, expect, it } from 'vitest';
import { mentionedIds, orderForPage } from '../../../components/popup/ordering';
import { buildSearchIndex } from '../../../components/popup/search';
import type { Fact, KnowledgeBase, Quote } from '../../../lib/knowledge/schema';

const fact = (id: string, sourceId: string, score: number, entityIds: string[] = []): Fact => ({
  id,
  text: `Fact ${id}`,
  entityIds,
  sourceId,
  score,
});
const quote = (id: string, sourceId: string, speakerId: string | null = null): Quote => ({
  id,
  text: `Quote ${id}`,
  speakerId,
  sourceId,
  sentence: '',
});
const KB: KnowledgeBase = {
  sources: [
    { id: 'old', date: '2019-05-01', builtIn: true },
    { id: 'new', date: '2024-03-01', builtIn: false },
    { id: 'undated', date: null, builtIn: false },
  ],
  entities: [],
  facts: [
    fact('old-best', 'old', 9),
    fact('new-low', 'new', 1),
    fact('undated', 'undated', 5),
    fact('new-high', 'new', 3),
    fact('old-onpage', 'old', 1, ['x', 'onpage']),
    fact('new-onpage', 'new', 0, ['onpage']),
  ],
  quotes: [
    quote('q-old', 'old'),
    quote('q-undated', 'undated'),
    quote('q-new', 'new'),
    quote('q-onpage', 'old', 'onpage'),
  ],
};

describe('orderForPage', () => {
  it.each([
    [
      'no page: newest source first, then best',
      [],
      ['new-high', 'new-low', 'new-onpage', 'old-best', 'old-onpage', 'undated'],
      ['q-new', 'q-old', 'q-onpage', 'q-undated'],
    ],
    [
      'facts and quotes about the page first, each part newest first',
      ['onpage'],
      ['new-onpage', 'old-onpage', 'new-high', 'new-low', 'old-best', 'undated'],
      ['q-onpage', 'q-new', 'q-old', 'q-undated'],
    ],
    [
      'an entity nothing is about changes nothing',
      ['nobody'],
      ['new-high', 'new-low', 'new-onpage', 'old-best', 'old-onpage', 'undated'],
      ['q-new', 'q-old', 'q-onpage', 'q-undated'],
    ],
  ])('%s', (_name, onPage, facts, quotes) => {
    const ordered = orderForPage(KB, new Set(onPage));
    expect(ordered.facts.map((f) => f.id)).toEqual(facts);
    expect(ordered.quotes.map((q) => q.id)).toEqual(quotes);
  });

  it.each([
    [{}, []],
    [{ a: 2, b: 0, c: 1 }, ['a', 'c']],
  ])('mentionedIds(%j) → %j', (counts, expected) => {
    expect([...mentionedIds(counts)]).toEqual(expected);
  });
});

describe('buildSearchIndex', () => {
  it('folds each text once, when built, never per query', () => {
    let reads = 0;
    const counted = KB.facts.map((f) => {
      const copy = { ...f };
      Object.defineProperty(copy, 'text', {
        get: () => {
          reads++;
          return f.text;
        },
      });
      return copy;
    });
    const index = buildSearchIndex({ ...KB, facts: counted });
    const built = reads;
    expect(built).toBe(KB.facts.length);
    for (const query of ['f', 'fa', 'fac', 'fact new', 'zzz']) index.search(query);
    expect(reads).toBe(built);
  });

  it('keeps the order of the lists it is given, and gives them back as they are for an empty query', () => {
    const index = buildSearchIndex(KB);
    const ordered = orderForPage(KB, new Set(['onpage']));
    expect(index.search('fact', ordered).facts).toEqual(ordered.facts);
    expect(index.search('  ', ordered).facts).toBe(ordered.facts);
    expect(index.search('new', ordered).facts.map((f) => f.id)).toEqual(['new-onpage', 'new-high', 'new-low']);
  });
});
