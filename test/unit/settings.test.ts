import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEARNED_LIMIT,
  DEFAULT_SETTINGS,
  isActiveOn,
  isLearningOn,
  MAX_LEARNED_LIMIT,
  MIN_LEARNED_LIMIT,
  parseSettings,
  withSiteHighlighting,
  withSiteLearning,
} from '../../lib/settings';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['a string', 'garbage', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
  ])('falls back to the defaults for %s', (_label, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('keeps good fields when others are corrupt', () => {
    const parsed = parseSettings({
      enabled: false,
      hoverDelayMs: 'soon',
      highlightStyle: 'neon',
      disabledSites: ['a.com', 7],
    });
    expect(parsed.enabled).toBe(false);
    expect(parsed.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(parsed.highlightStyle).toBe('underline');
    expect(parsed.disabledSites).toEqual(['a.com']);
  });

  it('rejects a delay outside the allowed range', () => {
    expect(parseSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(parseSettings({ hoverDelayMs: 250 }).hoverDelayMs).toBe(250);
  });
});

describe('isActiveOn', () => {
  it.each([
    [{ enabled: true, disabledSites: [] }, 'news.example', true],
    [{ enabled: true, disabledSites: ['news.example'] }, 'news.example', false],
    [{ enabled: false, disabledSites: [] }, 'news.example', false],
  ])('%o on %s → %s', (partial, host, expected) => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, ...partial }, host)).toBe(expected);
  });
});

describe('withSiteHighlighting', () => {
  it.each([
    ['switching a site off lists it', [], false, ['a.example']],
    ['switching it off twice lists it once', ['a.example'], false, ['a.example']],
    ['switching it on removes it and keeps the others', ['a.example', 'b.example'], true, ['b.example']],
  ])('%s', (_label, disabledSites, on, expected) => {
    const next = withSiteHighlighting({ ...DEFAULT_SETTINGS, disabledSites }, 'a.example', on);
    expect(next.disabledSites).toEqual(expected);
  });
});

describe('parseSettings: learning', () => {
  it.each([
    ['nothing stored', undefined, []],
    ['a list', ['a.example', 'b.example'], ['a.example', 'b.example']],
    ['a site twice', ['a.example', 'b.example', 'a.example'], ['a.example', 'b.example']],
    ['non-strings and empty names', ['a.example', 7, null, '', { site: 'x' }], ['a.example']],
    ['a string instead of a list', 'a.example', []],
    ['an object', { 0: 'a.example' }, []],
  ])('learningSites from %s', (_label, learningSites, expected) => {
    expect(parseSettings({ learningSites }).learningSites).toEqual(expected);
  });

  it.each([
    [MIN_LEARNED_LIMIT, MIN_LEARNED_LIMIT],
    [50, 50],
    [MAX_LEARNED_LIMIT, MAX_LEARNED_LIMIT],
    [MIN_LEARNED_LIMIT - 1, DEFAULT_LEARNED_LIMIT],
    [MAX_LEARNED_LIMIT + 1, DEFAULT_LEARNED_LIMIT],
    [50.5, DEFAULT_LEARNED_LIMIT],
    ['50', DEFAULT_LEARNED_LIMIT],
    [Number.NaN, DEFAULT_LEARNED_LIMIT],
    [undefined, DEFAULT_LEARNED_LIMIT],
  ])('learnedLimit %o → %d', (learnedLimit, expected) => {
    expect(parseSettings({ learnedLimit }).learnedLimit).toBe(expected);
  });

  it('learns nowhere by default', () => {
    expect(DEFAULT_SETTINGS.learningSites).toEqual([]);
    expect(isLearningOn(DEFAULT_SETTINGS, 'news.example')).toBe(false);
  });
});

describe('isLearningOn', () => {
  it.each([
    [['news.example'], 'news.example', true],
    [['news.example'], 'other.example', false],
    [['news.example'], 'www.news.example', false],
    [[], 'news.example', false],
  ])('%o on %s → %s', (learningSites, host, expected) => {
    expect(isLearningOn({ ...DEFAULT_SETTINGS, learningSites }, host)).toBe(expected);
  });
});

describe('withSiteLearning', () => {
  it.each([
    ['switching a site on lists it', [], true, ['a.example']],
    ['switching it on twice lists it once', ['a.example'], true, ['a.example']],
    ['switching it off removes it and keeps the others', ['a.example', 'b.example'], false, ['b.example']],
    ['switching an unlisted site off changes nothing', ['b.example'], false, ['b.example']],
  ])('%s', (_label, learningSites, on, expected) => {
    const before = { ...DEFAULT_SETTINGS, learningSites };
    const next = withSiteLearning(before, 'a.example', on);
    expect(next.learningSites).toEqual(expected);
    expect(before.learningSites).toEqual(learningSites);
  });

  it('leaves highlighting alone', () => {
    const before = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    expect(withSiteLearning(before, 'a.example', true).disabledSites).toEqual(['a.example']);
  });
});
