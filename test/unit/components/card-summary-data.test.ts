import { describe, expect, it } from 'vitest';
import {
  ambiguousTitle,
  candidateDetail,
  shortFormOf,
  summarizeCandidates,
} from '../../../components/card/ambiguous-data';
import { factsAbout, quotesAbout, roleRows } from '../../../components/card/card-data';
import { dateSpan, groupRoles, roleKey, roleLabel } from '../../../components/card/role-groups';
import type { Entity, ReportedRole } from '../../../lib/knowledge/schema';
import { BLINKEN, KNOWLEDGE } from './card-fixture';
import { BILL, BILL_KNOWLEDGE, HILLARY, HILLARY_KNOWLEDGE } from './many-reports-fixture';

describe('roleKey and roleLabel: one role however it is written', () => {
  it.each([
    ['the prime minister', 'prime minister', 'Prime minister'],
    ['Prime Minister', 'prime minister', 'Prime Minister'],
    ['  The   Prime  Minister ', 'prime minister', 'Prime Minister'],
    ['a spokesman', 'spokesman', 'Spokesman'],
    ['an envoy', 'envoy', 'Envoy'],
    ['theatre director', 'theatre director', 'Theatre director'],
    ['U.S. Secretary of State', 'u.s. secretary of state', 'U.S. Secretary of State'],
  ])('%j → key %j, label %j', (description, key, label) => {
    expect(roleKey(description)).toBe(key);
    expect(roleLabel(description)).toBe(label);
  });
});

describe('dateSpan', () => {
  it.each([
    [[], null],
    [[null, 'not a date'], null],
    [['1996-08-05'], '5 Aug 1996'],
    [['1996-08-05', '1996-08-05'], '5 Aug 1996'],
    [['1996-08-05', '1996-08-30'], 'Aug 1996'],
    [['1996-12-18', '1996-08-05', null, '1996-10-01'], 'Aug–Dec 1996'],
    [['1996-12-18', '1997-02-01'], 'Dec 1996–Feb 1997'],
  ])('%j → %j', (dates, expected) => {
    expect(dateSpan(dates)).toBe(expected);
  });
});

const role = (description: string, date: string | null, sourceId = `s-${date}`): ReportedRole => ({
  sourceId,
  description,
  date,
});

describe('groupRoles', () => {
  it.each([
    ['no roles', [], []],
    [
      'one role in several spellings is one group, in the spelling most used',
      [
        role('the prime minister', '1996-08-01'),
        role('Prime minister', '1996-09-01'),
        role('prime minister', '1996-10-01'),
        role('Prime minister', '1996-11-01'),
      ],
      [{ description: 'Prime minister', reports: 4, newest: '1996-11-01' }],
    ],
    [
      'a tie between spellings goes to the newest',
      [role('Foreign Minister', '1996-08-01'), role('the foreign minister', '1996-09-01')],
      [{ description: 'Foreign minister', reports: 2, newest: '1996-09-01' }],
    ],
    [
      'distinct roles, the most recently reported first',
      [
        role('governor', '1990-01-01'),
        role('President', '1996-12-01'),
        role('Governor', '1991-01-01'),
        role('president', '1995-01-01'),
      ],
      [
        { description: 'President', reports: 2, newest: '1996-12-01' },
        { description: 'Governor', reports: 2, newest: '1991-01-01' },
      ],
    ],
    [
      'undated reports come after dated ones',
      [role('adviser', null), role('minister', '2001-01-01')],
      [
        { description: 'Minister', reports: 1, newest: '2001-01-01' },
        { description: 'Adviser', reports: 1, newest: null },
      ],
    ],
  ])('%s', (_name, roles, expected) => {
    const groups = groupRoles({ roles }).map((g) => ({
      description: g.description,
      reports: g.roles.length,
      newest: g.newest,
    }));
    expect(groups).toEqual(expected);
  });
});

