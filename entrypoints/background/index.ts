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
    const request = message as BackgroundRequest;
    switch (request?.type) {
      case 'getKnowledge':
        return knowledge.current();
      case 'mentionsFound':
        if (sender.tab?.id === undefined) return undefined;
        return tabs.report(
          sender.tab.id,
          sender.frameId ?? 0,
          sender.tab.url ?? sender.url ?? null,
          request.counts,
          request.total,
        );
      case 'getTabState':
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
