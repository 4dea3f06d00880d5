import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openKnowledgeDb } from '../../../lib/knowledge/idb';
import { knowledgeFileText, parseKnowledgeFile } from '../../../lib/knowledge/knowledge-file';
import { KnowledgeStore } from '../../../lib/knowledge/knowledge-store';
import {
  FIRST_VIEW_SOURCES,
  readFirstView,
  readKnowledge,
  readOwnSources,
  readSetAside,
  readSummaries,
  setAsideSentence,
} from '../../../lib/knowledge/knowledge-views';
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';
import { CURRENT_SCHEMA_VERSION, SOURCES_KEY } from '../../../lib/knowledge/stored-state';
import { articleKnowledge, copy, SEED } from './fixtures';

const NOW = new Date('2024-05-01T12:00:00Z');
let factory: IDBFactory;
const legacyArea = () => fakeBrowser.storage.local;
const makeStore = (seed: KnowledgeBase = SEED) =>
  new KnowledgeStore({ indexedDB: factory, legacyArea: legacyArea(), seed, now: () => NOW });
const names = async (store: KnowledgeStore) => (await store.nameTable()).entries.map((entry) => entry[2]).sort();
const summaries = async (store: KnowledgeStore) => readSummaries(await store.database());

/** An article about one person, so different articles name different people. */
function personArticle(tag: string, name: string, extra: Partial<Entity> = {}): KnowledgeBase {
  const knowledge = copy(articleKnowledge(tag));
  const id = `person:${name.toLowerCase().replace(/\W+/g, '-')}`;
  knowledge.entities[0] = { ...knowledge.entities[0]!, id, name, aliases: [name.split(' ').at(-1)!], ...extra };
  knowledge.quotes[0]!.speakerId = id;
  knowledge.facts[0]!.entityIds = [id, 'place:gaza'];
  return knowledge;
}

beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
});

