import { hashId } from '../knowledge/ids';
import type { KnowledgeBase } from '../knowledge/schema';

/** One article to extract from. PLACEHOLDER: replaced by the real extractor (issue 3). */
export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  date?: string | null;
  siteName?: string;
  byline?: string;
  builtIn?: boolean;
}

export function extractArticle(input: ArticleInput): KnowledgeBase {
  const id = hashId('source', input.url ?? input.text);
  return {
    sources: [{ id, date: input.date ?? null, title: input.title, url: input.url, builtIn: input.builtIn ?? false }],
    entities: [],
    quotes: [],
    facts: [],
  };
}
