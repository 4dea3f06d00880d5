import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../lib/knowledge/schema';
import { isIsoDay, validateKnowledgeBase } from '../../../lib/knowledge/validate';
import { articleKnowledge, copy } from './fixtures';

type Corruption = (kb: KnowledgeBase & Record<string, unknown>) => void;
const any = (value: unknown) => value as never;

describe('validateKnowledgeBase', () => {
  it('accepts a good knowledge base and keeps its content', () => {
    const good = articleKnowledge('a');
    const result = validateKnowledgeBase(good);
    expect(result).toEqual({ ok: true, value: good });
  });

  it('keeps extra fields and sorts facts best first', () => {
    const kb = { ...articleKnowledge('a'), extra: 'kept' };
    kb.facts.reverse();
    const result = validateKnowledgeBase(kb);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.facts.map((fact) => fact.score)).toEqual([2, 1]);
    expect((result.value as unknown as { extra: string }).extra).toBe('kept');
  });

  it.each<[string, Corruption, string]>([
    ['a list missing', (kb) => delete (kb as Partial<KnowledgeBase>).quotes, 'quotes is not a list: missing'],
    ['a source that is not an object', (kb) => kb.sources.push(any('x')), 'sources[1] is not an object: "x"'],
    ['an empty id', (kb) => (kb.entities[1]!.id = ''), 'entities[1].id is not a non-empty string: ""'],
    [
      'a repeated id',
      (kb) => (kb.entities[1]!.id = 'person:antony-blinken'),
      'entities[1].id "person:antony-blinken" repeats entities[0].id',
    ],
    [
      'a date in another format',
      (kb) => (kb.sources[0]!.date = '05/03/2024'),
      'sources[0].date is not a yyyy-mm-dd date or null: "05/03/2024"',
    ],
    [
      'an impossible date',
      (kb) => (kb.sources[0]!.date = '2024-02-30'),
      'sources[0].date is not a yyyy-mm-dd date or null: "2024-02-30"',
    ],
    [
      'builtIn missing',
      (kb) => delete (kb.sources[0] as Partial<KnowledgeBase['sources'][0]>).builtIn,
      'sources[0].builtIn is not true or false: missing',
    ],
    ['a title that is a number', (kb) => (kb.sources[0]!.title = any(7)), 'sources[0].title is not a string: 7'],
    [
      'an unknown entity type',
      (kb) => (kb.entities[0]!.type = any('animal')),
      'entities[0].type is not person, place or organization: "animal"',
    ],
    [
      'aliases with a number',
      (kb) => (kb.entities[0]!.aliases = any(['Blinken', 3])),
      'entities[0].aliases is not a list of strings',
    ],
    [
      'an entity from no known source',
      (kb) => (kb.entities[1]!.sourceIds = ['source:zz']),
      'entities[1].sourceIds[0] points at no source: "source:zz"',
    ],
    [
      'a quote by no known entity',
      (kb) => (kb.quotes[0]!.speakerId = 'person:nobody'),
      'quotes[0].speakerId points at no entity: "person:nobody"',
    ],
    [
      'a quote from no known source',
      (kb) => (kb.quotes[0]!.sourceId = 'source:zz'),
      'quotes[0].sourceId points at no source',
    ],
    [
      'a fact about no known entity',
      (kb) => kb.facts[0]!.entityIds.push('org:ghost'),
      'facts[0].entityIds[2] points at no entity: "org:ghost"',
    ],
    [
      'a score that is not a number',
      (kb) => (kb.facts[1]!.score = any('high')),
      'facts[1].score is not a finite number: "high"',
    ],
    [
      'a role from no known source',
      (kb) => (kb.entities[0]!.roles = [{ sourceId: 'source:zz', description: 'x', date: null }]),
      'entities[0].roles[0].sourceId points at no source',
    ],
    [
      'a role with a bad date',
      (kb) => (kb.entities[0]!.roles = [{ sourceId: 'source:a', description: 'x', date: '2024' }]),
      'entities[0].roles[0].date is not a yyyy-mm-dd date or null',
    ],
  ])('refuses %s, saying where', (_label, corrupt, reason) => {
    const kb = copy(articleKnowledge('a')) as KnowledgeBase & Record<string, unknown>;
    corrupt(kb);
    const result = validateKnowledgeBase(kb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('accepts a quote with no known speaker', () => {
    const kb = copy(articleKnowledge('a'));
    kb.quotes[0]!.speakerId = null;
    expect(validateKnowledgeBase(kb).ok).toBe(true);
  });

  it('lists the first problems and counts the rest', () => {
    const kb = copy(articleKnowledge('a'));
    for (const fact of kb.facts) fact.sourceId = 'source:zz';
    kb.quotes[0]!.sourceId = 'source:zz';
    kb.entities[0]!.sourceIds = ['source:zz'];
    const result = validateKnowledgeBase(kb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/; and 1 more problem$/);
  });

  it.each([
    ['2024-03-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-3-5', false],
    [null, false],
  ])('isIsoDay(%j) is %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});