describe('roleRows', () => {
  const entity = (roles: ReportedRole[]): Entity => ({ ...BLINKEN, roles });
  it.each([
    [
      'twelve reports of one role: one summary row',
      BILL,
      BILL_KNOWLEDGE,
      [{ kind: 'summary', description: 'President', summary: '12 reports, Aug–Dec 1996' }],
    ],
    [
      'a role one report gave keeps its day and source, as with one source',
      entity([role('President', '1996-08-05', 'source:bill-0')]),
      BILL_KNOWLEDGE,
      [
        {
          kind: 'report',
          description: 'President',
          reported: 'as reported on 5 August 1996',
          sourceTitle: 'Report source:bill-0',
        },
      ],
    ],
    [
      'a newer single report above an older summary',
      entity([
        role('senator', '2001-01-03', 'x'),
        role('first lady', '1996-08-01', 'a'),
        role('First Lady', '1996-09-01', 'b'),
      ]),
      BILL_KNOWLEDGE,
      [
        { kind: 'report', description: 'senator', reported: 'as reported on 3 January 2001', sourceTitle: null },
        { kind: 'summary', description: 'First Lady', summary: '2 reports, Aug–Sep 1996' },
      ],
    ],
    [
      'undated reports: the count alone',
      entity([role('envoy', null, 'a'), role('Envoy', null, 'b'), role('the envoy', null, 'c')]),
      BILL_KNOWLEDGE,
      [{ kind: 'summary', description: 'Envoy', summary: '3 reports' }],
    ],
    [
      'no roles at all: the description with its first source, as today',
      BLINKEN,
      KNOWLEDGE,
      [
        {
          kind: 'report',
          description: 'U.S. Secretary of State',
          reported: 'as reported on 19 June 2023',
          sourceTitle: 'Blinken meets Xi in Beijing',
        },
      ],
    ],
  ])('%s', (_name, subject, knowledge, expected) => {
    expect(roleRows(subject, knowledge)).toEqual(expected);
  });
});

describe('facts and quotes of many reports, newest first', () => {
  it('orders facts by their source date before their score', () => {
    expect(factsAbout(BILL, BILL_KNOWLEDGE).map((fact) => fact.text.slice(-11, -1))).toEqual(
      [...BILL_KNOWLEDGE.sources].reverse().map((s) => s.date),
    );
  });

  it('orders quotes by their source date, own quotes first within a source', () => {
    const knowledge = {
      ...BILL_KNOWLEDGE,
      quotes: [
        { id: 'naming', text: 'Clinton spoke', speakerId: null, sourceId: 'source:bill-11', sentence: '' },
        ...BILL_KNOWLEDGE.quotes,
      ],
    };
    expect(
      quotesAbout(BILL, knowledge)
        .map((item) => item.quote.id)
        .slice(0, 3),
    ).toEqual(['quote:source:bill-11', 'naming', 'quote:source:bill-10']);
  });
});

describe('the people a short form may mean', () => {
  const bill = { entity: BILL, knowledge: BILL_KNOWLEDGE };
  const hillary = { entity: HILLARY, knowledge: HILLARY_KNOWLEDGE };
  it.each([
    ['most recent first', [hillary, bill], ['Bill Clinton', 'Hillary Rodham Clinton']],
    [
      'a more recent report wins over more reports',
      [bill, { ...hillary, entity: { ...HILLARY, roles: [...HILLARY.roles!, role('Senator', '2001-01-03', 'sen')] } }],
      ['Hillary Rodham Clinton', 'Bill Clinton'],
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(summarizeCandidates(candidates).map((summary) => summary.name)).toEqual(expected);
  });

  it.each([
    [{ entity: BILL, knowledge: BILL_KNOWLEDGE }, 'President · 12 reports, newest 18 December 1996'],
    [{ entity: HILLARY, knowledge: HILLARY_KNOWLEDGE }, 'First lady · 3 reports, newest 12 November 1996'],
    [
      {
        entity: { ...HILLARY, roles: undefined, description: undefined },
        knowledge: { ...HILLARY_KNOWLEDGE, sources: [] },
      },
      'Person · 3 reports',
    ],
  ])('describes %#: %s', (candidate, expected) => {
    expect(candidateDetail(summarizeCandidates([candidate])[0]!)).toBe(expected);
  });

  it.each([
    ['Clinton', 2, 'Clinton: 2 people'],
    ['Smith', 3, 'Smith: 3 people'],
  ])('titles %s with %i people', (shortForm, count, expected) => {
    expect(ambiguousTitle(shortForm, count)).toBe(expected);
  });

  it.each([
    ['Clinton', 'Clinton'],
    ['CLINTON', 'Clinton'],
    [' Clinton ', 'Clinton'],
    ['Clintons', 'Clintons'],
  ])('spells the page text %j as %j', (pageText, expected) => {
    expect(shortFormOf(pageText, [bill, hillary])).toBe(expected);
  });
});
