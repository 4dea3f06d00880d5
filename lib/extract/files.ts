import type { KnowledgeBase } from '../knowledge/schema';
import { extractArticle } from './index';

/** PLACEHOLDER: replaced by the real extractor (issue 3). */
export function extractFiles(files: { path: string; text: string; builtIn?: boolean }[]): KnowledgeBase {
  const kbs = files.map((f) => extractArticle({ text: f.text, builtIn: f.builtIn }));
  return {
    sources: kbs.flatMap((k) => k.sources),
    entities: kbs.flatMap((k) => k.entities),
    quotes: kbs.flatMap((k) => k.quotes),
    facts: kbs.flatMap((k) => k.facts),
  };
}