describe('KnowledgeStore', () => {
  it('starts with the built-in source and its names', async () => {
    const store = makeStore();
    expect(await names(store)).toEqual(['Gaza']);
    expect((await summaries(store)).map((row) => [row.id, row.builtIn, row.enabled])).toEqual([
      ['source:seed', true, true],
    ]);
  });

  it('adds a source: its names are matched, its card cites it, the list shows its counts', async () => {
    const store = makeStore();
    expect(await store.addSources([articleKnowledge('a')])).toMatchObject({ ok: true, added: 1, replaced: 0 });
    expect(await names(store)).toEqual(['Antony Blinken', 'Gaza']);
    const card = await store.cardKnowledge('person:antony-blinken');
    expect(card?.facts.map((fact) => fact.text)).toEqual(['Blinken visited Gaza.']);
    expect(card?.quotes.map((quote) => quote.speakerId)).toEqual(['person:antony-blinken']);
    expect(card?.sources.map((source) => source.id)).toEqual(['source:a']);
    expect((await summaries(store))[1]).toMatchObject({ id: 'source:a', counts: { entities: 2, quotes: 1, facts: 2 } });
  });

  it('keeps every change made in quick succession (one writer, one change at a time)', async () => {
    const store = makeStore();
    await Promise.all(['a', 'b', 'c'].map((tag) => store.addSources([articleKnowledge(tag)])));
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed', 'source:a', 'source:b', 'source:c']);
  });

  it('merges one person reported by two sources into one card citing both', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a'), articleKnowledge('b')]);
    const table = await store.nameTable();
    expect(table.entries.filter((entry) => entry[2] === 'Antony Blinken')).toHaveLength(1);
    const card = await store.cardKnowledge('person:antony-blinken');
    expect(card?.sources.map((source) => source.id).sort()).toEqual(['source:a', 'source:b']);
    // The card can say why the two reports are one person.
    expect(card?.entities[0]?.mergedBecause).toEqual([{ sourceId: 'source:b', reason: 'same name “Antony Blinken”' }]);
  });

  it('replaces the same article (URL without tracking parameters) in its place', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a', 'https://news.example/story')]);
    await store.addSources([articleKnowledge('b')]);
    const again = personArticle('a2', 'Kaja Kallas');
    again.sources[0]!.url = 'https://news.example/story/?utm_source=feed#comments';
    expect(await store.addSources([again])).toMatchObject({ ok: true, added: 0, replaced: 1 });
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed', 'source:a2', 'source:b']);
    expect(await names(store)).toEqual(['Antony Blinken', 'Gaza', 'Kaja Kallas']);
  });

  it('removes a source and the names only it knew; refuses to remove the built-in one', async () => {
    const store = makeStore();
    await store.addSources([personArticle('a', 'Kaja Kallas'), articleKnowledge('b')]);
    expect(await store.removeSource('source:a')).toEqual({ ok: true });
    expect(await names(store)).toEqual(['Antony Blinken', 'Gaza']);
    expect(await store.removeSource('source:seed')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('built-in'),
    });
    expect(await store.removeSource('source:zzz')).toMatchObject({ ok: false });
  });

  it('switching a source off hides its names until it is switched on again', async () => {
    const store = makeStore();
    await store.addSources([personArticle('a', 'Kaja Kallas')]);
    await store.setEnabled('source:a', false);
    expect(await names(store)).toEqual(['Gaza']);
    expect((await readKnowledge(await store.database())).sources.map((s) => s.id)).toEqual(['source:seed']);
    await store.setEnabled('source:a', true);
    expect(await names(store)).toEqual(['Gaza', 'Kaja Kallas']);
    await store.setEnabled('source:seed', false);
    expect(await names(store)).toEqual(['Gaza', 'Kaja Kallas']); // Gaza is in source:a too
  });

  it('refuses invalid knowledge with its reason, storing nothing', async () => {
    const store = makeStore();
    const bad = copy(articleKnowledge('a'));
    bad.quotes[0]!.speakerId = 'person:nobody';
    const result = await store.addSources([bad]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('speakerId points at no entity') });
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed']);
  });

  it('saves with the name table which one-word names are everyday words, worked out once per change', async () => {
    const asked: string[] = [];
    const isOrdinaryWord = (word: string) => {
      asked.push(word);
      return word.toLowerCase() === 'security';
    };
    const store = new KnowledgeStore({
      indexedDB: factory,
      legacyArea: legacyArea(),
      seed: SEED,
      wordTests: { isOrdinary: isOrdinaryWord },
    });
    const security = personArticle('a', 'Kaja Kallas');
    security.entities.push({
      id: 'organization:security',
      name: 'Security Service',
      type: 'organization',
      aliases: ['Security'],
      sourceIds: ['source:a'],
    });
    await store.addSources([security]);
    expect((await store.nameTable()).ordinaryWords).toEqual(['security']);
    asked.length = 0;
    const woken = new KnowledgeStore({
      indexedDB: factory,
      legacyArea: legacyArea(),
      seed: SEED,
      wordTests: { isOrdinary: isOrdinaryWord },
    });
    expect((await woken.nameTable()).ordinaryWords).toEqual(['security']);
    expect(asked).toEqual([]);
  });

  it('a waking worker (a new store on the same database) reads the saved names without merging again', async () => {
    await makeStore().addSources([articleKnowledge('a'), personArticle('b', 'Kaja Kallas')]);
    const before = await makeStore().nameTable();
    const woken = makeStore();
    expect(await woken.nameTable()).toEqual(before);
    expect(woken.revision).toBe(before.revision);
  });

  it('adding one by one gives the same merged entities as a full rebuild', async () => {
    const people = ['Bill Clinton', 'Hillary Rodham Clinton', 'Ezer Weizman', 'Weizman', 'Antony Blinken', 'Clinton'];
    // Short forms that joined the only person so called, until a second one came.
    people.push('J. Smith', 'John Smith', 'Steve Weizman', 'Jane Smith');
    const store = makeStore();
    for (const [i, name] of people.entries()) await store.addSources([personArticle(`p${i}`, name)]);
    await store.removeSource('source:p1');
    // With Hillary gone, the lone "Clinton" (kept apart while two Clintons were known) is Bill's, facts and all.
    const card = await store.cardKnowledge('person:bill-clinton');
    expect(card?.sources.map((source) => source.id).sort()).toEqual(['source:p0', 'source:p5']);
    expect(card?.facts).toHaveLength(2);
    const incremental = (await store.nameTable()).entries.map((entry) => entry.slice(1, 3)).sort();
    expect(incremental).toContainEqual(['person', 'J. Smith']);
    expect(incremental).toContainEqual(['person', 'Weizman']);
    // Every saved placement still points at a stored entity.
    const knowledge = await readKnowledge(await store.database());
    const ids = new Set(knowledge.entities.map((e) => e.id));
    expect(knowledge.facts.flatMap((fact) => fact.entityIds).filter((id) => !ids.has(id))).toEqual([]);
    await store.rebuild();
    expect((await store.nameTable()).entries.map((entry) => entry.slice(1, 3)).sort()).toEqual(incremental);
  });

  it('export then import into a fresh profile gives back every source unchanged', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a'), personArticle('b', 'Kaja Kallas')]);
    await store.setEnabled('source:b', false);
    const exported = await readOwnSources(await store.database());
    const parsed = parseKnowledgeFile(knowledgeFileText(exported, NOW));
    if (!parsed.ok) throw new Error(parsed.reason);
    factory = new IDBFactory();
    const fresh = makeStore();
    expect(await fresh.addSources(parsed.value)).toMatchObject({ ok: true, added: 2 });
    expect(await readOwnSources(await fresh.database())).toEqual(exported);
  });
});

