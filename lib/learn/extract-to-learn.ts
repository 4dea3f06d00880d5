import { ExtractionError, extractArticle } from '../extract';
import type { KnowledgeBase } from '../knowledge/schema';
import { type ReaderArticle, toArticleInput } from '../reader/article';
import { hashOfArticleText, MIN_LEARNED_CHARS } from './learn-policy';

export type LearnedExtraction =
  | { ok: true; knowledge: KnowledgeBase; textHash: string }
  | { ok: false; reason: string };

/** A read article ➜ its knowledge, or why it is not worth a source (too short, nothing named). */
export function extractToLearn(article: ReaderArticle): LearnedExtraction {
  const input = toArticleInput(article);
  if (input.text.length < MIN_LEARNED_CHARS) return { ok: false, reason: 'too short to carry a story' };
  let knowledge: KnowledgeBase;
  try {
    knowledge = extractArticle(input);
  } catch (error) {
    return { ok: false, reason: error instanceof ExtractionError ? error.message : String(error) };
  }
  if (knowledge.entities.length === 0) return { ok: false, reason: 'no people, places or organisations named' };
  return { ok: true, knowledge, textHash: hashOfArticleText(input.text) };
}
