import { describe, expect, it } from 'vitest';
import { isDayOrClockWord, isPeopleWord } from '../../../lib/extract/lexicon';

describe('words that name groups of people, never one entity', () => {
  it.each([
    ['Kenyan', [], true],
    ['Australians', [], true],
    ['Muslims', [], true],
    ['Islamists', ['Tunisian'], true],
    ['Copts', ['Egyptian'], true],
    ['Democrat', ['Virginia'], true],
    ['Zealanders', ['New'], true],
    ['Yorkers', ['New'], true],
    ['Rovers', ['Harbourside'], false],
    ['Union', ['African'], false],
    ['Fulton', ['Irene'], false],
    ['Partners', ['Harbour'], false],
  ] as const)('%s after %j: %s', (word, before, expected) => {
    expect(isPeopleWord(word, before)).toBe(expected);
  });
});

describe('weekday and clock words beside a name', () => {
  it.each([
    ['Thursday', true],
    ['ET', true],
    ['PM', true],
    ['Dec.', true],
    ['May', false],
    ['London', false],
  ])('%s: %s', (word, expected) => {
    expect(isDayOrClockWord(word)).toBe(expected);
  });
});
