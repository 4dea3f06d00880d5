/** The knowledge base: the contract between extraction and everything else (see DESIGN.md). */
export type EntityType = 'person' | 'place' | 'organization';

export interface Source {
  id: string;
  title?: string;
  /** ISO yyyy-mm-dd, or null when the article gives none. */
  date: string | null;
  url?: string;
  builtIn: boolean;
  siteName?: string;
  byline?: string;
  /** The article's opening words, to name a source that has no title. */
  lead?: string;
}

/** A role as one source reported it; roles change, so each keeps its source and date. */
export interface ReportedRole {
  sourceId: string;
  description: string;
  date: string | null;
}

export interface Entity {
  id: string;
  /** Canonical full name: "Antony Blinken", "United States". */
  name: string;
  type: EntityType;
  /** Other forms seen or implied: "Blinken", "U.S.". */
  aliases: string[];
  /** Role as reported: "U.S. Secretary of State". */
  description?: string;
  /** Every source's role, newest last (filled when sources are merged). */
  roles?: ReportedRole[];
  sourceIds: string[];
  /** Why other sources' entities were taken to be this one (a card shows it on request). */
  mergedBecause?: MergeReason[];
}

/** "same name “Joe Biden”", said of the member a source reported. */
export interface MergeReason {
  sourceId: string;
  reason: string;
}

export interface Quote {
  id: string;
  text: string;
  speakerId: string | null;
  sourceId: string;
  sentence: string;
}

export interface Fact {
  id: string;
  text: string;
  entityIds: string[];
  sourceId: string;
  score: number;
}

export interface KnowledgeBase {
  sources: Source[];
  entities: Entity[];
  quotes: Quote[];
  /** Sorted by score, best first. */
  facts: Fact[];
}

export const EMPTY_KNOWLEDGE: KnowledgeBase = { sources: [], entities: [], quotes: [], facts: [] };
