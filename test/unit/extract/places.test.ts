import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const namesOf = (text: string) => extractArticle({ text }).entities.map((entity) => `${entity.type}:${entity.name}`);

describe('a works named after its town', () => {
  it('"the Doetinchem refinery" stands in the town', () => {
    expect(namesOf('An explosion at the Doetinchem refinery killed four workers, officials said.')).toEqual([
      'place:Doetinchem',
    ]);
  });

  it('a name the gazetteer does not know before a works noun is still a body', () => {
    expect(namesOf('An explosion at the Kestvaro refinery killed four workers, officials said.')).toEqual([
      'organization:Kestvaro',
    ]);
  });
});

describe('two places "between" joins', () => {
  it('the first is a place when the second is a town of the gazetteer', () => {
    expect(namesOf('The third stage ran on Thursday between Kestvaro and Doetinchem.')).toEqual([
      'place:Kestvaro',
      'place:Doetinchem',
    ]);
  });
});

describe('a place noun opening or ending a name', () => {
  it.each([
    ['The boats moored beside the River Thames near Oxford.', ['place:River Thames', 'place:Oxford']],
    ['The walkers followed the River Eden to Carlisle.', ['place:River Eden', 'place:Carlisle']],
    ['The team lost at Turf Moor on Saturday.', ['place:Turf Moor']],
    ['Protesters camped on Twyford Down for a month.', ['place:Twyford Down']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a saint's possessive before a place noun", () => {
  it.each([
    ['The cup tie is at St James’ Park on Saturday.', ['place:St James’ Park']],
    ["She was taken to St. Mary's Hospital on Monday.", ["place:St. Mary's Hospital"]],
  ])('is one name: %s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});
