import { describe, expect, it } from 'vitest';
import { mergeKnowledge } from '../../lib/knowledge/merge';
import { EntityResolver, givenNamesAgree } from '../../lib/knowledge/resolve';
import type { Entity, EntityType, KnowledgeBase } from '../../lib/knowledge/schema';

const entity = (name: string, sourceId: string, extra: Partial<Entity> = {}, type: EntityType = 'person'): Entity => ({
  id: `${type}:${name.toLowerCase().replace(/ /g, '-')}`,
  name,
  type,
  aliases: [],
  sourceIds: [sourceId],
  ...extra,
});
const person = (name: string, sourceId: string, extra: Partial<Entity> = {}) => entity(name, sourceId, extra);

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

/** Each source's entities resolved in order; the names of the merged entities, each with its sorted members. */
function resolve(...sources: Entity[][]): string[][] {
  const resolver = new EntityResolver();
  for (const [i, entities] of sources.entries()) resolver.addSource(`s${i}`, null, entities);
  return [...resolver.entities()].map((e) => [e.name, ...e.members.map((m) => m.name).sort()]);
}

describe('givenNamesAgree', () => {
  it.each([
    ['Bill Clinton', 'Hillary Clinton', false],
    ['Steve Weizman', 'Ezer Weizman', false],
    ['J. Smith', 'John Smith', true],
    ['J Smith', 'Jane Smith', true],
    ['K. Smith', 'John Smith', false],
    ['Clinton', 'Bill Clinton', true],
    ['Joe Biden', 'Joe Biden', true],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(givenNamesAgree(a, b)).toBe(expected);
  });
});

