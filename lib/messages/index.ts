import type { KnowledgeBase } from '../knowledge/schema';

/** The storage.session key under which the background keeps per-tab mention counts. */
export const TAB_MENTIONS_KEY = 'tabMentions';

/** Entity id → mentions on one page. */
export type MentionCounts = Record<string, number>;

/** What a tab reports and the popup reads. */
export interface TabState {
  tabId: number;
  url: string | null;
  /** False for pages the extension cannot run on (browser pages, the store, PDFs). */
  scriptable: boolean;
  counts: MentionCounts;
  total: number;
}

/** Messages to the background (runtime.sendMessage). */
export type BackgroundRequest =
  | { type: 'getKnowledge' }
  | { type: 'mentionsFound'; counts: MentionCounts; total: number }
  | { type: 'getTabState'; tabId?: number };

/** Messages to a tab's content script (tabs.sendMessage). */
export type ContentRequest =
  | { type: 'revealMention'; entityId: string }
  | { type: 'stepMention'; direction: 1 | -1 }
  | { type: 'knowledgeChanged' };

export interface KnowledgeReply {
  knowledge: KnowledgeBase;
  /** A problem with stored data, set aside and reported, or null. */
  problem: string | null;
}
