import type { KnowledgeBase } from '@/lib/knowledge/schema';
import { readerFailureMessage, readerResultFrom, toArticleInput } from '@/lib/reader/article';
import { addSources } from './knowledge-client';

export type AddOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Reads the tab's article with Readability (injected on demand under activeTab), extracts it here, stores it. */
export async function addArticleFromTab(tabId: number): Promise<AddOutcome> {
  let raw: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
    raw = injection?.result;
  } catch {
    return { ok: false, message: readerFailureMessage('unavailable') };
  }
  const read = readerResultFrom(raw);
  if (!read.ok) return { ok: false, message: readerFailureMessage(read.reason) };

  // Extraction (compromise, word lists, the gazetteer) loads on the click, not with every popup.
  const { ExtractionError, extractArticle } = await import('@/lib/extract');
  let knowledge: KnowledgeBase;
  try {
    knowledge = extractArticle(toArticleInput(read.article));
  } catch (error) {
    const reason = error instanceof ExtractionError ? error.message : String(error);
    return { ok: false, message: `Could not read this article: ${reason}` };
  }
  if (knowledge.entities.length === 0) {
    return { ok: false, message: 'No people, places or organisations were found in this article: nothing to add.' };
  }
  const added = await addSources([knowledge]).catch((error) => ({ ok: false as const, reason: String(error) }));
  if (!added.ok) return { ok: false, message: added.reason };
  const title = knowledge.sources[0]?.title ?? 'This article';
  const verb = added.replaced ? 'updated' : 'added';
  return {
    ok: true,
    message: `“${title}” ${verb}: ${knowledge.entities.length} names, ${knowledge.quotes.length} quotes, ${knowledge.facts.length} facts.`,
  };
}
