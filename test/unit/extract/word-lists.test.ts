import { describe, expect, it } from 'vitest';
import { decodeFrontCoded, encodeFrontCoded } from '../../../lib/extract/data/front-code';
import { isEnglishWord } from '../../../lib/extract/english';
import { isNationalityWord, opensPlaceName, placeKind } from '../../../lib/extract/gazetteer';
import { extractArticle } from '../../../lib/extract/index';

const namesOf = (text: string) => extractArticle({ text }).entities.map((e) => `${e.type}:${e.name}`);

describe('shipped word lists', () => {
  it('front coding round-trips a sorted list', () => {
    const words = ['Bonn', 'Boston', 'Bostonia', 'Dar es Salaam', 'Dar', "N'Djamena", 'São Paulo'];
    expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual([...words].sort());
  });

  it('the gazetteer knows countries, regions and towns, whatever the case or accents', () => {
    expect(placeKind('BONN')).toBe('major');
    expect(placeKind('Sao Paulo')).toBe('major');
    expect(placeKind('Dar es Salaam')).toBe('major');
    expect(placeKind('Scandinavia')).toBe('major');
    expect(placeKind('Doetinchem')).toBe('city');
    expect(opensPlaceName('Dar')).toBe(true);
    // towns named like everyday words are left out
    expect(placeKind('Reading')).toBeNull();
    expect(placeKind('Most')).toBeNull();
  });

  it("spellings English also gives a country, and a state named by its people's word", () => {
    expect(placeKind('Surinam')).toBe('major');
    expect(placeKind('Moldavia')).toBe('major');
    // another language's word for a country that is another English word stays out
    expect(placeKind('Man')).toBeNull();
    expect(isNationalityWord('Vatican')).toBe(false);
    expect(isNationalityWord('Togolese')).toBe(true);
  });

  it('German and Nordic towns as news spells them without their letters', () => {
    expect(placeKind('Koeln')).toBe('major');
    expect(placeKind('Saarbruecken')).toBe('major');
    expect(placeKind('Aarhus')).toBe('major');
    expect(placeKind('Baden-Wuerttemberg')).toBe('major');
  });

  it('English words come with their regular inflections', () => {
    expect(isEnglishWord('Partnership')).toBe(true);
    expect(isEnglishWord('partnerships')).toBe(true);
    expect(isEnglishWord('Confrontations')).toBe(true);
    expect(isEnglishWord('Grozny')).toBe(false);
    expect(isEnglishWord('Lufthansa')).toBe(false);
  });

  it('nationality words, singular and plural', () => {
    for (const word of ['Spaniard', 'Americans', 'Frenchman', 'Frenchmen', 'Czech', 'Briton']) {
      expect(isNationalityWord(word)).toBe(true);
    }
    expect(isNationalityWord('Unseeded')).toBe(false);
  });
});

describe('names English does not know', () => {
  it('a town of the gazetteer is a place, another unknown word a body', () => {
    expect(namesOf('Riders reached Doetinchem on Monday, and flights by Lufthansa were cancelled.')).toEqual([
      'place:Doetinchem',
      'organization:Lufthansa',
    ]);
  });

  it('an everyday word in capitals is no name', () => {
    expect(namesOf('The talks on Security and Partnership went on, officials said.')).toEqual([]);
  });
});
