import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../components/card/contrast';
import { CARD_CSS, CARD_THEMES, TEXT_PAIRS } from '../../../components/card/styles';

/** WCAG AA for normal text; 3:1 for the focus ring and borders of controls (non-text contrast). */
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#fff', '#000', 21],
    ['#777777', '#ffffff', 4.48],
    ['#123456', '#123456', 1],
  ])('%s on %s → %f', (foreground, background, expected) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(expected, 2);
  });

  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/Not a #rgb/);
  });
});

describe('card theme colours', () => {
  const cases = (['light', 'dark'] as const).flatMap((name) =>
    TEXT_PAIRS.map(([text, background]) => [name, text, background] as const),
  );
  it.each(cases)('%s theme: %s on %s reaches 4.5:1', (name, text, background) => {
    const theme = CARD_THEMES[name];
    expect(contrastRatio(theme[text], theme[background])).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(['light', 'dark'] as const)('%s theme: the focus ring and control borders stand out (3:1)', (name) => {
    const theme = CARD_THEMES[name];
    expect(contrastRatio(theme.focus, theme.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
    expect(contrastRatio(theme.border, theme.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe('CARD_CSS', () => {
  it.each([
    ['resets inherited page styles at the host', /:host\s*{\s*all: initial/],
    ['sizes boxes by their border', /box-sizing: border-box/],
    ['caps the width at 380px', /max-width: min\(380px/],
    ['scrolls inside itself', /overflow-y: auto/],
    ['uses the system font', /font-family: system-ui/],
    ['follows the system colour scheme', /@media \(prefers-color-scheme: dark\)/],
    ['can be forced dark', /\.nc-theme-dark\s*{/],
    [
      'fades only when motion is welcome',
      /@media \(prefers-reduced-motion: no-preference\)\s*{\s*\.nc-card\s*{\s*animation/,
    ],
    ['shows a focus ring for keyboard users', /:focus-visible[^}]*outline: 2px solid/],
  ])('%s', (_name, pattern) => {
    expect(CARD_CSS).toMatch(pattern);
  });

  it('uses px, never rem or em font sizes that the page could scale', () => {
    expect(CARD_CSS).not.toMatch(/\d(rem|em)\b/);
  });

  it('leaves stacking to the host element', () => {
    expect(CARD_CSS).not.toMatch(/z-index/);
  });
});
