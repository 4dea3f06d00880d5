import { describe, expect, it } from 'vitest';
import type { NameTable } from '../../../lib/knowledge/name-table';
import { entitiesOfNameTable } from '../../../lib/knowledge/name-table';
import { compileMatcher, findMentions } from '../../../lib/match';
import { addWordKeys, entriesForWords, firstWordKey, indexByFirstWord } from '../../../lib/match/word-keys';

const TABLE: NameTable = {
  revision: 1,
  entries: [
    ['person:xi-jinping', 'person', 'Xi Jinping', 'Xi'],
    ['place:united-states', 'place', 'United States', 'U.S.'],
    ['person:charles-de-gaulle', 'person', 'Charles de Gaulle', 'de Gaulle'],
    ['person:conan-o-brien', 'person', "Conan O'Brien", 'O\u2019Brien'],
    ['place:beijing', 'place', 'Beijing', '北京'],
  ],
};

describe('addWordKeys', () => {
  it.each([
    ["Xi's visit to the U.S.", ['xi', 's', 'visit', 'to', 'the', 'u']],
    ['Boutros Boutros-Ghali', ['boutros', 'ghali']],
    ['Vladi\u00admir', ['vladimir']],
    ['在北京', ['在', '北', '京']],
  ])('%s → %j', (text, words) => {
    expect([...addWordKeys(text, new Set())]).toEqual(words);
  });
});

describe('entriesForWords', () => {
  const index = indexByFirstWord(TABLE);
  const namesFor = (text: string) =>
    entriesForWords(index, addWordKeys(text, new Set()))
      .map((entry) => entry[2])
      .sort();

  it.each([
    ['President Xi met officials.', ['Xi Jinping']],
    ['The U.S. and de Gaulle', ['Charles de Gaulle', 'United States']],
    ['O’Brien spoke; nobody else did.', ["Conan O'Brien"]],
    ['在北京', ['Beijing']],
    ['Nothing known here.', []],
  ])('%s asks for %j', (text, names) => {
    expect(namesFor(text)).toEqual(names);
  });

  it('finds on a text every mention the whole table finds (the subset loses nothing)', () => {
    const text = 'Xi Jinping met U.S. envoys; de Gaulle and O’Brien were quoted in 北京 and in Beijing.';
    const whole = findMentions(compileMatcher(entitiesOfNameTable(TABLE)), text);
    const subset = entriesForWords(index, addWordKeys(text, new Set()));
    const part = findMentions(compileMatcher(entitiesOfNameTable({ revision: 1, entries: subset })), text);
    expect(part).toEqual(whole);
    expect(whole.length).toBeGreaterThan(4);
  });

  it('keys a name by its first word', () => {
    expect(firstWordKey('  U.S. Army')).toBe('u');
  });
});