describe('migration from storage.local (schema v2)', () => {
  it('moves every source, switch and date into the database without loss, then clears the old key', async () => {
    const v2 = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      seedEnabled: false,
      sources: [
        {
          source: articleKnowledge('a').sources[0],
          knowledge: articleKnowledge('a'),
          enabled: true,
          addedAt: '2024-01-01T00:00:00.000Z',
        },
        {
          source: articleKnowledge('b').sources[0],
          knowledge: articleKnowledge('b'),
          enabled: false,
          addedAt: '2024-01-02T00:00:00.000Z',
        },
      ],
    };
    await legacyArea().set({ [SOURCES_KEY]: v2 });
    const store = makeStore();
    const rows = await summaries(store);
    expect(rows.map((row) => [row.id, row.enabled, row.addedAt ?? null])).toEqual([
      ['source:seed', false, null],
      ['source:a', true, '2024-01-01T00:00:00.000Z'],
      ['source:b', false, '2024-01-02T00:00:00.000Z'],
    ]);
    expect((await readOwnSources(await store.database())).map((s) => s.knowledge)).toEqual([
      articleKnowledge('a'),
      articleKnowledge('b'),
    ]);
    expect(await names(store)).toEqual(['Antony Blinken', 'Gaza']);
    expect(await legacyArea().get(SOURCES_KEY)).toEqual({});
  });

  it('sets a corrupt entry aside, says so in one sentence, and keeps the rest', async () => {
    const bad = copy(articleKnowledge('b'));
    bad.quotes[0]!.speakerId = 'person:nobody';
    await legacyArea().set({ [SOURCES_KEY]: [articleKnowledge('a'), bad] });
    const store = makeStore();
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed', 'source:a']);
    const reports = await readSetAside(await store.database());
    expect(setAsideSentence(reports)).toBe(
      'One saved source could not be read. They were set aside, not deleted: your other sources work as before, and you can discard them in Options.',
    );
    expect(reports[0]!.problems[0]).toContain('speakerId points at no entity');
    await store.discardSetAside(reports[0]!.key);
    expect(await readSetAside(await store.database())).toEqual([]);
  });

  it('an update with a changed built-in article replaces it and keeps its switch', async () => {
    await makeStore().setEnabled('source:seed', false);
    const newSeed = copy(SEED);
    newSeed.entities[0] = { ...newSeed.entities[0]!, aliases: ['Gaza Strip'] };
    const updated = makeStore(newSeed);
    expect((await updated.nameTable()).entries).toEqual([]);
    await updated.setEnabled('source:seed', true);
    expect((await updated.nameTable()).entries).toEqual([['place:gaza', 'place', 'Gaza', 'Gaza Strip']]);
  });

  it('a damaged record found by a rebuild is set aside with its reason; the rest keeps working', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a'), personArticle('b', 'Kaja Kallas')]);
    const db = await store.database();
    const tx = db.transaction('extractions', 'readwrite');
    tx.objectStore('extractions').put({ sources: 'not a list' }, 'source:b');
    await new Promise((done) => {
      tx.oncomplete = done;
    });
    expect((await readKnowledge(db)).sources.map((s) => s.id)).toEqual(['source:seed', 'source:a']);
    await store.rebuild();
    expect((await summaries(store)).map((row) => row.id)).toEqual(['source:seed', 'source:a']);
    expect(await names(store)).toEqual(['Antony Blinken', 'Gaza']);
    const [report] = await readSetAside(db);
    expect(report?.problems).toEqual([expect.stringContaining('Saved source "source:b": its extraction')]);
  });

  it('opens the same database the pages read', async () => {
    const store = makeStore();
    await store.addSources([articleKnowledge('a')]);
    const pageDb = await openKnowledgeDb(factory);
    expect((await readKnowledge(pageDb)).sources.map((s) => s.id)).toEqual(['source:seed', 'source:a']);
  });
});

