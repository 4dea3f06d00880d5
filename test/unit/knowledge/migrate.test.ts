import { describe, expect, it } from 'vitest';
import { migrateStored } from '../../../lib/knowledge/migrate';
import { toStoredSource } from '../../../lib/knowledge/stored-sources';
import { CURRENT_SCHEMA_VERSION, type LegacyV1State, type StoredState } from '../../../lib/knowledge/stored-state';
import { articleKnowledge, copy, SEED } from './fixtures';

const NOW = new Date('2024-05-01T12:00:00Z');

const currentState = (): StoredState => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  sources: [toStoredSource(articleKnowledge('a'), NOW), toStoredSource(articleKnowledge('b'), NOW)],
  seedEnabled: false,
});

describe('migrateStored', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
  ])('starts empty for %s, with no problem', (_label, raw) => {
    expect(migrateStored(raw, NOW)).toEqual({
      value: { schemaVersion: CURRENT_SCHEMA_VERSION, sources: [], seedEnabled: true },
      problems: [],
      setAside: [],
      changed: false,
    });
  });

  it('keeps the current shape as it is', () => {
    const result = migrateStored(currentState(), NOW);
    expect(result).toEqual({ value: currentState(), problems: [], setAside: [], changed: false });
  });

  it('moves a v1 array of knowledge bases into the current envelope, all enabled', () => {
    const legacy: LegacyV1State = [articleKnowledge('a'), articleKnowledge('b')];
    const result = migrateStored(legacy, NOW);
    expect(result.problems).toEqual([]);
    expect(result.changed).toBe(true);
    expect(result.value).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      seedEnabled: true,
      sources: [
        {
          source: articleKnowledge('a').sources[0],
          knowledge: articleKnowledge('a'),
          enabled: true,
          addedAt: NOW.toISOString(),
        },
        {
          source: articleKnowledge('b').sources[0],
          knowledge: articleKnowledge('b'),
          enabled: true,
          addedAt: NOW.toISOString(),
        },
      ],
    });
  });

  it('splits a v1 entry holding two articles and leaves out the bundled seed', () => {
    const a = articleKnowledge('a');
    const merged = {
      sources: [...SEED.sources, ...a.sources],
      entities: [...a.entities],
      quotes: a.quotes,
      facts: [...SEED.facts, ...a.facts],
    };
    merged.entities[1] = { ...merged.entities[1]!, sourceIds: ['source:seed', 'source:a'] };
    const result = migrateStored([merged], NOW);
    expect(result.problems).toEqual([]);
    expect(result.value.sources.map((stored) => stored.source.id)).toEqual(['source:a']);
    expect(result.value.sources[0]!.knowledge.entities.every((e) => e.sourceIds.join() === 'source:a')).toBe(true);
  });

  it('sets a corrupt v1 entry aside and reports it, keeping the rest', () => {
    const bad = copy(articleKnowledge('b'));
    bad.quotes[0]!.speakerId = 'person:nobody';
    const result = migrateStored([articleKnowledge('a'), bad], NOW);
    expect(result.value.sources.map((stored) => stored.source.id)).toEqual(['source:a']);
    expect(result.setAside).toEqual([bad]);
    expect(result.problems).toEqual([
      'A saved source could not be read and was set aside: legacy entry 1.quotes[0].speakerId points at no entity: "person:nobody"',
    ]);
  });

  it.each([
    [
      'knowledge with a dangling fact',
      (s: StoredState) => (s.sources[1]!.knowledge.facts[0]!.sourceId = 'x'),
      'sources[1].knowledge.facts[0].sourceId points at no source',
    ],
    [
      'enabled missing',
      (s: StoredState) => delete (s.sources[1] as Partial<StoredState['sources'][0]>).enabled,
      'sources[1].enabled is not true or false',
    ],
    [
      'a source not matching its knowledge',
      (s: StoredState) => (s.sources[1]!.source = articleKnowledge('z').sources[0]!),
      'sources[1].source is not the source its knowledge describes',
    ],
    [
      'a repeated source',
      (s: StoredState) => (s.sources[1] = copy(s.sources[0]!)),
      'sources[1] repeats source source:a',
    ],
  ])('sets aside a current entry with %s, keeping the rest', (_label, corrupt, reason) => {
    const state = currentState();
    corrupt(state);
    const bad = state.sources[1];
    const result = migrateStored(state, NOW);
    expect(result.value.sources.map((stored) => stored.source.id)).toEqual(['source:a']);
    expect(result.value.seedEnabled).toBe(false);
    expect(result.setAside).toEqual([bad]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(reason);
    expect(result.changed).toBe(true);
  });

  it('refuses a newer format whole, reports it and hands all of it back to be kept', () => {
    const future = { schemaVersion: CURRENT_SCHEMA_VERSION + 1, sources: 'something new' };
    const result = migrateStored(future, NOW);
    expect(result.value.sources).toEqual([]);
    expect(result.setAside).toEqual([future]);
    expect(result.problems[0]).toContain('newer version of News Context');
  });

  it.each([
    ['a string', 'garbage'],
    ['an envelope without a version', { sources: [] }],
    ['an envelope with sources not a list', { schemaVersion: CURRENT_SCHEMA_VERSION, sources: {} }],
  ])('sets aside %s whole and reports it', (_label, raw) => {
    const result = migrateStored(raw, NOW);
    expect(result.value.sources).toEqual([]);
    expect(result.setAside).toEqual([raw]);
    expect(result.problems).toHaveLength(1);
  });
});
