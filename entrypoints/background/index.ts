import type { BackgroundRequest } from '@/lib/messages';
import { listenForMentionCommands } from './commands';
import { createKnowledgeService } from './knowledge';
import { createTabMentions } from './tab-mentions';

export default defineBackground(() => {
  const tabs = createTabMentions();
  const knowledge = createKnowledgeService();
  listenForMentionCommands();

  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // status is reported without the tabs permission; url is not.
    if (change.status === 'loading') void tabs.forget(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts; a page's own scripts cannot reach runtime messaging anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = message as BackgroundRequest;
    switch (request?.type) {
      case 'getKnowledge':
        return knowledge.current();
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
        if (sender.tab && sender.url && !sender.url.startsWith(browser.runtime.getURL('/'))) return undefined;
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