describe('the name table pages match with', () => {
  it('lists one-word names that are everyday words, leaves out things called by one, keeps real places', async () => {
    const wordTests = {
      isOrdinary: (word: string) => ['island', 'turkey', 'security', 'xi'].includes(word.toLowerCase()),
      isAlsoProperNoun: (word: string) => word === 'Turkey',
    };
    const store = new KnowledgeStore({ indexedDB: factory, legacyArea: legacyArea(), seed: SEED, wordTests });
    const article = personArticle('a', 'Kaja Kallas');
    article.entities.push(
      { id: 'place:island', name: 'Island', type: 'place', aliases: [], sourceIds: ['source:a'] },
      { id: 'place:turkey', name: 'Turkey', type: 'place', aliases: [], sourceIds: ['source:a'] },
    );
    article.entities[0]!.aliases.push('Security');
    // A person's short name that is very short, or a name the dictionary knows, is a name first.
    article.entities.push({
      id: 'person:xi-jinping',
      name: 'Xi Jinping',
      type: 'person',
      aliases: ['Xi'],
      sourceIds: ['source:a'],
    });
    await store.addSources([article]);
    const table = await store.nameTable();
    expect(table.ordinaryWords?.sort()).toEqual(['security']);
    // "Island" alone is no name the dictionary knows: off pages. Turkey is one.
    expect(table.entries.map((entry) => entry[2])).toEqual(expect.arrayContaining(['Turkey']));
    expect(table.entries.map((entry) => entry[2])).not.toContain('Island');
  });

  const isGivenName = (word: string) => ['david', 'andrew'].includes(word.toLowerCase());

  it('leaves out a lone given name: a person known only as "David", and "Andrew" for Andrew Smith', async () => {
    const store = new KnowledgeStore({
      indexedDB: factory,
      legacyArea: legacyArea(),
      seed: SEED,
      wordTests: { isGivenName },
    });
    await store.addSources([
      personArticle('a', 'Andrew Smith', { aliases: ['Smith', 'Andrew'] }),
      personArticle('b', 'David', { aliases: [] }),
    ]);
    const entries = (await store.nameTable()).entries.map((entry) => entry.slice(2));
    expect(entries).toContainEqual(['Andrew Smith', 'Smith']);
    expect(entries.flat()).not.toContain('David');
    // The person is still known: a card can still be shown for them.
    expect((await store.cardKnowledge('person:david'))?.entities[0]?.name).toBe('David');
  });
});

describe("the popup's first view", () => {
  it('reads the newest sources and those of the page\u2019s people, with the totals of everything', async () => {
    const store = makeStore();
    const articles = Array.from({ length: FIRST_VIEW_SOURCES + 5 }, (_, i) => {
      const article = personArticle(`n${i}`, `Person Number${String.fromCharCode(65 + i)}`);
      article.sources[0]!.date = `2024-01-${String(i + 1).padStart(2, '0')}`;
      return article;
    });
    await store.addSources(articles);
    const db = await store.database();
    const oldestPerson = (await store.nameTable()).entries.find((entry) => entry[2] === 'Person NumberA')![0];
    const first = await readFirstView(db, [oldestPerson]);
    const whole = await readKnowledge(db);
    expect(first.totals).toEqual({
      sources: whole.sources.length,
      entities: whole.entities.length,
      facts: whole.facts.length,
      quotes: whole.quotes.length,
    });
    const read = new Set(first.knowledge.facts.map((fact) => fact.sourceId));
    expect(read.size).toBe(FIRST_VIEW_SOURCES + 1);
    expect(read.has('source:n0')).toBe(true); // the page's person's own source, though the oldest
    expect(read.has('source:n1')).toBe(false);
    expect(first.knowledge.entities.map((e) => e.id)).toContain(oldestPerson);
  });
});
