import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/index';

const entitiesOf = (text: string) => extractArticle({ text }).entities.map((e) => `${e.type}:${e.name}`);

describe('wire datelines', () => {
  it('a place in capitals on its own line with the date', () => {
    expect(entitiesOf('Talks stall.\n\nBONN 1996-08-22\n\nThe ministry said on Thursday talks had stalled.')).toEqual([
      'place:Bonn',
    ]);
  });

  it('with its country after a comma', () => {
    expect(entitiesOf('Rebel held.\n\nPARAMARIBO, Surinam 1996-08-21\n\nPolice said he was held.')).toContain(
      'place:Paramaribo',
    );
  });
});

describe('results pages', () => {
  it('a line of names is read, not skipped as a Title Case headline', () => {
    expect(entitiesOf('Results of the draw:\n\nPete Sampras (U.S.) vs. Adrian Voinea (Romania)')).toEqual([
      'person:Pete Sampras',
      'place:United States',
      'person:Adrian Voinea',
      'place:Romania',
    ]);
  });

  it('towns with scores are teams; a country is the national side', () => {
    expect(entitiesOf('Results on Saturday:\n\nLeicester 0 Arsenal 2\n\nItaly 1 Bolton 1')).toEqual([
      'organization:Leicester',
      'organization:Arsenal',
      'place:Italy',
      'organization:Bolton',
    ]);
  });

  it("towns in a market's price table are towns", () => {
    const text = 'Soy prices in rupees per tonne:\n\nUjjain 8 Yellow 12,750-12,900\n\nRatlam 10 Yellow 12,600-12,750';
    expect(entitiesOf(text)).toEqual(['place:Ujjain', 'place:Ratlam']);
  });

  it('towns in a table of figures and how they moved are towns', () => {
    const text = 'Air cargo handled at airports, in tonnes:\n\nDresden 792 up 11.4\n\nKlenzburg 626 down 28.3';
    expect(entitiesOf(text)).toEqual(['place:Dresden', 'place:Klenzburg']);
  });

  it("a charge 'against' someone named in full is no team's result", () => {
    const text =
      'Police said the kidnapper Marc Vellard hid the children. Charges were brought against Vellard in 1995.';
    const [entity] = extractArticle({ text }).entities;
    expect([entity.type, entity.name, entity.aliases]).toEqual(['person', 'Marc Vellard', ['Vellard']]);
  });

  it('a town that is also a given name is its team in a table', () => {
    const text = 'Standings after the weekend matches.\n\nAdelaide 21 8 0 13 2158 2183 98.9 32\n\nChelsea 2 Bradford 1';
    expect(entitiesOf(text)).toEqual(['organization:Adelaide', 'organization:Chelsea', 'organization:Bradford']);
  });

  it('a competitor with the country they stand for in brackets is a person', () => {
    const text = "Leading results in the women's singles:\n\nTarvo Date (Japan) beat Zelvi Kamio (Japan) 6-4 6-2";
    expect(entitiesOf(text)).toEqual(['person:Tarvo Date', 'place:Japan', 'person:Zelvi Kamio']);
  });

  it('a town someone visited is the town, not its team', () => {
    expect(
      entitiesOf('Talks stall.\n\nCOLOMBO 1996-08-23\n\nColombo has said it will act. He visited Colombo.'),
    ).toEqual(['place:Colombo']);
  });

  it('a scorer with the minute of the goal is a player', () => {
    expect(entitiesOf('Results on Saturday:\n\nGrozport 1 (Lubarskij 50th) Valkovo 0')).toContain('person:Lubarskij');
  });

  it('a country in brackets is where a rider is from, not a nickname', () => {
    expect(entitiesOf('Leading results:\n\n1. Giovanni Lombardi (Italy) Polti 2 hours')).toEqual([
      'person:Giovanni Lombardi',
      'place:Italy',
      'organization:Polti',
    ]);
  });

  it('a bare acronym seen only in a table is a column label', () => {
    expect(entitiesOf('Terms of the issue follow.\n\nDTD 100 MLN COUPON 6.5\n\nCUSIP 12345 FOB 7')).toEqual([]);
  });
});

describe('U.S. towns and their states', () => {
  it.each([
    [
      'an undated dateline with its state abbreviation',
      'Plant to close.\n\nPORT ELLERY, Ala.\n\nThe mill will close, the company said.',
      ['place:Port Ellery', 'place:Ala'],
    ],
    [
      "a state's abbreviation after a town and a comma, even an everyday word",
      'The bridge in Pontiac, Mich., and the mill in Joplin, Mo., will close.',
      ['place:Pontiac', 'place:Mich', 'place:Joplin', 'place:Mo'],
    ],
    [
      'a dotted state abbreviation in a dateline',
      'Casino robbed.\n\nATLANTIC CITY, N.J. 1996-08-29\n\nPolice said on Thursday.',
      ['place:Atlantic City', 'place:N.J.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});
