import { describe, expect, it } from 'vitest';
import { nameWords, resolveNamesOnPage } from '../../../lib/annotate/page-names';
import type { Entity } from '../../../lib/knowledge/schema';
import { compileMatcher, findMentions, OTHER_PERSON_ID } from '../../../lib/match';
import { candidatesOf } from '../../../lib/match/patterns';

const person = (name: string, aliases: string[] = []): Entity => ({
  id: `person:${name.toLowerCase().replace(/ /g, '-')}`,
  name,
  type: 'person',
  aliases,
  sourceIds: [],
});
const PEOPLE = [
  person('Patricia Smith', ['Smith']),
  person('Bill Clinton', ['Clinton']),
  person('Hillary Rodham Clinton', ['Clinton', 'Hillary Clinton']),
  person('Ezer Weizman', ['Weizman']),
];
const matcher = compileMatcher([
  ...PEOPLE,
  { ...person('Clinton'), type: 'place', id: 'place:clinton-iowa', name: 'Clinton, Iowa' },
  // A town whose name is also Ezer Weizman's short form.
  { ...person('Weizman'), type: 'place', id: 'place:weizman', name: 'Weizman' },
]);
const typeOf = (id: string) => matcher.entityTypes.get(id);

/** The page's people's mentions as [text, entity names] in document order, as the annotator settles them. */
function readPage(...paragraphs: string[]): [string, string][] {
  const nameOf = (id: string) =>
    candidatesOf(id)
      .map((each) => PEOPLE.find((p) => p.id === each)?.name ?? (each === 'place:weizman' ? 'the town' : each))
      .join(' or ');
  const found = paragraphs.flatMap((text) =>
    findMentions(matcher, text, { otherPeople: true })
      .filter((m) => m.entityId === OTHER_PERSON_ID || typeOf(m.entityId) === 'person' || m.alternatives)
      .map((m) => ({
        foundId: m.entityId,
        words: nameWords(text.slice(m.start, m.end)),
        alternatives: m.alternatives,
        text: text.slice(m.start, m.end),
      })),
  );
  const meant = resolveNamesOnPage(found);
  return found.flatMap((name, i) => (meant[i] ? [[name.text, nameOf(meant[i]!)] as [string, string]] : []));
}

describe('resolveNamesOnPage', () => {
  it.each<[string, string[], [string, string][]]>([
    [
      'a short form takes the full name the page used before it',
      ['President Bill Clinton arrived.', 'Clinton said the talks went well.'],
      [
        ['Bill Clinton', 'Bill Clinton'],
        ['Clinton', 'Bill Clinton'],
      ],
    ],
    [
      'the latest full name wins when the page names both',
      ['President Bill Clinton spoke.', 'Clinton said so.', 'Hillary Rodham Clinton replied.', 'Clinton disagreed.'],
      [
        ['Bill Clinton', 'Bill Clinton'],
        ['Clinton', 'Bill Clinton'],
        ['Hillary Rodham Clinton', 'Hillary Rodham Clinton'],
        ['Clinton', 'Hillary Rodham Clinton'],
      ],
    ],
    [
      'with no clue on the page it stays ambiguous, naming every candidate',
      ['Clinton said the talks went well.'],
      [['Clinton', 'Bill Clinton or Hillary Rodham Clinton']],
    ],
    [
      'a place\u2019s name that is also a person\u2019s short form means the place without a clue',
      ['Weizman said no.'],
      [['Weizman', 'the town']],
    ],
    [
      '… and the person once the page named them in full',
      ['President Ezer Weizman arrived.', 'Weizman said no.'],
      [
        ['Ezer Weizman', 'Ezer Weizman'],
        ['Weizman', 'Ezer Weizman'],
      ],
    ],
    [
      'a short form left out where it opens a sentence (an everyday word) still means the person later on',
      ['Smith said no.', 'Then Smith left.'],
      [['Smith', 'Patricia Smith']],
    ],
    [
      'a short form is nobody known after the page named someone else by it',
      ['The painter Pamela Colman Smith drew the cards.', 'Stieglitz gave Smith her own show.'],
      [],
    ],
    [
      'a known full name after the other one takes the short form back',
      ['Pamela Colman Smith drew.', 'Patricia Smith wrote.', 'Then Smith left.'],
      [
        ['Patricia Smith', 'Patricia Smith'],
        ['Smith', 'Patricia Smith'],
      ],
    ],
    [
      "a headline's short form before any full name takes the first full name the page gives later",
      ['Clinton to visit Bosnia.', 'President Bill Clinton will fly on Friday.'],
      [
        ['Clinton', 'Bill Clinton'],
        ['Bill Clinton', 'Bill Clinton'],
      ],
    ],
    [
      "… and a place's name that is also their short form, the person named later",
      ['Weizman in Cairo.', 'President Ezer Weizman arrived on Monday.'],
      [
        ['Weizman', 'Ezer Weizman'],
        ['Ezer Weizman', 'Ezer Weizman'],
      ],
    ],
    [
      '… but nobody known when the page later names someone else by it',
      ['Smith wins the prize.', 'The painter Pamela Colman Smith drew the cards.'],
      [],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(readPage(...paragraphs)).toEqual(expected);
  });
});

describe('ordinary words as names', () => {
  const org: Entity = {
    id: 'organization:security',
    name: 'Security',
    type: 'organization',
    aliases: [],
    sourceIds: [],
  };
  const china: Entity = { id: 'place:china', name: 'China', type: 'place', aliases: [], sourceIds: [] };
  // As the background saves it: "china" is an everyday word, but China a known place, so not on the list.
  const withWords = compileMatcher([org, china], { ordinaryWords: new Set(['security']) });
  const found = (text: string) => findMentions(withWords, text).map((m) => text.slice(m.start, m.end));

  it.each([
    ['The vote on Security passed.', ['Security']],
    ['Security was tight.', []],
    ['NATIONAL SECURITY NEWS', []],
    ['the security of the state', []],
    ['A vote in the Security Council today.', []],
    ['Privacy and National Security matter.', []],
    ['The vote, Security said, passed.', ['Security']],
    ['China said no; the talks in China failed.', ['China', 'China']],
    ['CHINA AND JAPAN', ['CHINA']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a person's one-word name on a page", () => {
  const people: Entity[] = [
    { ...person('Patricia Smith', ['Smith']) },
    { ...person('Dennis Ross', ['Ross']) },
    { ...person('Xi Jinping', ['Xi']) },
  ];
  const us: Entity = {
    id: 'place:united-states',
    name: 'United States',
    type: 'place',
    aliases: ['US'],
    sourceIds: [],
  };
  const names = compileMatcher([...people, us], { ordinaryWords: new Set(['us']) });
  const found = (text: string) => findMentions(names, text).map((m) => text.slice(m.start, m.end));

  it.each([
    ['The deal was done, Smith said.', ['Smith']],
    ['The painter Pamela Colman Smith drew the cards.', []],
    ['Ross Douthat wrote a column.', []],
    ['President Xi and Mr. Smith met.', ['Xi', 'Smith']],
    ["China's Xi spoke first.", ['Xi']],
    ['Yesterday Ross said no.', ['Ross']],
    ['He flew to Chicago. Ross met him there.', ['Ross']],
    ['John F. Smith and Pamela C. Smith', []],
    ['US gun laws; the US state of Louisiana', ['US', 'US']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
