import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const namesOf = (text: string) => extractArticle({ text }).entities.map((entity) => `${entity.type}:${entity.name}`);

describe('organisations: what makes a name a body, and where a body name starts and ends', () => {
  it.each([
    [
      'an acronym spelt out in lower-case words is a term of the trade, not a body',
      'Mayor Helena Marsh said the cash reserve ratio (CRR) would fall and two 220 kilovolt (KV) lines would close. The CRR stays.',
      ['person:Helena Marsh'],
    ],
    [
      "a paper's title is a body, even in everyday words: before 'newspaper', or after a capital 'The' mid-sentence",
      'The Statesman newspaper quoted Mayor Helena Marsh, who also spoke to Lantern magazine and told The Beacon. The cricket was at The Oval.',
      ['organization:Statesman', 'person:Helena Marsh', 'organization:Lantern', 'organization:Beacon'],
    ],
    [
      'a capital "The" after "and" opens a second name',
      'Mayor Helena Marsh wrote for The Courier and The Times.',
      ['person:Helena Marsh', 'organization:Courier', 'organization:Times'],
    ],
    [
      'the marks of a list item open a sentence: the word after them is as weak as a sentence start',
      'Mayor Helena Marsh named the bidders.\n\n- Two investors sued on Monday.\n\n** Privately-owned firms gained.',
      ['person:Helena Marsh'],
    ],
    [
      'an everyday noun opening a sentence before a name is a lead-in, not part of the name',
      'Rebels of the Kestrel Liberation Front agreed a truce. Mayor Helena Marsh said so. Conglomerate Varrexa lost 2 percent.',
      ['organization:Kestrel Liberation Front', 'person:Helena Marsh', 'organization:Varrexa'],
    ],
    [
      "partners' names listed with commas up to the firm's legal form are one firm",
      'Mayor Helena Marsh hired Tarrow, Kesting and Co. and Pellor, Dwane Matts, Inc. to advise on the bonds.',
      ['person:Helena Marsh', 'organization:Tarrow, Kesting and Co.', 'organization:Pellor, Dwane Matts, Inc.'],
    ],
    [
      "'in' and a place go on a body's name only after its own 'for' or 'of', not after a person's 'of'",
      'Helena Marsh of the Kestrel Marine Laboratories in California met the Organisation for Security and Cooperation in Europe.',
      [
        'person:Helena Marsh',
        'organization:Kestrel Marine Laboratories',
        'place:California',
        'organization:Organisation for Security and Cooperation in Europe',
      ],
    ],
    [
      "someone's body named with its own 'of' or 'for' is not a venue named after them",
      "Mayor Helena Marsh said Tarvo's Party of Social Renewal dismissed the demand. In the study at the University's Institute for Gene Therapy, mice were cured.",
      [
        'person:Helena Marsh',
        'person:Tarvo',
        'organization:Party of Social Renewal',
        'organization:Institute for Gene Therapy',
      ],
    ],
    [
      "words in brackets before a legal form are inside a company's name",
      'Mayor Helena Marsh said Kestrel Petroleum (North America) Ltd and Tarvo Investment (pvt) Ltd would bid.',
      [
        'person:Helena Marsh',
        'organization:Kestrel Petroleum (North America) Ltd',
        'organization:Tarvo Investment (pvt) Ltd',
      ],
    ],
    [
      "a title after a body's head word, or an aircraft after an airline's, is no part of the body's name",
      'Kestrel Products Co Chairman and Chief Executive Helena Marsh flew on the Tarvo Airways Tupolev.',
      ['organization:Kestrel Products Co', 'person:Helena Marsh', 'organization:Tarvo Airways'],
    ],
    [
      'a faith or party word before an acronym is no part of the body it describes',
      'The Socialist KLMT union warned of strikes, Mayor Helena Marsh said.',
      ['organization:KLMT', 'person:Helena Marsh'],
    ],
    [
      'an everyday plural opening a sentence is no company, whatever verb follows it',
      'Dealers reported 355 trades on Monday. Figures released by Mayor Helena Marsh showed a rise.',
      ['person:Helena Marsh'],
    ],
    [
      "a nationality and one generic word before 'and' are no body of their own; a navy is",
      'The British Securities and Investments Board and the Irish Navy and Air Corps briefed Mayor Helena Marsh.',
      [
        'organization:British Securities and Investments Board',
        'organization:Irish Navy',
        'organization:Air Corps',
        'person:Helena Marsh',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(namesOf(text).sort()).toEqual([...expected].sort());
  });
});
