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
