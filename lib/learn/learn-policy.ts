import { hashId } from '../knowledge/ids';
import type { SourceSummary } from '../knowledge/stored-state';
import { type ReaderArticle, toArticleInput } from '../reader/article';

/** Less article text than this is a brief, a teaser or a paywall stub: not worth a source of its own. */
export const MIN_LEARNED_CHARS = 1000;

/** Learned sources beyond the limit, oldest learned first; sources added by hand are never pruned. */
export function learnedToPrune(sources: SourceSummary[], limit: number): string[] {
  const learned = sources
    .filter((source) => source.learnedFrom && source.addedAt)
    .sort((a, b) => a.addedAt!.localeCompare(b.addedAt!));
  return learned.slice(0, Math.max(0, learned.length - limit)).map((source) => source.id);
}

/** The hash of an article's text as the extractor gets it: equal hashes mean a revisit of the same version. */
export const hashOfArticleText = (text: string): string => hashId('text', text);

/** The same hash, from the article as read. */
export const textHashOf = (article: ReaderArticle): string => hashOfArticleText(toArticleInput(article).text);
