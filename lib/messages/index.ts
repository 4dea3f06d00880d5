import type { NameTable } from '../knowledge/name-table';

/** The storage.session key under which the background keeps per-tab mention counts. */
export const TAB_MENTIONS_KEY = 'tabMentions';
/** storage.local key the background bumps after every change to the knowledge: pages watch it to refresh. */
export const KNOWLEDGE_REVISION_KEY = 'knowledgeRevision';

/** Entity id → mentions on one page. */
export type MentionCounts = Record<string, number>;

/** What a tab reports and the popup reads. */
export interface TabState {
  tabId: number;
  url: string | null;
  /** False for pages the extension cannot run on (browser pages, the store, PDFs). */
  scriptable: boolean;
  /** The content script has reported from this page (even no names): it runs here. */
  reported?: boolean;
  counts: MentionCounts;
  total: number;
}

/** Messages to the background (runtime.sendMessage). The background is the only writer of the knowledge. */
export type BackgroundRequest =
  /** An iframe sends the words it holds and gets only the names that could occur in it. */
  | { type: 'getNameTable'; words?: string[] }
  | { type: 'getStatus' }
  | { type: 'getEntityCard'; entityId: string }
  | { type: 'mentionsFound'; counts: MentionCounts; total: number }
  | { type: 'getTabState'; tabId?: number }
  | { type: 'addSources'; items: unknown[] }
  | { type: 'removeSource'; id: string }
  | { type: 'setSourceEnabled'; id: string; enabled: boolean }
  | { type: 'discardSetAside'; key: number }
  /** A content script on a learning site: the reader has stayed on what looks like an article; its markup. */
  /** url: the page's address now (a single-page site changes it with pushState; sender.url keeps the first). */
  | { type: 'learnThisPage'; html: string; url: string }
  /** The popup: what learning did with the tab's page. */
  | { type: 'getPageLearning'; tabId: number; url: string | null }
  /** Extension pages: learning on or off for a site (the access was asked for already), or forget a site. */
  | { type: 'setSiteLearning'; site: string; on: boolean; askedForAccess: boolean }
  /** Sent from the click that asks for access: learning turns on when (and if) the access is granted. */
  | { type: 'requestSiteLearning'; site: string; askedForAccess: boolean }
  | { type: 'forgetLearnedSite'; site: string }
  | { type: 'undoLearning'; sourceId: string };

/** Messages to a tab's content script (tabs.sendMessage). */
export type ContentRequest =
  | { type: 'revealMention'; entityId: string }
  | { type: 'stepMention'; direction: 1 | -1 }
  | { type: 'knowledgeChanged'; revision: number };

export interface NameTableReply {
  table: NameTable;
  /** A problem with stored data, set aside and reported, or null. */
  problem: string | null;
}

/** The store is ready; its revision and any problem with stored data. */
export interface StatusReply {
  revision: number;
  problem: string | null;
}

/** What learning did with a tab's page, for the popup's "Learned from this page · Undo". */
export type PageLearning =
  | { state: 'off' }
  | { state: 'waiting' }
  | { state: 'learned'; sourceId: string; title: string; replaced: boolean; tookMs?: number }
  | { state: 'skipped'; reason: string };

/** The background asks the extractor page (offscreen in Chrome) to read a learned page, then extract it. */
export const READ_LEARNED_PAGE = 'readLearnedPage';
export const EXTRACT_LEARNED_ARTICLE = 'extractLearnedArticle';
