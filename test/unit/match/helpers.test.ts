import { describe, expect, it } from 'vitest';
import { opensSentence } from '../../../lib/match';
import { normalizeName } from '../../../lib/match/chars';

describe('opensSentence', () => {
  it.each([
    ['Bush left.', 0, true],
    ['It rained. Bush left.', 11, true],
    ['It rained! "Bush left."', 12, true],
    ['It rained? (Bush left.)', 12, true],
    ['When Bush left', 5, false],
    ['Critics, Bush said', 9, false],
  ])('%j at %i → %s', (text, at, expected) => {
    expect(opensSentence(text, at)).toBe(expected);
  });
});

describe('normalizeName', () => {
  it.each([
    ['  Xi   Jinping ', 'Xi Jinping'],
    ['O’Brien', "O'Brien"],
    ['Wang\u00a0Yi', 'Wang Yi'],
    ['Jin\u00adping', 'Jinping'],
    ['U.S.', 'U.S.'],
  ])('%j → %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});
