/** One source as the options page lists it: the store's own summary. */
export type { SourceSummary } from '../../lib/knowledge/stored-state';

export interface Shortcut {
  name: string;
  description?: string;
  /** The keys as the browser reports them; empty or missing when unset. */
  shortcut?: string;
}

export type ImportMessage =
  | { kind: 'error' | 'success'; text: string }
  /** A long import under way: done of total sources. */
  | { kind: 'progress'; text: string; done: number; total: number };
