import { describe, expect, it } from 'vitest';
import {
  factsAbout,
  mentionsName,
  mentionsOnPageText,
  quotesAbout,
  relatedEntities,
  reportedRoles,
} from '../../../components/card/card-data';
import type { Entity } from '../../../lib/knowledge/schema';
import { BEIJING, BLINKEN, KNOWLEDGE, SOURCE, WANG, XI } from './card-fixture';

describe('mentionsName', () => {
  it.each([
    ['Blinken said so.', ['Blinken'], true],
    ['"Progress," Blinken\'s aide said.', ['Blinken'], true],
    ['The Blinkens arrived.', ['Blinken'], false],
    ['He wanted more.', ['Wang'], false],
    ['Talks with the U.S. resumed.', ['U.S.'], true],
    ['Talks with the US resumed.', ['U.S.'], false],
    ['nobody named', ['', '  '], false],
    ['Zürich-based Xi', ['Xi'], true],
  ])('%s contains one of %j → %s', (text, names, expected) => {
    expect(mentionsName(text, names)).toBe(expected);
  });
});

describe('mentionsOnPageText', () => {
  it.each([
    [0, 'Not mentioned on this page'],
    [1, 'Mentioned once on this page'],
    [7, 'Mentioned 7 times on this page'],
  ])('%i → %s', (count, expected) => {
    expect(mentionsOnPageText(count)).toBe(expected);
  });
});

describe('reportedRoles', () => {
  const later = { id: 'source:later', title: 'A later report', date: '2024-02-01', builtIn: false };
  const withRoles: Entity = {
    ...BLINKEN,
    sourceIds: [SOURCE.id, later.id],
    roles: [
      { sourceId: SOURCE.id, description: 'U.S. Secretary of State', date: '2023-06-19' },
      { sourceId: later.id, description: 'former diplomat', date: '2024-02-01' },
    ],
  };
  it.each([
    [
      'description with its source',
      BLINKEN,
      [{ description: 'U.S. Secretary of State', reported: 'as reported on 19 June 2023', sourceTitle: SOURCE.title }],
    ],
    [
      'each role with its own date, newest first',
      withRoles,
      [
        { description: 'former diplomat', reported: 'as reported on 1 February 2024', sourceTitle: 'A later report' },
        { description: 'U.S. Secretary of State', reported: 'as reported on 19 June 2023', sourceTitle: SOURCE.title },
      ],
    ],
    [
      'no role and an unknown source still says it is undated',
      { ...BEIJING, sourceIds: ['source:gone'] },
      [{ description: null, reported: 'as reported (date unknown)', sourceTitle: null }],
    ],
  ])('%s', (_name, entity, expected) => {
    expect(reportedRoles(entity, { ...KNOWLEDGE, sources: [SOURCE, later] })).toEqual(expected);
  });
});

describe('card selections', () => {
  it.each([
    [BLINKEN, ['fact:1', 'fact:2', 'fact:3', 'fact:4', 'fact:5']],
    [WANG, ['fact:3', 'fact:6']],
    [BEIJING, ['fact:1']],
  ])('facts about $name, best first', (entity, expected) => {
    const shuffled = { ...KNOWLEDGE, facts: [...KNOWLEDGE.facts].reverse() };
    expect(factsAbout(entity, shuffled).map((fact) => fact.id)).toEqual(expected);
  });

  it.each([
    [BLINKEN, ['quote:blinken-1', 'quote:blinken-2', 'quote:xi', 'quote:anon']],
    [XI, ['quote:xi']],
    [WANG, ['quote:wang']],
    [BEIJING, []],
  ])('quotes about $name: own first, then naming it', (entity, expected) => {
    expect(quotesAbout(entity, KNOWLEDGE).map((item) => item.quote.id)).toEqual(expected);
  });

  it.each([
    [BLINKEN, [XI.name, BEIJING.name, WANG.name]],
    [WANG, [BLINKEN.name]],
    [{ ...BLINKEN, id: 'person:nobody' }, []],
  ])('entities related to $name, most shared facts first', (entity, expected) => {
    expect(relatedEntities(entity, KNOWLEDGE).map((other) => other.name)).toEqual(expected);
  });
});
