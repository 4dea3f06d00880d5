/** One source as the options page lists it: what it is and how much it contributed. */
export interface SourceSummary {
  id: string;
  title?: string;
  siteName?: string;
  /** ISO yyyy-mm-dd, or null when the article gives none. */
  date: string | null;
  url?: string;
  /** The seed shipped with the extension: it can be switched off but not removed. */
  builtIn: boolean;
  enabled: boolean;
  entities: number;
  facts: number;
  quotes: number;
}

export interface Shortcut {
  name: string;
  description?: string;
  /** The keys as the browser reports them; empty or missing when unset. */
  shortcut?: string;
}

export type ImportMessage = { kind: 'error' | 'success'; text: string };
