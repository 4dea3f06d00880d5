import { articleKey } from '@/lib/knowledge/stored-sources';
import { learnedToPrune, textHashOf } from '@/lib/learn/learn-policy';
import { learnableHostname, siteAccessPattern } from '@/lib/learn/site-access';
import type { PageLearning } from '@/lib/messages';
import { type ReaderResult, readerFailureMessage, readerResultFrom } from '@/lib/reader/article';
import { isLearningOn, withSiteLearning } from '@/lib/settings';
import { loadSettings, type SettingsStorage, saveSettings } from '@/lib/settings/storage';
import { createOffPageExtractor } from './extract-off-page';
import type { KnowledgeService } from './knowledge';

/** storage.local: sites whose access learning asked for (and so gives back), and articles the reader undid. */
const ACCESS_ASKED_KEY = 'learningAccessAsked';
const UNDONE_KEY = 'learningUndone';
/** Undone articles remembered, newest kept: enough for months of reading. */
const MAX_UNDONE = 500;

const settingsStorage = () => browser.storage as unknown as SettingsStorage;

async function readList(key: string): Promise<string[]> {
  const value = (await browser.storage.local.get(key))[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Learning: on the sites the reader chose, an article they stayed on is read (Readability, injected on demand),
 * extracted in the extractor page and stored as a learned source, one article at a time.
 */
export function createLearning(knowledge: KnowledgeService) {
  const extractOffPage = createOffPageExtractor();
  /** What happened to each tab's page, for the popup; lost when the worker sleeps, which only hides the Undo. */
  const outcomes = new Map<number, { url: string; outcome: PageLearning }>();
  let queue: Promise<unknown> = Promise.resolve();

  const setOutcome = (tabId: number, url: string, outcome: PageLearning) => outcomes.set(tabId, { url, outcome });

  async function readTab(tabId: number): Promise<ReaderResult> {
    try {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        files: ['/reader.js'],
      });
      return readerResultFrom(injection?.result);
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }

  async function learn(tabId: number, pageUrl: string, site: string): Promise<void> {
    const read = await readTab(tabId);
    if (!read.ok)
      return void setOutcome(tabId, pageUrl, { state: 'skipped', reason: readerFailureMessage(read.reason) });
    const url = read.article.canonicalUrl || read.article.url;
    if ((await readList(UNDONE_KEY)).includes(articleKey(url)))
      return void setOutcome(tabId, pageUrl, { state: 'skipped', reason: 'You undid learning this article.' });
    const textHash = textHashOf(read.article);
    const stored = (await knowledge.summaries()).find(
      (source) => source.url && articleKey(source.url) === articleKey(url),
    );
    if (stored && stored.textHash === textHash) {
      // A revisit of the same version: nothing to add.
      return void setOutcome(tabId, pageUrl, {
        state: 'learned',
        sourceId: stored.id,
        title: stored.title ?? url,
        replaced: false,
      });
    }
    const extracted = await extractOffPage(read.article);
    if (!extracted.ok)
      return void setOutcome(tabId, pageUrl, { state: 'skipped', reason: `Not learned: ${extracted.reason}.` });
    const added = await knowledge.addSources([{ knowledge: extracted.knowledge, learnedFrom: site, textHash }]);
    if (!added.ok) return void setOutcome(tabId, pageUrl, { state: 'skipped', reason: added.reason });
    const source = extracted.knowledge.sources[0]!;
    setOutcome(tabId, pageUrl, {
      state: 'learned',
      sourceId: source.id,
      title: source.title ?? url,
      replaced: added.replaced > 0,
    });
    await prune();
  }

  async function prune() {
    const { learnedLimit } = await loadSettings(settingsStorage());
    const ids = learnedToPrune(await knowledge.summaries(), learnedLimit);
    if (ids.length) await knowledge.removeSources(ids);
  }

  return {
    /** A content script says the reader stayed on an article-like page. */
    async pageSettled(tab: { id?: number; url?: string } | undefined): Promise<void> {
      const site = learnableHostname(tab?.url);
      if (tab?.id === undefined || !tab.url || !site) return;
      if (!isLearningOn(await loadSettings(settingsStorage()), site)) return;
      if (!(await browser.permissions.contains({ origins: [siteAccessPattern(site)] }).catch(() => false))) {
        return void setOutcome(tab.id, tab.url, {
          state: 'skipped',
          reason: 'News Context has no access to this site yet.',
        });
      }
      const { id, url } = tab as { id: number; url: string };
      setOutcome(id, url, { state: 'waiting' });
      queue = queue
        .then(() => learn(id, url, site))
        .catch((error) => setOutcome(id, url, { state: 'skipped', reason: `Not learned: ${String(error)}` }));
    },

    /** The popup asks what happened to its tab's page (only while the tab still shows that page). */
    async pageLearning(tabId: number): Promise<PageLearning> {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      const site = learnableHostname(tab?.url);
      if (!site || !isLearningOn(await loadSettings(settingsStorage()), site)) return { state: 'off' };
      const known = outcomes.get(tabId);
      return known && (!tab?.url || known.url === tab.url) ? known.outcome : { state: 'waiting' };
    },

    /** Switched on from a click that already asked for access (askedForAccess: it was not there before). */
    async setSiteLearning(site: string, on: boolean, askedForAccess: boolean): Promise<void> {
      const storage = settingsStorage();
      await saveSettings(storage, withSiteLearning(await loadSettings(storage), site, on));
      const asked = await readList(ACCESS_ASKED_KEY);
      if (on && askedForAccess && !asked.includes(site)) {
        await browser.storage.local.set({ [ACCESS_ASKED_KEY]: [...asked, site] });
      }
      if (!on && asked.includes(site)) {
        // Only the access learning asked for is given back: "Allow on this site" for highlighting stays.
        await browser.permissions.remove({ origins: [siteAccessPattern(site)] }).catch(() => false);
        await browser.storage.local.set({ [ACCESS_ASKED_KEY]: asked.filter((s) => s !== site) });
      }
    },

    /** Removes every source learned on the site, in one change. */
    async forgetSite(site: string) {
      const ids = (await knowledge.summaries()).filter((s) => s.learnedFrom === site).map((s) => s.id);
      return knowledge.removeSources(ids);
    },

    /** Undo from the popup: the article goes and is not learned again. */
    async undo(sourceId: string) {
      const source = (await knowledge.summaries()).find((s) => s.id === sourceId);
      if (source?.url) {
        const undone = [...(await readList(UNDONE_KEY)), articleKey(source.url)].slice(-MAX_UNDONE);
        await browser.storage.local.set({ [UNDONE_KEY]: undone });
      }
      for (const [tabId, known] of outcomes) {
        if (known.outcome.state === 'learned' && known.outcome.sourceId === sourceId)
          setOutcome(tabId, known.url, { state: 'skipped', reason: 'You undid learning this article.' });
      }
      return knowledge.removeSources([sourceId]);
    },

    forgetTab: (tabId: number) => outcomes.delete(tabId),
  };
}
