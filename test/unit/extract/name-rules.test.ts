import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const namesOf = (text: string) => extractArticle({ text }).entities.map((entity) => `${entity.type}:${entity.name}`);

describe('words that are never names, and heads that give the type', () => {
  it.each([
    [
      'a pronoun glued to the previous paragraph',
      'Mayor Helena Marsh opened the bridge on Monday.He said the work took two years.',
      ['person:Helena Marsh'],
    ],
    [
      '"US" in capitals is the country, not the pronoun',
      'Mayor Helena Marsh flew to the US on Monday.',
      ['person:Helena Marsh', 'place:United States'],
    ],
    [
      'a "House" is an organisation, not a person',
      'The White House said on Tuesday that Mayor Helena Marsh would visit in May.',
      ['organization:White House', 'person:Helena Marsh'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(namesOf(text).sort()).toEqual([...expected].sort());
  });
});
