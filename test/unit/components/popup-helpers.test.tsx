import { describe, expect, it } from 'vitest';
import { CANNOT_RUN_HERE, emptyPageReason } from '../../../components/popup/pageState';
import { roleForQuote } from '../../../components/popup/QuoteList';
import { rankFacts, rankMentions } from '../../../components/popup/ranking';
import { foldForSearch, searchKnowledge, textMatches } from '../../../components/popup/search';
import { countLabel } from '../../../components/shared/countLabel';
import { sourceLabel, sourceSite } from '../../../components/shared/sourceLabel';
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  name,
  type: 'person',
  aliases,
  sourceIds: ['s1'],
});

describe('search text matching', () => {
  it.each([
    ['BLINKEN', ['Antony Blinken'], true],
    ['  blinken ', ['Antony Blinken'], true],
    ['sao paulo', ['São Paulo'], true],
    ['xi', ['Wang Yi'], false],
    ['', ['anything'], true],
    ['beijing', [undefined, 'In Beijing'], true],
  ])('%j in %j → %s', (query, texts, expected) => {
    expect(textMatches(query, texts)).toBe(expected);
  });

  it('folds case and accents', () => {
    expect(foldForSearch('Zürich ÉTÉ')).toBe('zurich ete');
  });
});

describe('searchKnowledge', () => {
  const kb: KnowledgeBase = {
    sources: [{ id: 's1', date: null, builtIn: true }],
    entities: [person('blinken', 'Antony Blinken', ['Blinken']), person('wang', 'Wang Yi')],
    facts: [
      { id: 'f1', text: 'The talks lasted two days.', entityIds: ['blinken'], sourceId: 's1', score: 2 },
      { id: 'f2', text: 'Trade was discussed.', entityIds: [], sourceId: 's1', score: 1 },
    ],
    quotes: [
      { id: 'q1', text: 'We made progress.', speakerId: 'wang', sourceId: 's1', sentence: '' },
      { id: 'q2', text: 'Trade matters.', speakerId: null, sourceId: 's1', sentence: '' },
    ],
  };

  it.each([
    ['blinken', ['f1'], [], ['blinken']],
    ['trade', ['f2'], ['q2'], []],
    ['wang', [], ['q1'], ['wang']],
    ['nobody', [], [], []],
  ])('%s → facts %j, quotes %j, entities %j', (query, facts, quotes, entities) => {
    const result = searchKnowledge(kb, query);
    expect(result.facts.map((f) => f.id)).toEqual(facts);
    expect(result.quotes.map((q) => q.id)).toEqual(quotes);
    expect([...result.entityIds]).toEqual(entities);
  });
});

describe('ranking', () => {
  it('ranks facts by score, keeping stored order for ties', () => {
    const fact = (id: string, score: number) => ({ id, text: id, entityIds: [], sourceId: 's', score });
    expect(rankFacts([fact('a', 1), fact('b', 3), fact('c', 1), fact('d', 2)]).map((f) => f.id)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('lists mentioned entities most mentioned first, then by name, dropping zero counts', () => {
    const entities = [person('a', 'Zed'), person('b', 'Amy'), person('c', 'Bob'), person('d', 'Cat')];
    const ranked = rankMentions(entities, { a: 2, b: 2, c: 5, d: 0, unknown: 9 });
    expect(ranked.map(({ entity, count }) => [entity.name, count])).toEqual([
      ['Bob', 5],
      ['Amy', 2],
      ['Zed', 2],
    ]);
  });

  it.each([
    [0, 'quote', undefined, '0 quotes'],
    [1, 'quote', undefined, '1 quote'],
    [2, 'entity', 'entities', '2 entities'],
  ])('countLabel(%i, %s)', (count, singular, plural, expected) => {
    expect(countLabel(count, singular, plural)).toBe(expected);
  });
});

describe('emptyPageReason', () => {
  const ready = { state: 'ready' as const, hostname: 'news.example', counts: {} };
  it.each([
    ['loading', { state: 'loading' as const }, DEFAULT_SETTINGS, 0, /Looking/],
    ['browser page', { state: 'unavailable' as const, reason: '' }, DEFAULT_SETTINGS, 0, CANNOT_RUN_HERE],
    ['given reason', { state: 'unavailable' as const, reason: 'PDF viewer' }, DEFAULT_SETTINGS, 0, 'PDF viewer'],
    ['off everywhere', ready, { ...DEFAULT_SETTINGS, enabled: false }, 3, /off everywhere/],
    ['off on site', ready, { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 3, /off on news\.example/],
    ['no mentions', ready, DEFAULT_SETTINGS, 0, /No names/],
  ])('%s', (_name, page, settings, mentioned, expected) => {
    expect(emptyPageReason(page, settings, mentioned)).toMatch(expected);
  });

  it('gives no reason when names were found and highlighting is on', () => {
    expect(emptyPageReason(ready, DEFAULT_SETTINGS, 2)).toBeNull();
  });
});

describe('roleForQuote', () => {
  it('prefers the role reported by the quote’s own source', () => {
    const speaker: Entity = {
      ...person('b', 'Antony Blinken'),
      description: 'Secretary of State',
      roles: [
        { sourceId: 'old', description: 'Deputy Secretary of State', date: '2015-01-01' },
        { sourceId: 'new', description: 'Secretary of State', date: '2023-06-19' },
      ],
    };
    expect(roleForQuote(speaker, 'old')).toBe('Deputy Secretary of State');
    expect(roleForQuote(speaker, 'other')).toBe('Secretary of State');
    expect(roleForQuote(undefined, 'old')).toBeUndefined();
  });
});

describe('sourceLabel / sourceSite', () => {
  it.each([
    [{ title: 'Talks end', siteName: 'AP' }, 'Talks end', 'AP'],
    [{ siteName: 'AP', url: 'https://apnews.com/x' }, 'AP', 'apnews.com'],
    [{ url: 'https://apnews.com/x' }, 'apnews.com', undefined],
    [{ title: '  ', url: 'not a url' }, 'Untitled article', undefined],
  ])('%j → %s / %s', (source, label, site) => {
    expect(sourceLabel(source)).toBe(label);
    expect(sourceSite(source)).toBe(site);
  });
});
