import { describe, expect, it } from 'vitest';
import { mergeKnowledge, sameThing } from '../../lib/knowledge/merge';
import type { Entity, KnowledgeBase } from '../../lib/knowledge/schema';

const person = (name: string, sourceId: string, extra: Partial<Entity> = {}): Entity => ({
  id: `person:${name.toLowerCase().replace(/ /g, '-')}`,
  name,
  type: 'person',
  aliases: [],
  sourceIds: [sourceId],
  ...extra,
});

function base(id: string, date: string | null, entities: Entity[], url?: string): KnowledgeBase {
  return {
    sources: [{ id, date, builtIn: false, ...(url ? { url } : {}) }],
    entities,
    quotes: entities.map((e) => ({
      id: `quote:${id}:${e.id}`,
      text: 'Hello',
      speakerId: e.id,
      sourceId: id,
      sentence: '"Hello."',
    })),
    facts: [
      {
        id: `fact:${id}`,
        text: `Fact of ${id}`,
        entityIds: entities.map((e) => e.id),
        sourceId: id,
        score: Number(id.slice(-1)),
      },
    ],
  };
}

describe('sameThing', () => {
  it.each([
    [person('Joe Biden', 'a'), person('Biden', 'b'), true],
    [person('Wang Yi', 'a'), person('Wang', 'b'), true],
    [person('Joe Biden', 'a'), person('Jill Biden', 'b'), false],
    [person('Antony Blinken', 'a', { aliases: ['Blinken'] }), person('Blinken', 'b'), true],
    [{ ...person('Washington', 'a'), type: 'place' as const }, person('Washington', 'b'), false],
    [
      { ...person('United States', 'a'), type: 'place' as const, aliases: ['U.S.'] },
      { ...person('U.S.', 'b'), type: 'place' as const },
      true,
    ],
  ])('%o ~ %o → %s', (a, b, expected) => {
    expect(sameThing(a, b)).toBe(expected);
  });
});

describe('mergeKnowledge', () => {
  const older = base('source:1', '2021-01-20', [person('Biden', 'source:1', { description: 'President-elect' })]);
  const newer = base('source:2', '2023-06-19', [
    person('Joe Biden', 'source:2', { description: 'U.S. President', aliases: ['Biden'] }),
  ]);
  const merged = mergeKnowledge([newer, older]);

  it('makes one entity under the longer full name with every alias and source', () => {
    expect(merged.entities).toHaveLength(1);
    expect(merged.entities[0]).toMatchObject({ id: 'person:joe-biden', name: 'Joe Biden', aliases: ['Biden'] });
    expect(merged.entities[0].sourceIds.sort()).toEqual(['source:1', 'source:2']);
  });

  it('keeps every source role with its date, the newest as description', () => {
    expect(merged.entities[0].roles).toEqual([
      { sourceId: 'source:1', description: 'President-elect', date: '2021-01-20' },
      { sourceId: 'source:2', description: 'U.S. President', date: '2023-06-19' },
    ]);
    expect(merged.entities[0].description).toBe('U.S. President');
  });

  it('remaps quote speakers and fact entities to the merged id, keeping their source', () => {
    expect(merged.quotes.map((q) => [q.speakerId, q.sourceId])).toEqual([
      ['person:joe-biden', 'source:2'],
      ['person:joe-biden', 'source:1'],
    ]);
    expect(merged.facts.every((f) => f.entityIds.join() === 'person:joe-biden')).toBe(true);
  });

  it('sorts facts by score across sources', () => {
    expect(merged.facts.map((f) => f.score)).toEqual([2, 1]);
  });

  it.each([
    [
      'same id',
      base('source:1', null, [person('Ana Silva', 'source:1')]),
      base('source:1', null, [person('Rui Costa', 'source:1')]),
    ],
    [
      'same url',
      base('source:1', null, [person('Ana Silva', 'source:1')], 'https://x.org/a'),
      base('source:9', null, [person('Rui Costa', 'source:9')], 'https://x.org/a'),
    ],
  ])('a later source with the %s replaces the earlier one', (_, first, second) => {
    const result = mergeKnowledge([first, second]);
    expect(result.sources).toHaveLength(1);
    expect(result.entities.map((e) => e.name)).toEqual(['Rui Costa']);
    expect(result.quotes).toHaveLength(1);
  });

  it('keeps different people with one surname apart', () => {
    const result = mergeKnowledge([
      base('source:1', null, [person('Joe Biden', 'source:1')]),
      base('source:2', null, [person('Jill Biden', 'source:2')]),
    ]);
    expect(result.entities.map((e) => e.name).sort()).toEqual(['Jill Biden', 'Joe Biden']);
  });
});
