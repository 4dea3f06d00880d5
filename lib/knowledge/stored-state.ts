import type { KnowledgeBase, Source } from './schema';

/** The browser.storage.local key holding every user-added source. */
export const SOURCES_KEY = 'sources';
/** Set-aside data goes under `corrupt-<timestamp>` so nothing unreadable is ever silently dropped. */
export const CORRUPT_KEY_PREFIX = 'corrupt-';
/** v1: a bare array of KnowledgeBase; v2: the envelope below. */
export const CURRENT_SCHEMA_VERSION = 2;

/** One user-added source with its own extraction. */
export interface StoredSource {
  source: Source;
  /** That source's own extraction: its sources list holds exactly `source`. */
  knowledge: KnowledgeBase;
  enabled: boolean;
  /** ISO timestamp of when the reader added it. */
  addedAt: string;
}

/** What is stored under SOURCES_KEY. The built-in seed is bundled, not stored; only its switch is. */
export interface StoredState {
  schemaVersion: number;
  sources: StoredSource[];
  seedEnabled: boolean;
}

/** The shape version 1 stored: one KnowledgeBase per added article, no envelope, no switches. */
export type LegacyV1State = KnowledgeBase[];

/** A fresh state with no added sources and the seed on (a function, so no caller shares one array). */
export const emptyStoredState = (): StoredState => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  sources: [],
  seedEnabled: true,
});

/** The subset of browser.storage.StorageArea the store uses, so tests can pass wxt/testing's fakeBrowser. */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** One row of the sources list in the popup and options page. */
export interface SourceSummary {
  id: string;
  title?: string;
  lead?: string;
  siteName?: string;
  date: string | null;
  url?: string;
  builtIn: boolean;
  enabled: boolean;
  addedAt?: string;
  /** The hostname it was learned on, when it added itself as the reader read it. */
  learnedFrom?: string;
  /** Hash of a learned article's text: the same version read again adds nothing. */
  textHash?: string;
  counts: { entities: number; quotes: number; facts: number };
}

export const corruptKey = (now: Date): string => `${CORRUPT_KEY_PREFIX}${now.getTime()}`;
