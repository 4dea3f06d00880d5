import type { ContentRequest } from '@/lib/messages';

const STEP_BY_COMMAND: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

/** Keyboard commands move to the next or previous mention in the active tab and open its card. */
export function listenForMentionCommands() {
  browser.commands?.onCommand.addListener(async (command) => {
    const direction = STEP_BY_COMMAND[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request: ContentRequest = { type: 'stepMention', direction };
    await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
  });
}
