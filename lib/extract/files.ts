/** Several article files → one merged KnowledgeBase. No fs here: callers pass the contents. */
import { mergeKnowledge } from '../knowledge/merge';
import type { KnowledgeBase } from '../knowledge/schema';
import { ExtractionError } from './errors';
import { extractArticle } from './index';

export interface ArticleFile {
  path: string;
  text: string;
  builtIn?: boolean;
}

/** Largest article file read, in bytes; anything bigger is not a news article. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Refuses text that is not an article: binary content (NUL bytes, invalid UTF-8 decoded to U+FFFD). */
export function checkArticleText(text: string): void {
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    throw new ExtractionError('binary', 'file is binary or not UTF-8 text');
  }
}

export function extractFiles(files: ArticleFile[]): KnowledgeBase {
  const bases = files.map((file) => {
    checkArticleText(file.text);
    return extractArticle({ text: file.text, builtIn: file.builtIn });
  });
  return mergeKnowledge(bases);
}
