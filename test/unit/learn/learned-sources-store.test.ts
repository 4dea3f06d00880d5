import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KnowledgeStore } from '../../../lib/knowledge/knowledge-store';
import { readSummaries } from '../../../lib/knowledge/knowledge-views';
import type { KnowledgeBase } from '../../../lib/knowledge/schema';
import { articleKnowledge, copy, SEED } from '../knowledge/fixtures';

const NOW = new Date('2024-05-01T12:00:00Z');
let factory: IDBFactory;
const makeStore = () =>
  new KnowledgeStore({ indexedDB: factory, legacyArea: fakeBrowser.storage.local, seed: SEED, now: () => NOW });
const summaries = async (store: KnowledgeStore) => readSummaries(await store.database());
const summaryOf = async (store: KnowledgeStore, id: string) => (await summaries(store)).find((row) => row.id === id);
const names = async (store: KnowledgeStore) => (await store.nameTable()).entries.map((entry) => entry[2]).sort();

/** An article naming one person of its own (and Gaza, which the built-in source knows too). */
function articleAbout(tag: string, name: string): KnowledgeBase {
  const knowledge = copy(articleKnowledge(tag));
  const id = `person:${tag}`;
  knowledge.entities[0] = { ...knowledge.entities[0]!, id, name, aliases: [] };
  knowledge.quotes[0]!.speakerId = id;
  knowledge.facts[0]!.entityIds = [id, 'place:gaza'];
  return knowledge;
}

const learned = (knowledge: KnowledgeBase, textHash = 'text:abc') => ({
  knowledge,
  learnedFrom: 'news.example',
  textHash,
});

beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
});

describe('learned sources in the store', () => {
  it('a learned article shows where it was learned and its text hash', async () => {
    const store = makeStore();
    expect(await store.addSources([learned(articleKnowledge('a'))])).toMatchObject({ ok: true, added: 1 });
    expect(await summaryOf(store, 'source:a')).toMatchObject({
      learnedFrom: 'news.example',
      textHash: 'text:abc',
      addedAt: NOW.toISOString(),
    });
  });

  it('an article added by hand has neither', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a')]);
    const row = await summaryOf(store, 'source:a');
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('learnedFrom');
    expect(row).not.toHaveProperty('textHash');
  });

  it('learned again, a learned article stays learned, with the new text hash, listed once', async () => {
    const store = makeStore();
    await store.addSources([learned(articleKnowledge('a'), 'text:first')]);
    expect(await store.addSources([learned(articleKnowledge('a'), 'text:second')])).toMatchObject({
      ok: true,
      replaced: 1,
    });
    const rows = (await summaries(store)).filter((row) => !row.builtIn);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ learnedFrom: 'news.example', textHash: 'text:second' });
  });

  it('an article added by hand, then learned again (same URL), stays added by hand', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a')]);
    // The learned copy comes with its own id (a later version's text) but the same address.
    const again = copy(articleKnowledge('a2', 'https://news.example/a'));
    expect(await store.addSources([learned(again)])).toMatchObject({ ok: true, replaced: 1 });
    const rows = (await summaries(store)).filter((row) => !row.builtIn);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.url).toBe('https://news.example/a');
    expect(rows[0]).not.toHaveProperty('learnedFrom');
  });

  it('removeSources removes several at once, and the names only they knew', async () => {
    const store = makeStore();
    await store.addSources([
      learned(articleAbout('a', 'Helena Marsh')),
      learned(articleAbout('b', 'Daniel Okafor')),
      articleAbout('c', 'Priya Raman'),
    ]);
    expect(await names(store)).toEqual(['Daniel Okafor', 'Gaza', 'Helena Marsh', 'Priya Raman']);
    expect(await store.removeSources(['source:a', 'source:b'])).toEqual({ ok: true });
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed', 'source:c']);
    expect(await names(store)).toEqual(['Gaza', 'Priya Raman']);
    expect(await store.cardKnowledge('person:a')).toBeFalsy();
  });

  it('removeSources with an unknown id refuses and changes nothing', async () => {
    const store = makeStore();
    await store.addSources([learned(articleAbout('a', 'Helena Marsh')), learned(articleAbout('b', 'Daniel Okafor'))]);
    const before = await summaries(store);
    const result = await store.removeSources(['source:a', 'source:unknown']);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toContain('source:unknown');
    expect(await summaries(store)).toEqual(before);
    expect(await names(store)).toEqual(['Daniel Okafor', 'Gaza', 'Helena Marsh']);
  });

  it('removeSources refuses the built-in source, removing nothing', async () => {
    const store = makeStore();
    await store.addSources([learned(articleAbout('a', 'Helena Marsh'))]);
    expect(await store.removeSources(['source:a', 'source:seed'])).toMatchObject({ ok: false });
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed', 'source:a']);
  });

  it('removeSources with no ids changes nothing', async () => {
    const store = makeStore();
    await store.addSources([learned(articleAbout('a', 'Helena Marsh'))]);
    expect(await store.removeSources([])).toEqual({ ok: true });
    expect(await names(store)).toEqual(['Gaza', 'Helena Marsh']);
  });
});
