import type { startAnnotator } from '../../lib/annotate';
import type { compileMatcher, findMentions } from '../../lib/match';

/** The shape page-entry.ts puts on window, for code that runs in the page. */
export declare const Api: {
  startAnnotator: typeof startAnnotator;
  compileMatcher: typeof compileMatcher;
  findMentions: typeof findMentions;
};
