import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type AddArticleState, type PageState, Popup } from '@/components/popup/Popup';
import { CANNOT_RUN_HERE } from '@/components/popup/pageState';
import { type KnowledgeTotals, readFirstView, readKnowledge } from '@/lib/knowledge/knowledge-views';
import type { KnowledgeBase } from '@/lib/knowledge/schema';
import type { ContentRequest, StatusReply, TabState } from '@/lib/messages';
import { KNOWLEDGE_REVISION_KEY, TAB_MENTIONS_KEY } from '@/lib/messages';
import { withSiteHighlighting } from '@/lib/settings';
import { addArticleFromTab } from './add-article';
import { knowledgeDb, sendToBackground as send } from './knowledge-client';
import { usePageLearning } from './use-page-learning';
import { useStoredSettings } from './use-stored-settings';

/** `?tab=ID` names the tab to describe (used when the popup is opened in a tab); otherwise the active tab. */
const requestedTabId = (): number | undefined => {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

const originPattern = (url: string) => `${new URL(url).origin}/*`;

async function pageStateOf(tab: TabState | null): Promise<PageState> {
  if (!tab?.scriptable || !tab.url) return { state: 'unavailable', reason: CANNOT_RUN_HERE };
  const hostname = new URL(tab.url).hostname;
  const reported = tab.reported === true || tab.total > 0 || Object.keys(tab.counts).length > 0;
  if (!reported && /^https?:/.test(tab.url)) {
    const allowed = await browser.permissions.contains({ origins: [originPattern(tab.url)] }).catch(() => true);
    if (!allowed) return { state: 'needs-access', hostname };
  }
  return { state: 'ready', hostname, counts: tab.counts };
}

export function PopupApp() {
  const [knowledge, setKnowledge] = useState<KnowledgeBase | null>(null);
  /** The whole knowledge's counts while only the first view is read. */
  const [totals, setTotals] = useState<KnowledgeTotals | undefined>(undefined);
  const wholeRead = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [addArticle, setAddArticle] = useState<AddArticleState>({ state: 'idle' });
  const [settings, saveSettings] = useStoredSettings();

  const refreshTab = useCallback(async () => {
    const tabState = await send<TabState | null>({ type: 'getTabState', tabId: requestedTabId() });
    setTab(tabState);
    setPage(await pageStateOf(tabState));
    return tabState;
  }, []);

  /** Read straight from the database: the merged entities are saved there, nothing is merged here. */
  const refreshKnowledge = useCallback(async () => {
    const status = await send<StatusReply>({ type: 'getStatus' });
    const whole = await readKnowledge(await knowledgeDb());
    wholeRead.current = true;
    setKnowledge(whole);
    setTotals(undefined);
    setProblem(status.problem);
  }, []);

  useEffect(() => {
    const tabRead = refreshTab().catch(() => {
      setPage({ state: 'unavailable', reason: CANNOT_RUN_HERE });
      return null;
    });
    // First what the popup shows at once (the page's people, the newest sources), then everything, for search:
    // one after the other, so the large read never delays the first.
    void tabRead
      .then(async (tabState) => {
        const first = await readFirstView(await knowledgeDb(), Object.keys(tabState?.counts ?? {}));
        if (wholeRead.current) return;
        setKnowledge(first.knowledge);
        setTotals(first.totals);
        // Let the first view paint before the large read takes the main thread.
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      })
      .catch(() => undefined)
      .then(() => refreshKnowledge())
      .catch((error) => setProblem(`Your sources could not be read (${String(error)}).`));
    // Counts change as the page highlights (late content, switches): follow them while the popup is open.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && TAB_MENTIONS_KEY in changes) void refreshTab().catch(() => undefined);
      if (area === 'local' && KNOWLEDGE_REVISION_KEY in changes) void refreshKnowledge().catch(() => undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refreshTab, refreshKnowledge]);

  const hostname = page.state === 'ready' ? page.hostname : null;
  const learning = usePageLearning(tab, hostname !== null && settings.learningSites.includes(hostname));
  const toggleSite = (on: boolean) => {
    if (hostname) void saveSettings(withSiteHighlighting(settings, hostname, on));
  };

  const revealEntity = (entityId: string) => {
    if (!tab) return;
    const request: ContentRequest = { type: 'revealMention', entityId };
    void browser.tabs.sendMessage(tab.tabId, request, { frameId: 0 }).catch(() => undefined);
  };

  /** Must run in the click's user gesture: permissions.request is refused otherwise. */
  const grantAccess = async () => {
    if (!tab?.url) return;
    const granted = await browser.permissions.request({ origins: [originPattern(tab.url)] }).catch(() => false);
    if (!granted) return;
    await browser.scripting
      .executeScript({
        target: { tabId: tab.tabId, allFrames: true },
        files: ['/content-scripts/highlight-styles.js', '/content-scripts/content.js'],
      })
      .catch(() => undefined);
    await refreshTab();
  };

  const addThisArticle = async () => {
    if (!tab) return;
    setAddArticle({ state: 'working' });
    const outcome = await addArticleFromTab(tab.tabId);
    setAddArticle({ state: outcome.ok ? 'done' : 'error', message: outcome.message });
  };

  return (
    <Popup
      knowledge={knowledge}
      totals={totals}
      page={page}
      settings={settings}
      problem={problem}
      addArticle={addArticle}
      onToggleGlobal={(on) => void saveSettings({ ...settings, enabled: on })}
      onToggleSite={toggleSite}
      onRevealEntity={revealEntity}
      onCopy={(text) => navigator.clipboard.writeText(text)}
      onAddArticle={() => void addThisArticle()}
      onGrantAccess={() => void grantAccess()}
      learning={learning.learning}
      learningProblem={learning.problem}
      onToggleLearning={learning.toggle}
      onUndoLearning={learning.undo}
    />
  );
}
