import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const namesOf = (text: string) => extractArticle({ text }).entities.map((entity) => `${entity.type}:${entity.name}`);

describe("people's names: where they start and end, and what they are", () => {
  it.each([
    [
      'a given name ending in "-ian" is no job word before a name',
      'The studio said director Brian De Lorca would have first crack at the sequel.',
      ['person:Brian De Lorca'],
    ],
    [
      'everyday words after a title that is also an adjective name a thing, not a titled person',
      'Shares of General Electric rose. The General Consumer Price Index and the Producer Prices Index rose, said Gen. Hal Brenner.',
      ['organization:General Electric', 'person:Hal Brenner'],
    ],
    [
      'a person "of" a country keeps apart from it, the country possessive or opened by "The"',
      "Princess Clara of Liechtenstein's husband was photographed. Queen Marta of The Netherlands spoke.",
      ['person:Clara', 'place:Liechtenstein', 'person:Marta', 'place:Netherlands'],
    ],
    [
      'a body "of" a titled person: the body and the person apart',
      'The right-wing Freedom Front of General Pieter Valjoen left many unsatisfied.',
      ['organization:Freedom Front', 'person:Pieter Valjoen'],
    ],
    [
      'an everyday word opening a run before two name words is no part of the name',
      'He met Minister of Trade and Industry Tungsu Ariwanto on Monday.\n\nOpposition Bakri Harun scored high in the poll.',
      ['person:Tungsu Ariwanto', 'person:Bakri Harun'],
    ],
    [
      "a plural common noun ends a team's or a firm's name, not a person's",
      'Rodell Oduya had two homers for the Tacoma Mariners, who have dropped three in a row. The Mariners beat the Fresno Tigers. Investors sued Corrib Asset Managers.',
      [
        'person:Rodell Oduya',
        'organization:Tacoma Mariners',
        'organization:Fresno Tigers',
        'organization:Corrib Asset Managers',
      ],
    ],
    [
      'a name after a press noun is the paper or the agency, even a given name',
      'The state news agency Petra said talks would resume. The journal Nature said the herd was sick.',
      ['organization:Petra', 'organization:Nature'],
    ],
    [
      'a family name is the person named in full with its particle ("al-"), even before a body noun',
      'Critics said they would not deal with the current regime or the Rubaki front. Hassan al-Rubaki is the leader of the National Front.',
      ['person:Hassan al-Rubaki', 'organization:National Front'],
    ],
    [
      '"against" a word of a titled person\'s name is no match against a team',
      'Prime Minister Sompong Thaweesak proposed a date. The opposition motion against Sompong accuses him of incompetence. Sompong has denied the accusations.',
      ['person:Sompong Thaweesak'],
    ],
    [
      "a lowercase noun for one person right before a single name makes it someone; a body's role or a compound does not",
      "The commander's spokesman Amrullo said the talks went well. The club signed midfielder Tavelo. Its partner Minvarco got a permit. A three-man Presidency rules.",
      ['person:Amrullo', 'person:Tavelo', 'organization:Minvarco'],
    ],
    [
      "a given name English also has as a word, before a family name English lacks, opens a person's name",
      'Dean Korvath and Guy Whittal were injured. Christian Zoberg scored twice.',
      ['person:Dean Korvath', 'person:Guy Whittal', 'person:Christian Zoberg'],
    ],
    [
      'a capital "An" inside a sentence is a name, an article only where a clause opens',
      'Police searched for An Verlaet, 19, who went missing in May. A Con Edison spokesman said power was back.',
      ['person:An Verlaet', 'organization:Con Edison'],
    ],
    [
      'a generation after a name ends it, with the everyday words before it',
      'Police said a neighbour, Marcus Dale White II, 19, was arrested.',
      ['person:Marcus Dale White II'],
    ],
    [
      '"PT" opening a name is an Indonesian company\'s legal form, not a clock\'s Pacific Time',
      'Department store operator PT Sentosa Jaya Abadi said on Tuesday that profit fell.',
      ['organization:PT Sentosa Jaya Abadi'],
    ],
  ])('%s', (_, text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});
