import { sameSiteAddress } from '@/lib/learn/site-access';
import type { BackgroundRequest } from '@/lib/messages';
import { listenForMentionCommands } from './commands';
import { createKnowledgeService } from './knowledge';
import { createLearning } from './learning';
import { requestSiteLearning, setSiteLearning, startPendingSites } from './learning-sites';
import { createTabMentions } from './tab-mentions';

export default defineBackground(() => {
  const tabs = createTabMentions();
  const knowledge = createKnowledgeService();
  const learning = createLearning(knowledge);
  listenForMentionCommands();
  knowledge.warmUp();

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.forget(tabId);
    learning.forgetTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // status is reported without the tabs permission; url is not.
    if (change.status === 'loading') void tabs.forget(tabId);
  });

  // Access asked for from a popup that may have closed meanwhile: learning turns on when it arrives.
  browser.permissions.onAdded.addListener(() => void startPendingSites());

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts; a page's own scripts cannot reach runtime messaging anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = message as BackgroundRequest;
    // Writes and whole-store reads come from our own pages only, never from a content script.
    const fromExtensionPage = !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    switch (request?.type) {
      case 'getNameTable':
        return knowledge.nameTable(request.words);
      case 'getStatus':
        return knowledge.status();
      case 'getEntityCard':
        return typeof request.entityId === 'string' ? knowledge.cardKnowledge(request.entityId) : undefined;
      case 'addSources':
        return fromExtensionPage && Array.isArray(request.items) ? knowledge.addSources(request.items) : undefined;
      case 'removeSource':
        return fromExtensionPage ? knowledge.removeSource(String(request.id)) : undefined;
      case 'setSourceEnabled':
        return fromExtensionPage ? knowledge.setEnabled(String(request.id), request.enabled === true) : undefined;
      case 'discardSetAside':
        return fromExtensionPage ? knowledge.discardSetAside(Number(request.key)) : undefined;
      case 'learnThisPage':
        // The top frame only; its own address on the sender's site (Chromium leaves the tab's URL out without the
        // tabs permission, and sender.url keeps the address the document loaded with).
        return sender.frameId === 0 && !fromExtensionPage && typeof request.html === 'string'
          ? learning.pageSettled(sender.tab?.id, sameSiteAddress(request.url, sender.url), request.html)
          : undefined;
      case 'getPageLearning':
        return fromExtensionPage
          ? learning.pageLearning(Number(request.tabId), typeof request.url === 'string' ? request.url : null)
          : undefined;
      case 'setSiteLearning':
        return fromExtensionPage && typeof request.site === 'string'
          ? setSiteLearning(request.site, request.on === true, request.askedForAccess === true)
          : undefined;
      case 'requestSiteLearning':
        return fromExtensionPage && typeof request.site === 'string'
          ? requestSiteLearning(request.site, request.askedForAccess === true)
          : undefined;
      case 'forgetLearnedSite':
        return fromExtensionPage && typeof request.site === 'string' ? learning.forgetSite(request.site) : undefined;
      case 'undoLearning':
        return fromExtensionPage ? learning.undo(String(request.sourceId)) : undefined;
      case 'mentionsFound':
        if (sender.tab?.id === undefined || !isMentionReport(request)) return undefined;
        return tabs.report(
          sender.tab.id,
          sender.frameId ?? 0,
          sender.tab.url ?? sender.url ?? null,
          request.counts,
          request.total,
        );
      case 'getTabState':
        // Extension pages only: a content script has no business reading another tab's state.
        if (!fromExtensionPage) return undefined;
        return resolveTabId(request.tabId).then((tabId) => (tabId === null ? null : tabs.stateOf(tabId)));
      default:
        return undefined;
    }
  });
});

async function resolveTabId(tabId: number | undefined): Promise<number | null> {
  if (tabId !== undefined) return tabId;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id ?? null;
}

/** Counts are whole numbers of mentions: anything else is refused rather than shown on the badge. */
function isMentionReport(request: { counts: unknown; total: unknown }): boolean {
  const whole = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
  return (
    whole(request.total) &&
    typeof request.counts === 'object' &&
    request.counts !== null &&
    Object.values(request.counts).every(whole)
  );
}
