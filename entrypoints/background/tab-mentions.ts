import { type MentionCounts, TAB_MENTIONS_KEY, type TabState } from '@/lib/messages';

/** Pages a content script can never run on: the browsers' own pages and stores. */
const UNSCRIPTABLE_URL =
  /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):|^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/;
const BADGE_COLOR = '#1f4e8c';

interface FrameMentions {
  counts: MentionCounts;
  total: number;
}

interface TabMentions extends FrameMentions {
  url: string | null;
  /** Each frame's own report (the page and its same-origin iframes), by frame id. */
  frames: Record<string, FrameMentions>;
}

/** A tab's mentions are the sum of its frames'. */
export function sumFrames(frames: Record<string, FrameMentions>): FrameMentions {
  const counts: MentionCounts = {};
  let total = 0;
  for (const frame of Object.values(frames)) {
    total += frame.total;
    for (const [entityId, count] of Object.entries(frame.counts)) counts[entityId] = (counts[entityId] ?? 0) + count;
  }
  return { counts, total };
}

/** Per-tab mention counts for the popup and the badge; mirrored to storage.session so a restarted service worker keeps them. */
export function createTabMentions() {
  const byTab = new Map<number, TabMentions>();
  const session = browser.storage.session;
  const restored = session
    ? session
        .get(TAB_MENTIONS_KEY)
        .then((stored) => {
          const saved = (stored[TAB_MENTIONS_KEY] ?? {}) as Record<string, TabMentions>;
          for (const [tabId, mentions] of Object.entries(saved)) {
            if (!byTab.has(Number(tabId))) byTab.set(Number(tabId), mentions);
          }
        })
        .catch(() => undefined)
    : Promise.resolve();

  const persist = () => session?.set({ [TAB_MENTIONS_KEY]: Object.fromEntries(byTab) }).catch(() => undefined);

  // MV2 (Firefox's MV2 build) names the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;

  async function report(tabId: number, frameId: number, url: string | null, counts: MentionCounts, total: number) {
    await restored;
    const previous = byTab.get(tabId);
    // Each frame's report replaces its own; a navigation forgets the whole tab (see the background's onUpdated).
    const frames = { ...previous?.frames, [frameId]: { counts, total } };
    const summed = sumFrames(frames);
    byTab.set(tabId, { ...summed, frames, url: frameId === 0 ? url : (previous?.url ?? null) });
    total = summed.total;
    await Promise.all([
      action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }),
      action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      persist(),
    ]);
  }

  async function forget(tabId: number) {
    await restored;
    if (byTab.delete(tabId)) await persist();
  }

  async function stateOf(tabId: number): Promise<TabState> {
    await restored;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const mentions = byTab.get(tabId);
    const url = tab?.url ?? mentions?.url ?? null;
    const scriptable = mentions !== undefined || (url !== null && !UNSCRIPTABLE_URL.test(url));
    return {
      tabId,
      url,
      scriptable,
      reported: mentions !== undefined,
      counts: mentions?.counts ?? {},
      total: mentions?.total ?? 0,
    };
  }

  return { report, forget, stateOf };
}
