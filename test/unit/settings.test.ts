import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, withSiteHighlighting } from '../../lib/settings';

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
