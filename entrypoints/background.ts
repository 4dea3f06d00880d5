import seedKnowledge from 'virtual:seed-knowledge';
import type { BackgroundRequest } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as BackgroundRequest;
    if (request.type === 'getKnowledge') return Promise.resolve({ knowledge: seedKnowledge, problem: null });
    if (request.type === 'mentionsFound' && sender.tab?.id !== undefined) {
      void browser.action.setBadgeText({ tabId: sender.tab.id, text: request.total ? String(request.total) : '' });
    }
    return undefined;
  });
});
