import seedKnowledge from 'virtual:seed-knowledge';
import { isEnglishWord } from '@/lib/extract/english';
import { isGivenName } from '@/lib/extract/given-names';
import { isAlsoProperNoun } from '@/lib/extract/proper-nouns';
import { type AddResult, KnowledgeStore, type StoreResult } from '@/lib/knowledge/knowledge-store';
import { readSetAside, readSummaries, readSummaryOfArticle, setAsideSentence } from '@/lib/knowledge/knowledge-views';
import { type NameEntry, type NameTable, nameEntryOf } from '@/lib/knowledge/name-table';
import { articleKey } from '@/lib/knowledge/stored-sources';
import { entriesForWords, indexByFirstWord } from '@/lib/match/word-keys';
import { type ContentRequest, KNOWLEDGE_REVISION_KEY, type NameTableReply, type StatusReply } from '@/lib/messages';
import { throttled } from './throttle';

/** Open tabs re-read their page after a change at most this often. */
const ANNOUNCE_INTERVAL_MS = 1000;

/**
 * The knowledge owner: every write goes through here, one at a time, and each one leaves the merged entities and
 * the name table saved. A waking worker reads the saved table (one record); it never merges again.
 */
export type KnowledgeService = ReturnType<typeof createKnowledgeService>;

export function createKnowledgeService() {
  const store = new KnowledgeStore({
    indexedDB,
    legacyArea: browser.storage.local,
    seed: seedKnowledge,
    wordTests: { isOrdinary: isEnglishWord, isGivenName, isAlsoProperNoun },
  });
  let cached: Promise<NameTableReply> | null = null;
  let wordIndex: { revision: number; index: Map<string, NameEntry[]> } | null = null;

  /** Only the entries whose names could occur among these words (an iframe's): a few, not the whole table. */
  async function nameTableFor(words: unknown[]): Promise<NameTableReply> {
    const { table, problem } = await nameTable();
    if (wordIndex?.revision !== table.revision)
      wordIndex = { revision: table.revision, index: indexByFirstWord(table) };
    const entries = entriesForWords(
      wordIndex.index,
      words.filter((word): word is string => typeof word === 'string'),
    );
    const spellings = new Set(entries.flatMap(([, , ...names]) => names.map((name) => name.toLowerCase())));
    const ordinaryWords = (table.ordinaryWords ?? []).filter((word) => spellings.has(word));
    return { table: { revision: table.revision, entries, ordinaryWords }, problem };
  }

  async function load(): Promise<NameTableReply> {
    try {
      const [table, problem] = await Promise.all([store.nameTable(), problemSentence()]);
      return { table, problem };
    } catch (error) {
      // Unreadable storage must never stop highlighting: fall back to the built-in knowledge and say so.
      const table: NameTable = { revision: -1, entries: seedKnowledge.entities.map((entity) => nameEntryOf(entity)) };
      const problem = `Your sources could not be read (${String(error)}).`;
      return { table, problem };
    }
  }

  function nameTable(): Promise<NameTableReply> {
    cached ??= load();
    return cached;
  }

  async function problemSentence(): Promise<string | null> {
    return setAsideSentence(await readSetAside(await store.database()));
  }

  // An import of 10,000 sources is 200 changes: pages and tabs hear of them a few times, not 200.
  const announce = throttled(() => {
    void browser.storage.local.set({ [KNOWLEDGE_REVISION_KEY]: store.revision }).catch(() => undefined);
    void tellTabsKnowledgeChanged(store.revision);
  }, ANNOUNCE_INTERVAL_MS);

  /** After a change: drop the cache, tell extension pages (storage event) and every tab (message). */
  async function changed<T extends AddResult | StoreResult>(result: T): Promise<T> {
    cached = null;
    announce();
    return result;
  }

  return {
    nameTable: (words?: unknown) => (Array.isArray(words) ? nameTableFor(words) : nameTable()),
    cardKnowledge: (entityId: string) => store.cardKnowledge(entityId),
    status: async (): Promise<StatusReply> => {
      const { problem } = await nameTable();
      return { revision: store.revision, problem };
    },
    addSources: (items: unknown[]) => store.addSources(items).then(changed),
    removeSource: (id: string) => store.removeSource(id).then(changed),
    removeSources: (ids: string[]) => store.removeSources(ids).then(changed),
    summaries: async () => readSummaries(await store.database()),
    summaryOfArticle: async (url: string) => readSummaryOfArticle(await store.database(), articleKey(url)),
    setEnabled: (id: string, enabled: boolean) => store.setEnabled(id, enabled).then(changed),
    discardSetAside: (key: number) => store.discardSetAside(key).then(() => changed({ ok: true } as StoreResult)),
    /** Opens (and on first run migrates) the store early, so the first page does not wait for it. */
    warmUp: () => void store.database().catch(() => undefined),
  };
}

/** Every open tab re-highlights with the new knowledge, without a reload. */
async function tellTabsKnowledgeChanged(revision: number) {
  const request: ContentRequest = { type: 'knowledgeChanged', revision };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, request).catch(() => undefined))),
  );
}
