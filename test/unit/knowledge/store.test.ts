import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { mergeKnowledge } from '../../../lib/knowledge/merge';
import { SourceStore } from '../../../lib/knowledge/store';
import { CORRUPT_KEY_PREFIX, CURRENT_SCHEMA_VERSION, SOURCES_KEY } from '../../../lib/knowledge/stored-state';
import { KNOWLEDGE_FILE_FORMAT, parseKnowledgeFile } from '../../../lib/knowledge/validate';
import { articleKnowledge, copy, SEED } from './fixtures';

const NOW = new Date('2024-05-01T12:00:00Z');
const area = () => fakeBrowser.storage.local;
const makeStore = () => new SourceStore({ area: area(), seed: SEED, now: () => NOW });
const storedIds = async () => {
  const { state } = await makeStore().load();
  return state.sources.map((stored) => stored.source.id);
};
const corruptEntries = async () =>
  Object.entries(await area().get(null)).filter(([key]) => key.startsWith(CORRUPT_KEY_PREFIX));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('SourceStore', () => {
  it('keeps every change made in quick succession (no read-modify-write race)', async () => {
    const store = makeStore();
    await Promise.all([
      store.addSource(articleKnowledge('a')),
      store.addSource(articleKnowledge('b')),
      store.addSource(articleKnowledge('c')),
    ]);
    expect((await storedIds()).sort()).toEqual(['source:a', 'source:b', 'source:c']);
  });

  it('adds a source and lists it after the built-in one, with counts', async () => {
    const store = makeStore();
    expect(await store.addSource(articleKnowledge('a'))).toEqual({
      ok: true,
      added: 1,
      replaced: 0,
      skippedBuiltIn: 0,
    });
    const rows = await store.summaries();
    expect(rows.map((row) => [row.id, row.builtIn, row.enabled])).toEqual([
      ['source:seed', true, true],
      ['source:a', false, true],
    ]);
    expect(rows[1]).toMatchObject({ title: 'Article a', siteName: 'Example News', date: '2024-03-05' });
    expect(rows[1]!.counts).toEqual({ entities: 2, quotes: 1, facts: 2 });
  });

  it('replaces the source for the same URL instead of adding a second one', async () => {
    const store = makeStore();
    await store.addSource(articleKnowledge('a', 'https://news.example/story'));
    await store.addSource(articleKnowledge('b'));
    const again = articleKnowledge('a2', 'https://news.example/story/?utm_source=feed#comments');
    expect(await store.addSource(again)).toEqual({ ok: true, added: 0, replaced: 1, skippedBuiltIn: 0 });
    expect(await storedIds()).toEqual(['source:a2', 'source:b']);
  });

  it('removes a source, and refuses to remove the built-in one', async () => {
    const store = makeStore();
    await store.addSource(articleKnowledge('a'));
    await store.addSource(articleKnowledge('b'));
    expect(await store.removeSource('source:a')).toEqual({ ok: true });
    expect(await storedIds()).toEqual(['source:b']);
    expect((await store.removeSource('source:seed')).ok).toBe(false);
    expect((await store.removeSource('source:unknown')).ok).toBe(false);
  });

  it('switches the built-in source and an added one off and on', async () => {
    const store = makeStore();
    await store.addSource(articleKnowledge('a'));
    await store.setEnabled('source:seed', false);
    await store.setEnabled('source:a', false);
    expect((await makeStore().summaries()).map((row) => row.enabled)).toEqual([false, false]);
    expect(await makeStore().enabledKnowledge()).toEqual([]);
    await store.setEnabled('source:seed', true);
    expect(await makeStore().enabledKnowledge()).toEqual([SEED]);
    expect((await store.setEnabled('source:unknown', true)).ok).toBe(false);
  });

  it('refuses an invalid extraction without storing anything', async () => {
    const bad = copy(articleKnowledge('a'));
    bad.facts[0]!.entityIds = ['person:ghost'];
    const result = await makeStore().addSource(bad);
    expect(result).toEqual({
      ok: false,
      reason: 'The extracted knowledge is invalid: facts[0].entityIds[0] points at no entity: "person:ghost"',
    });
    expect(await area().get(null)).toEqual({});
  });

  it('reports a failed write (storage full) and keeps the old state', async () => {
    await makeStore().addSource(articleKnowledge('a'));
    const full = {
      get: area().get.bind(area()),
      remove: area().remove.bind(area()),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    const store = new SourceStore({ area: full, seed: SEED, now: () => NOW });
    expect(await store.addSource(articleKnowledge('b'))).toEqual({
      ok: false,
      reason: 'Could not save: QUOTA_BYTES quota exceeded',
    });
    expect(await storedIds()).toEqual(['source:a']);
  });

  describe('import and export', () => {
    const exportOf = (...tags: string[]) => {
      const parts = tags.map((tag) => articleKnowledge(tag));
      return makeStore().exportKnowledge({
        sources: [...SEED.sources, ...parts.flatMap((kb) => kb.sources)],
        entities: [...SEED.entities, ...parts[0]!.entities.filter((e) => e.id !== 'place:gaza')],
        quotes: parts.flatMap((kb) => kb.quotes),
        facts: [...SEED.facts, ...parts.flatMap((kb) => kb.facts)],
      });
    };

    it('exports the envelope with its date', () => {
      const file = JSON.parse(exportOf('a'));
      expect(file).toMatchObject({ format: KNOWLEDGE_FILE_FORMAT, version: 1, exportedAt: NOW.toISOString() });
      expect(parseKnowledgeFile(exportOf('a')).ok).toBe(true);
    });

    it('imports every added source of a merged export, one stored source each, skipping the built-in', async () => {
      const store = makeStore();
      await store.addSource(articleKnowledge('c'));
      const merged = JSON.parse(exportOf('a', 'b'));
      // As mergeKnowledge would: one entity reported by both added sources.
      merged.knowledge.entities = merged.knowledge.entities.map((e: { id: string; sourceIds: string[] }) =>
        e.id === 'person:antony-blinken' ? { ...e, sourceIds: ['source:a', 'source:b'] } : e,
      );
      const result = await store.importKnowledge(JSON.stringify(merged));
      expect(result).toEqual({ ok: true, added: 2, replaced: 0, skippedBuiltIn: 1 });
      const { state } = await makeStore().load();
      expect(state.sources.map((stored) => stored.source.id)).toEqual(['source:c', 'source:a', 'source:b']);
      const b = state.sources[2]!.knowledge;
      expect(b.quotes.map((q) => q.id)).toEqual(['quote:b']);
      expect(b.entities.map((e) => [e.id, e.sourceIds])).toEqual([
        ['place:gaza', ['source:b']],
        ['person:antony-blinken', ['source:b']],
      ]);
    });

    it.each([
      ['a truncated file', (text: string) => text.slice(0, 200), 'not JSON'],
      [
        'a file with a broken reference',
        (text: string) => text.replace('"sourceId": "source:b"', '"sourceId": "source:x"'),
        'points at no source: "source:x"',
      ],
      [
        'a file of another app',
        () => JSON.stringify({ format: 'bookmarks', version: 1 }),
        'not a News Context knowledge file',
      ],
      ['a file with only the built-in source', () => makeStore().exportKnowledge(SEED), 'only the built-in source'],
    ])('refuses %s, says why and keeps what was stored', async (_label, spoil, reason) => {
      const store = makeStore();
      await store.addSource(articleKnowledge('c'));
      await store.setEnabled('source:seed', false);
      const before = await area().get(null);
      const result = await store.importKnowledge(spoil(exportOf('a', 'b')));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(reason);
      expect(await area().get(null)).toEqual(before);
    });
  });

  describe('loading stored data', () => {
    it('migrates a legacy v1 array and writes the current shape back', async () => {
      await area().set({ [SOURCES_KEY]: [articleKnowledge('a')] });
      const { state, problems } = await makeStore().load();
      expect(problems).toEqual([]);
      expect(state.sources.map((stored) => stored.source.id)).toEqual(['source:a']);
      const stored = (await area().get(SOURCES_KEY))[SOURCES_KEY] as { schemaVersion: number };
      expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    });

    it('reports a corrupt source, keeps the good ones, and saves the bad one under a corrupt- key', async () => {
      const store = makeStore();
      await store.addSource(articleKnowledge('a'));
      await store.addSource(articleKnowledge('b'));
      const raw = (await area().get(SOURCES_KEY))[SOURCES_KEY] as { sources: { knowledge: { quotes: unknown } }[] };
      raw.sources[0]!.knowledge.quotes = 'oops';
      await area().set({ [SOURCES_KEY]: raw });

      const { state, problems } = await makeStore().load();
      expect(state.sources.map((stored) => stored.source.id)).toEqual(['source:b']);
      expect(problems).toEqual([
        'A saved source could not be read and was set aside: sources[0].knowledge.quotes is not a list: "oops"',
      ]);
      const corrupt = await corruptEntries();
      expect(corrupt).toHaveLength(1);
      expect(corrupt[0]![0]).toBe(`${CORRUPT_KEY_PREFIX}${NOW.getTime()}`);
      expect(corrupt[0]![1]).toEqual({ problems, data: [raw.sources[0]] });
      // Reported once: the cleaned state was written back.
      expect((await makeStore().load()).problems).toEqual([]);
    });

    it('keeps listing set-aside records until the reader discards one', async () => {
      await area().set({ [SOURCES_KEY]: 'garbage', unrelated: 1 });
      const store = makeStore();
      const { problems } = await store.load();
      const key = `${CORRUPT_KEY_PREFIX}${NOW.getTime()}`;
      expect(await store.setAsideReports()).toEqual([{ key, problems }]);
      expect((await store.load()).problems).toEqual([]);
      expect(await store.setAsideReports()).toHaveLength(1);
      await store.discardSetAside('unrelated');
      await store.discardSetAside(key);
      expect(await store.setAsideReports()).toEqual([]);
      expect((await area().get('unrelated')).unrelated).toBe(1);
    });

    it('keeps data from a newer version under a corrupt- key instead of losing it', async () => {
      const future = { schemaVersion: CURRENT_SCHEMA_VERSION + 1, sources: [{ somethingNew: true }] };
      await area().set({ [SOURCES_KEY]: future });
      const store = makeStore();
      const { state, problems } = await store.load();
      expect(state.sources).toEqual([]);
      expect(problems[0]).toContain('newer version');
      expect((await corruptEntries())[0]![1]).toEqual({ problems, data: [future] });
    });

    it('saves set-aside data in the same write as the change that found it', async () => {
      await area().set({ [SOURCES_KEY]: { schemaVersion: CURRENT_SCHEMA_VERSION, sources: [42], seedEnabled: true } });
      const writes: string[][] = [];
      const spied = {
        get: area().get.bind(area()),
        remove: area().remove.bind(area()),
        set: (items: Record<string, unknown>) => {
          writes.push(Object.keys(items).sort());
          return area().set(items);
        },
      };
      const store = new SourceStore({ area: spied, seed: SEED, now: () => NOW });
      await store.addSource(articleKnowledge('a'));
      expect(writes).toEqual([[`${CORRUPT_KEY_PREFIX}${NOW.getTime()}`, SOURCES_KEY]]);
      expect(await storedIds()).toEqual(['source:a']);
    });
  });
});

describe('export then import with the real merge', () => {
  it('gives back the same added sources on a fresh profile', async () => {
    const store = makeStore();
    await store.addSource(articleKnowledge('a'));
    await store.addSource(articleKnowledge('b'));
    const text = store.exportKnowledge(mergeKnowledge(await store.enabledKnowledge()));

    fakeBrowser.reset();
    const fresh = makeStore();
    expect(await fresh.importKnowledge(text)).toEqual({ ok: true, added: 2, replaced: 0, skippedBuiltIn: 1 });
    const rows = await fresh.summaries();
    expect(rows.map((row) => [row.id, row.counts])).toEqual([
      ['source:seed', { entities: 1, quotes: 0, facts: 1 }],
      ['source:a', { entities: 2, quotes: 1, facts: 2 }],
      ['source:b', { entities: 2, quotes: 1, facts: 2 }],
    ]);
  });
});
