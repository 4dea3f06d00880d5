import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/index';

const entitiesOf = (text: string) =>
  extractArticle({ text }).entities.map(
    (e) => `${e.type}:${e.name}${e.aliases.length ? ` [${e.aliases.join(', ')}]` : ''}`,
  );

describe('a canonical name has no nationality, job or sports word before it', () => {
  it.each([
    [
      'Spaniard Conchita Martinez beat American Todd Martin on Monday.',
      ['person:Conchita Martinez', 'person:Todd Martin'],
    ],
    [
      'Unseeded Patrick Rafter lost, and Reliever Mark Acre pitched two innings, officials said.',
      ['person:Patrick Rafter', 'person:Mark Acre'],
    ],
    [
      "Canada's Foreign Affairs Lloyd Axworthy met South African Amanda Coetzer in Ottawa.",
      ['place:Canada', 'person:Lloyd Axworthy', 'person:Amanda Coetzer', 'place:Ottawa'],
    ],
    ['Viewers watched the Jerry Lewis Labour Day telethon on Monday.', ['person:Jerry Lewis']],
    [
      'Linford Christie of Britain won, and Huber of Germany was second.',
      ['person:Linford Christie', 'place:United Kingdom [Britain]', 'person:Huber', 'place:Germany'],
    ],
  ])('%s', (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe('words that never become entities or aliases', () => {
  it('headline words in capitals', () => {
    expect(
      entitiesOf('OFFICIALS SAY NO FOR NOW\n\nThe officials met on Monday in Paris and talked for hours.'),
    ).toEqual(['place:Paris']);
  });

  it('contractions and bare initials', () => {
    expect(entitiesOf('“I’m not going,” she said. I’m sure, said S. Jones, and S. agreed.')).toEqual([
      'person:S. Jones',
    ]);
  });

  it('an everyday word seen only at sentence starts is no alias', () => {
    const kb = extractArticle({ text: 'Mayor Frank Bush spoke on Monday. Bush was new, he said.' });
    expect(kb.entities.find((e) => e.name === 'Frank Bush')?.aliases).toEqual([]);
  });
});

describe('a short form belongs to the full name the article used', () => {
  it('one Clinton: "Clinton" is his', () => {
    expect(entitiesOf('Bill Clinton arrived in Chicago on Monday. Clinton said the trip went well.')).toEqual([
      'person:Bill Clinton [Clinton]',
      'place:Chicago',
    ]);
  });

  it('Bill and Hillary Clinton: a bare "Clinton" is neither’s', () => {
    expect(
      entitiesOf('Bill Clinton and Hillary Clinton arrived in Chicago on Monday. Clinton said the trip went well.'),
    ).toEqual(['person:Bill Clinton', 'person:Hillary Clinton', 'place:Chicago']);
  });

  it('a short form the article used before the second full name stays with the first', () => {
    expect(
      entitiesOf(
        'Hori Tane buried the whales. Tane, 74, was called out. His son, Wiremu Tane, helped. “Go,” Tane said.',
      ),
    ).toEqual(['person:Hori Tane [Tane]', 'person:Wiremu Tane']);
  });
});

describe('names with small words, ordinals, apostrophes and clipped forms', () => {
  it.each([
    [
      'Officials in Dar es Salaam said the talks in Rio de Janeiro would resume.',
      ['place:Dar es Salaam', 'place:Rio de Janeiro'],
    ],
    [
      "The 10th Circuit Court of Appeals ruled on Monday, and the International Transport Workers' Federation objected.",
      ['organization:10th Circuit Court of Appeals', "organization:International Transport Workers' Federation"],
    ],
    [
      'The Federal Reserve raised rates on Monday, and the Fed said more could come.',
      ['organization:Federal Reserve [Fed]'],
    ],
    [
      "Sharif renewed a pledge to oust the Pakistan People's Party government of Benazir Bhutto, officials said.",
      ["organization:Pakistan People's Party", 'person:Benazir Bhutto'],
    ],
    ['The language was introduced by Sun Microsystems in mid-1995, analysts said.', ['organization:Sun Microsystems']],
  ])('%s', (text, expected) => {
    expect(entitiesOf(text).filter((e) => !e.endsWith(':Sharif'))).toEqual(expected);
  });
});
