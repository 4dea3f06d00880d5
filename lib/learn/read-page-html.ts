import type { ReaderResult } from '../reader/article';
import { readDocument } from '../reader/read-document';
import { MAX_LEARNED_PAGE_CHARS } from './article-page';

/**
 * Reads an article from the page's markup as the content script sent it, in an extension page: DOMParser makes
 * an inert document (no script runs, nothing loads), and Readability reads it there, off the reader's page.
 */
export function readPageHtml(html: string, url: string): ReaderResult {
  if (html.length > MAX_LEARNED_PAGE_CHARS) return { ok: false, reason: 'too-large' };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readDocument(doc, url);
}