describe('EntityResolver', () => {
  it.each<[string, Entity[][], string[][]]>([
    [
      'the same full name in two sources is one person',
      [[person('Joe Biden', 'a')], [person('Joe Biden', 'b')]],
      [['Joe Biden', 'Joe Biden', 'Joe Biden']],
    ],
    [
      'people sharing a short form stay apart (the Clintons)',
      [
        [person('Bill Clinton', 'a', { aliases: ['Clinton'] })],
        [person('Hillary Rodham Clinton', 'b', { aliases: ['Clinton', 'Hillary Clinton'] })],
        [person('Chelsea Clinton', 'c', { aliases: ['Clinton'] })],
      ],
      [
        ['Bill Clinton', 'Bill Clinton'],
        ['Hillary Rodham Clinton', 'Hillary Rodham Clinton'],
        ['Chelsea Clinton', 'Chelsea Clinton'],
      ],
    ],
    [
      'a lone surname joins the only person known by it',
      [[person('Ezer Weizman', 'a')], [person('Weizman', 'b')]],
      [['Ezer Weizman', 'Ezer Weizman', 'Weizman']],
    ],
    [
      'a lone surname shared by two full names stays apart',
      [[person('Ezer Weizman', 'a')], [person('Steve Weizman', 'b')], [person('Weizman', 'c')]],
      [
        ['Ezer Weizman', 'Ezer Weizman'],
        ['Steve Weizman', 'Steve Weizman'],
        ['Weizman', 'Weizman'],
      ],
    ],
    [
      'an initial joins a full name when no other fits',
      [[person('John Smith', 'a')], [person('J. Smith', 'b')]],
      [['John Smith', 'J. Smith', 'John Smith']],
    ],
    [
      'a full name seen after its initial form joins it',
      [[person('J. Smith', 'a')], [person('John Smith', 'b')]],
      [['John Smith', 'J. Smith', 'John Smith']],
    ],
    [
      'a lone surname that joined the only person so called leaves when a second one comes',
      [[person('Ezer Weizman', 'a')], [person('Weizman', 'b')], [person('Steve Weizman', 'c')]],
      [
        ['Ezer Weizman', 'Ezer Weizman'],
        ['Steve Weizman', 'Steve Weizman'],
        ['Weizman', 'Weizman'],
      ],
    ],
    [
      'an initial that joined the only full name it fits leaves when a second one fits (C. Lewis, Carl, Chris)',
      [[person('C. Lewis', 'a')], [person('Carl Lewis', 'b')], [person('Chris Lewis', 'c')]],
      [
        ['Carl Lewis', 'Carl Lewis'],
        ['Chris Lewis', 'Chris Lewis'],
        ['C. Lewis', 'C. Lewis'],
      ],
    ],
    [
      'an initial that fits two full names stays apart',
      [[person('John Smith', 'a')], [person('Jane Smith', 'b')], [person('J. Smith', 'c')]],
      [
        ['John Smith', 'John Smith'],
        ['Jane Smith', 'Jane Smith'],
        ['J. Smith', 'J. Smith'],
      ],
    ],
    [
      'an alias the article established joins places (U.S. / United States)',
      [
        [entity('United States', 'a', { aliases: ['U.S.'] }, 'place')],
        [entity('U.S.', 'b', {}, 'place')],
        [entity('US', 'c', {}, 'place')],
      ],
      [['United States', 'U.S.', 'US', 'United States']],
    ],
    [
      'a place and a person of one name are two things',
      [[entity('Washington', 'a', {}, 'place')], [person('Washington', 'b')]],
      [
        ['Washington', 'Washington'],
        ['Washington', 'Washington'],
      ],
    ],
    [
      'a full name one source took for an organisation is the same person (a scorecard read as a team)',
      [[person('Wasim Akram', 'a')], [entity('Wasim Akram', 'b', {}, 'organization')], [person('Wasim Akram', 'c')]],
      [['Wasim Akram', 'Wasim Akram', 'Wasim Akram', 'Wasim Akram']],
    ],
    [
      'a place keeps apart from a person or body of the same name',
      [[entity('San Marino', 'a', {}, 'place')], [entity('San Marino', 'b', {}, 'organization')]],
      [
        ['San Marino', 'San Marino'],
        ['San Marino', 'San Marino'],
      ],
    ],
    [
      'a full name seen after its lone surname joins it',
      [[person('Biden', 'a')], [person('Joe Biden', 'b', { aliases: ['Biden'] })]],
      [['Joe Biden', 'Biden', 'Joe Biden']],
    ],
  ])('%s', (_label, sources, expected) => {
    expect(resolve(...sources)).toEqual(expected);
  });

  it('says why each member joined', () => {
    const resolver = new EntityResolver();
    resolver.addSource('a', null, [person('Ezer Weizman', 'a')]);
    resolver.addSource('b', null, [person('Weizman', 'b')]);
    resolver.addSource('c', null, [person('Ezer Weizman', 'c')]);
    expect([...resolver.entities()][0]!.mergedBecause).toEqual([
      { sourceId: 'b', reason: 'the only known person called “Weizman”' },
      { sourceId: 'c', reason: 'same name “Ezer Weizman”' },
    ]);
    resolver.removeSource('b');
    expect([...resolver.entities()][0]!.mergedBecause).toEqual([{ sourceId: 'c', reason: 'same name “Ezer Weizman”' }]);
  });

  it('a merged entity takes the type most of its sources gave it, and says when one differed', () => {
    const resolver = new EntityResolver();
    resolver.addSource('a', null, [entity('Wasim Akram', 'a', {}, 'organization')]);
    resolver.addSource('b', null, [person('Wasim Akram', 'b')]);
    resolver.addSource('c', null, [person('Wasim Akram', 'c')]);
    const [merged] = [...resolver.entities()];
    expect(merged?.type).toBe('person');
    expect(merged?.mergedBecause.map((why) => why.reason)).toEqual([
      'same name “Wasim Akram” (this source took it for a person)',
      // Two to one only once c is in: until then the tie kept the first type.
      'same name “Wasim Akram” (this source took it for a person)',
    ]);
  });

  it('removing a source takes its members out, and deletes what is left empty', () => {
    const resolver = new EntityResolver();
    resolver.addSource('a', '2024-01-01', [person('Joe Biden', 'a', { description: 'President' })]);
    resolver.addSource('b', '2024-02-01', [person('Joe Biden', 'b', { description: 'Candidate' })]);
    resolver.addSource('c', null, [person('Kamala Harris', 'c')]);
    const { changed, deleted } = resolver.removeSource('b');
    expect([...changed]).toEqual(['person:joe-biden']);
    expect(resolver.get('person:joe-biden')?.roles?.map((r) => r.description)).toEqual(['President']);
    expect([...resolver.removeSource('c').deleted]).toEqual(['person:kamala-harris']);
    expect(deleted.size).toBe(0);
    expect(resolver.size).toBe(1);
  });

  it('rebuilt from its saved entities, it places the next source as before', () => {
    const resolver = new EntityResolver();
    resolver.addSource('a', null, [person('Ezer Weizman', 'a')]);
    const restored = EntityResolver.fromMerged(structuredClone([...resolver.entities()]));
    restored.addSource('b', null, [person('Weizman', 'b')]);
    expect(restored.mergedIdOf('b', 'person:weizman')).toBe('person:ezer-weizman');
  });

  it('names the entity by the spelling most sources use, not the longest', () => {
    expect(
      resolve(
        [person('Conchita Martinez', 'a', { aliases: ['Spaniard Conchita Martinez'] })],
        [person('Conchita Martinez', 'b')],
        [person('Spaniard Conchita Martinez', 'c', { aliases: ['Conchita Martinez'] })],
      )[0]![0],
    ).toBe('Conchita Martinez');
  });
});

describe('mergeKnowledge', () => {
  const older = base('source:1', '2021-01-20', [person('Biden', 'source:1', { description: 'President-elect' })]);
  const newer = base('source:2', '2023-06-19', [
    person('Joe Biden', 'source:2', { description: 'U.S. President', aliases: ['Biden'] }),
  ]);
  const merged = mergeKnowledge([newer, older]);

  it('makes one entity under the full name with every alias and source', () => {
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
      base('source:9', null, [person('Rui Costa', 'source:9')], 'https://x.org/a?utm_source=feed'),
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
