import { articleKey } from '@/lib/knowledge/stored-sources';
import { learnedToPrune, textHashOf } from '@/lib/learn/learn-policy';
import { learnableHostname, pageAccessOrigin } from '@/lib/learn/site-access';
import type { PageLearning } from '@/lib/messages';
import { readerFailureMessage } from '@/lib/reader/article';
import { isLearningOn } from '@/lib/settings';
import { loadSettings } from '@/lib/settings/storage';
import { createOffPageExtractor } from './extract-off-page';
import type { KnowledgeService } from './knowledge';
import { readList, settingsStorage } from './learning-sites';

/** storage.local: articles the reader undid, never learned again. */
const UNDONE_KEY = 'learningUndone';
/** Undone articles remembered, newest kept: enough for months of reading. */
const MAX_UNDONE = 500;
const UNDONE_REASON = 'You undid learning this article.';

/**
 * Learning: on the sites the reader chose, the page they stayed on (its markup, sent by the content script) is
 * read and extracted in the extractor page and stored as a learned source, one article at a time.
 */
export function createLearning(knowledge: KnowledgeService) {
  const extractor = createOffPageExtractor();
  /** What happened to each tab's page, for the popup; lost when the worker sleeps, which only hides the Undo. */
  const outcomes = new Map<number, { url: string; outcome: PageLearning }>();
  let queue: Promise<unknown> = Promise.resolve();

  const setOutcome = (tabId: number, url: string, outcome: PageLearning) => outcomes.set(tabId, { url, outcome });
  const skip = (tabId: number, url: string, reason: string) => setOutcome(tabId, url, { state: 'skipped', reason });

  async function learn(tabId: number, pageUrl: string, html: string, site: string): Promise<void> {
    const started = Date.now();
    const read = await extractor.readPage(html, pageUrl);
    if (!read.ok) return void skip(tabId, pageUrl, readerFailureMessage(read.reason));
    const url = read.article.canonicalUrl || read.article.url;
    if ((await readList(UNDONE_KEY)).includes(articleKey(url))) return void skip(tabId, pageUrl, UNDONE_REASON);
    const textHash = textHashOf(read.article);
    const stored = await knowledge.summaryOfArticle(url);
    // Added by hand: the reader's own source stays as they added it, and no Undo here may remove it.
    if (stored && !stored.learnedFrom) return void skip(tabId, pageUrl, 'You added this article yourself.');
    if (stored?.textHash === textHash) {
      const title = stored.title ?? url;
      return void setOutcome(tabId, pageUrl, { state: 'learned', sourceId: stored.id, title, replaced: false });
    }
    const extracted = await extractor.extract(read.article);
    if (!extracted.ok) return void skip(tabId, pageUrl, `Not learned: ${extracted.reason}.`);
    // A revised article replaces its earlier extraction, keeping its switch and its place in the list.
    const keep = stored ? { enabled: stored.enabled, addedAt: stored.addedAt } : {};
    const added = await knowledge.addSources([
      { knowledge: extracted.knowledge, learnedFrom: site, textHash, ...keep },
    ]);
    if (!added.ok) return void skip(tabId, pageUrl, added.reason);
    const source = extracted.knowledge.sources[0]!;
    const title = source.title ?? url;
    const tookMs = Date.now() - started;
    setOutcome(tabId, pageUrl, { state: 'learned', sourceId: source.id, title, replaced: added.replaced > 0, tookMs });
    await prune();
  }

  async function prune() {
    const { learnedLimit } = await loadSettings(settingsStorage());
    const ids = learnedToPrune(await knowledge.summaries(), learnedLimit);
    if (ids.length) await knowledge.removeSources(ids);
  }

  return {
    /** A content script says the reader stayed on an article-like page, and sends its markup. */
    async pageSettled(tabId: number | undefined, url: string | undefined, html: string): Promise<void> {
      const site = learnableHostname(url);
      if (tabId === undefined || !url || !site) return;
      if (!isLearningOn(await loadSettings(settingsStorage()), site)) return;
      if (!(await browser.permissions.contains({ origins: [pageAccessOrigin(url)] }).catch(() => false))) {
        return void skip(tabId, url, 'News Context has no access to this site yet.');
      }
      setOutcome(tabId, url, { state: 'waiting' });
      queue = queue
        .then(() => learn(tabId, url, html, site))
        .catch((error) => skip(tabId, url, `Not learned: ${String(error)}`));
    },

    /** The popup asks what happened to its tab's page (url: as the tab reported it; tabs.get hides it). */
    async pageLearning(tabId: number, url: string | null): Promise<PageLearning> {
      const site = learnableHostname(url ?? undefined);
      if (!site || !isLearningOn(await loadSettings(settingsStorage()), site)) return { state: 'off' };
      const known = outcomes.get(tabId);
      if (known && known.url === url) return known.outcome;
      // The worker slept since (its memory is gone), or another tab learned it: the store still knows.
      const stored = url ? await knowledge.summaryOfArticle(url) : undefined;
      if (stored?.learnedFrom)
        return { state: 'learned', sourceId: stored.id, title: stored.title ?? url!, replaced: false };
      return { state: 'waiting' };
    },

    /** Removes every source learned on the site, in one change. */
    async forgetSite(site: string) {
      const ids = (await knowledge.summaries()).filter((s) => s.learnedFrom === site).map((s) => s.id);
      return knowledge.removeSources(ids);
    },

    /** Undo from the popup: the article goes and is not learned again. */
    async undo(sourceId: string) {
      const source = (await knowledge.summaries()).find((s) => s.id === sourceId);
      if (!source?.learnedFrom) return { ok: false, reason: 'Only a learned article can be undone here.' };
      if (source.url) {
        const undone = [...(await readList(UNDONE_KEY)), articleKey(source.url)].slice(-MAX_UNDONE);
        await browser.storage.local.set({ [UNDONE_KEY]: undone });
      }
      for (const [tabId, known] of outcomes) {
        if (known.outcome.state === 'learned' && known.outcome.sourceId === sourceId)
          skip(tabId, known.url, UNDONE_REASON);
      }
      return knowledge.removeSources([sourceId]);
    },

    forgetTab: (tabId: number) => outcomes.delete(tabId),
  };
}
