/** Two people who share a short form, one reported on many times: the summary and ambiguous card tests' data. */
import type { Entity, Fact, KnowledgeBase, Quote, ReportedRole, Source } from '../../../lib/knowledge/schema';

/** Twelve reports on the president, August to December 1996 (two of them write "the president"). */
const BILL_DAYS = [
  '1996-08-05',
  '1996-08-22',
  '1996-09-03',
  '1996-09-19',
  '1996-10-01',
  '1996-10-15',
  '1996-10-29',
  '1996-11-06',
  '1996-11-20',
  '1996-12-02',
  '1996-12-10',
  '1996-12-18',
];
const HILLARY_DAYS = ['1996-09-10', '1996-10-08', '1996-11-12'];

const source = (id: string, date: string): Source => ({ id, title: `Report ${id}`, date, builtIn: false });
export const BILL_SOURCES = BILL_DAYS.map((date, i) => source(`source:bill-${i}`, date));
export const HILLARY_SOURCES = HILLARY_DAYS.map((date, i) => source(`source:hillary-${i}`, date));

const roles = (sources: Source[], role: (i: number) => string): ReportedRole[] =>
  sources.map((s, i) => ({ sourceId: s.id, description: role(i), date: s.date }));

export const BILL: Entity = {
  id: 'person:bill-clinton',
  name: 'Bill Clinton',
  type: 'person',
  aliases: ['Clinton'],
  description: 'President',
  roles: roles(BILL_SOURCES, (i) => (i % 5 === 4 ? 'the president' : 'President')),
  sourceIds: BILL_SOURCES.map((s) => s.id),
};
export const HILLARY: Entity = {
  id: 'person:hillary-rodham-clinton',
  name: 'Hillary Rodham Clinton',
  type: 'person',
  aliases: ['Clinton'],
  description: 'the first lady',
  roles: roles(HILLARY_SOURCES, () => 'the first lady'),
  sourceIds: HILLARY_SOURCES.map((s) => s.id),
};

/** One fact per report, the older reports scoring higher: newest first must beat best first. */
const facts = (entity: Entity, sources: Source[]): Fact[] =>
  sources.map((s, i) => ({
    id: `fact:${s.id}`,
    text: `${entity.name} fact from ${s.date}.`,
    entityIds: [entity.id],
    sourceId: s.id,
    score: sources.length - i,
  }));
const quotes = (entity: Entity, sources: Source[]): Quote[] =>
  sources.map((s) => ({
    id: `quote:${s.id}`,
    text: `Words of ${s.date}`,
    speakerId: entity.id,
    sourceId: s.id,
    sentence: `"Words of ${s.date}," Clinton said.`,
  }));

export const BILL_KNOWLEDGE: KnowledgeBase = {
  sources: BILL_SOURCES,
  entities: [BILL],
  facts: facts(BILL, BILL_SOURCES),
  quotes: quotes(BILL, BILL_SOURCES),
};
export const HILLARY_KNOWLEDGE: KnowledgeBase = {
  sources: HILLARY_SOURCES,
  entities: [HILLARY],
  facts: facts(HILLARY, HILLARY_SOURCES),
  quotes: quotes(HILLARY, HILLARY_SOURCES),
};
