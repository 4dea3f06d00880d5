import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../lib/match';
import { TEST_ENTITIES } from './entities';

const matcher = compileMatcher(TEST_ENTITIES);

/** The mentions of `text` as [matched text, entity id] pairs, in order. */
function found(text: string): [string, string][] {
  return findMentions(matcher, text).map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('findMentions: word boundaries', () => {
  it.each([
    ['Xinhua reported the talks.', []],
    ['Wangari Maathai won the prize.', []],
    ['They flew to Xi’an and Xi met them.', [['Xi', 'person:xi-jinping']]],
    ['O’Xi is not a name here.', []],
    [
      'The U.S.-China talks',
      [
        ['U.S.', 'place:united-states'],
        ['China', 'place:china'],
      ],
    ],
    ['Chinatown is busy; China is not.', [['China', 'place:china']]],
    ['(Beijing)', [['Beijing', 'place:beijing']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: longest match wins', () => {
  it.each([
    ['Xi Jinping hailed progress.', [['Xi Jinping', 'person:xi-jinping']]],
    ['the Department of Defence said', [['Department of Defence', 'organization:department-of-defence']]],
    ['cuts to Defence spending', [['Defence', 'organization:department-of-defence']]],
    [
      'Xi and Wang Yi met',
      [
        ['Xi', 'person:xi-jinping'],
        ['Wang Yi', 'person:wang-yi'],
      ],
    ],
    [
      'the Great Hall of the People in Beijing',
      [
        ['Great Hall of the People', 'organization:great-hall-of-the-people'],
        ['Beijing', 'place:beijing'],
      ],
    ],
    // "Xi" before another capitalised word is the start of some other name, not Xi Jinping's.
    ['Xi Jinpingx visited', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: possessives, apostrophes and spaces', () => {
  it.each([
    ["Blinken's visit", [['Blinken', 'person:antony-blinken']]],
    ['China’s neighbours', [['China', 'place:china']]],
    ['the United States’ position', [['United States', 'place:united-states']]],
    ['Xi\u00a0Jinping spoke', [['Xi\u00a0Jinping', 'person:xi-jinping']]],
    ['Wang \n  Yi spoke', [['Wang \n  Yi', 'person:wang-yi']]],
    ['Xi Jin\u00adping spoke', [['Xi Jin\u00adping', 'person:xi-jinping']]],
    ["Blinken'sville is a town", []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("findMentions: invisible characters at a name's edge belong to the word they sit in", () => {
  it.each([
    ['Xi\u00adnhua reported the talks.', []],
    ['Chinatown, or China\u00adtown, is busy.', []],
    ['Wan\u00adgari Maathai and Wang\u200bari', []],
    ['O’\u00adXi is not a name here.', []],
    ['\u00adXi met them.', [['Xi', 'person:xi-jinping']]],
    ['Blinken\u00ad’s visit', [['Blinken', 'person:antony-blinken']]],
    ['Blinken\u00ad’sville is a town', []],
    [
      'Beijing\u00ad, then Taiwan',
      [
        ['Beijing', 'place:beijing'],
        ['Taiwan', 'place:taiwan'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: names written right against scripts without spaces (Chinese, Japanese, Korean)', () => {
  it.each([
    ['国务卿Antony Blinken周一抵达', [['Antony Blinken', 'person:antony-blinken']]],
    ['会见了Xi Jinping。', [['Xi Jinping', 'person:xi-jinping']]],
    ['外相はBeijingで会談した', [['Beijing', 'place:beijing']]],
    ['カタカナChinaカナ', [['China', 'place:china']]],
    ['Beijing에서 만났다', [['Beijing', 'place:beijing']]],
    [
      '中国和Taiwan、China',
      [
        ['Taiwan', 'place:taiwan'],
        ['China', 'place:china'],
      ],
    ],
    ['Beijingers and XiBeijing are not names', []],
    ['Chinaé and éChina are not either', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds names written in those scripts inside running text', () => {
    const cjk = compileMatcher([
      { id: 'person:xi', name: '习近平', type: 'person', aliases: [], sourceIds: [] },
      { id: 'place:beijing', name: '北京', type: 'place', aliases: ['Beijing'], sourceIds: [] },
    ]);
    const text = '习近平在北京会见了记者，Beijing方面';
    expect(findMentions(cjk, text).map((m) => text.slice(m.start, m.end))).toEqual(['习近平', '北京', 'Beijing']);
  });
});

describe('findMentions: case', () => {
  it.each([
    ['BEIJING — Talks began.', [['BEIJING', 'place:beijing']]],
    ['ANTONY BLINKEN ARRIVES', [['ANTONY BLINKEN', 'person:antony-blinken']]],
    ['a set of fine china', []],
    ['beijing in lower case is not a name', []],
    ['BeIjInG is garbled', []],
    ['XI is a numeral in capitals', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: aliases that are common words', () => {
  it.each([
    ['Critics, Said argued, were wrong.', [['Said', 'person:edward-said']]],
    ['Said the minister: no.', []],
    ['He said it twice.', []],
    ['It ended. Said later wrote a book.', []],
    ['Edward Said wrote a book.', [['Edward Said', 'person:edward-said']]],
    ['A burning bush and President Bush.', [['Bush', 'person:george-bush']]],
    ['"Bush was there," he said.', []],
    ['George Bush was there.', [['George Bush', 'person:george-bush']]],
    ['SAID in capitals stays ambiguous', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: offsets', () => {
  it('gives sorted, non-overlapping offsets into the original text', () => {
    const text = 'On Monday, Blinken met Xi Jinping in Beijing; China’s Wang Yi also met Blinken.';
    const mentions = findMentions(matcher, text);
    expect(mentions.map((m) => m.entityId)).toEqual([
      'person:antony-blinken',
      'person:xi-jinping',
      'place:beijing',
      'place:china',
      'person:wang-yi',
      'person:antony-blinken',
    ]);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].end);
  });

  it('finds nothing with no entities', () => {
    expect(findMentions(compileMatcher([]), 'Blinken met Xi.')).toEqual([]);
  });

  it('gives a shared alias to the entity whose canonical name it is', () => {
    const m = compileMatcher([
      { id: 'person:china-smith', name: 'China Smith', type: 'person', aliases: ['China'], sourceIds: [] },
      { id: 'place:china', name: 'China', type: 'place', aliases: [], sourceIds: [] },
    ]);
    expect(findMentions(m, 'China grew.').map((x) => x.entityId)).toEqual(['place:china']);
  });
});

describe('findMentions: many names', () => {
  const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)));
  const many = Array.from({ length: 5000 }, (_, i) => ({
    id: `person:p${i}`,
    name: `Zor${letters(i)} Kal${letters(i)}`,
    type: 'person' as const,
    aliases: [`Kal${letters(i)}`],
    sourceIds: [],
  }));
  const manyMatcher = compileMatcher([...TEST_ENTITIES, ...many]);

  it('finds each of thousands of names, full or by alias, alongside the seed names', () => {
    const picked = many.filter((_, i) => i % 97 === 0);
    const text = picked.map((e, i) => (i % 2 ? e.name : e.aliases[0])).join(' met Xi Jinping, then ');
    const ids = findMentions(manyMatcher, text).map((m) => m.entityId);
    const expected = picked.flatMap((e, i) => (i < picked.length - 1 ? [e.id, 'person:xi-jinping'] : [e.id]));
    expect(ids).toEqual(expected);
  });
});

describe('findMentions: a word that carries no name is never an alias', () => {
  const marchal = compileMatcher([
    { id: 'person:an-marchal', name: 'An Marchal', type: 'person', aliases: ['An', 'Marchal'], sourceIds: [] },
  ]);
  const inTitleCase = (text: string) => findMentions(marchal, text).map((m) => text.slice(m.start, m.end));
  it.each([
    ['An Interview With the Man Who Found It', []],
    ['Police searched for An Marchal on Monday.', ['An Marchal']],
    ['The search for Marchal went on.', ['Marchal']],
  ])('%s', (text, expected) => {
    expect(inTitleCase(text)).toEqual(expected);
  });
});
