import { extractToLearn, type LearnedExtraction } from '@/lib/learn/extract-to-learn';
import { readPageHtml } from '@/lib/learn/read-page-html';
import { EXTRACT_LEARNED_ARTICLE, READ_LEARNED_PAGE } from '@/lib/messages';
import type { ReaderArticle, ReaderResult } from '@/lib/reader/article';

/**
 * A page with no UI where learned pages are read (Readability) and extracted (compromise): neither may run in
 * the reader's page, and Chrome's MV3 worker cannot load them. Chrome opens this as an offscreen document and
 * messages it; Firefox's background page holds it in an iframe and calls the functions below directly.
 */
declare global {
  interface Window {
    readHere?: (html: string, url: string) => ReaderResult;
    extractHere?: (article: ReaderArticle) => LearnedExtraction;
  }
}

window.readHere = readPageHtml;
window.extractHere = extractToLearn;

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = message as { type?: string; html?: unknown; url?: unknown; article?: ReaderArticle };
  if (request?.type === READ_LEARNED_PAGE && typeof request.html === 'string' && typeof request.url === 'string')
    return Promise.resolve(readPageHtml(request.html, request.url));
  if (request?.type === EXTRACT_LEARNED_ARTICLE && request.article)
    return Promise.resolve(extractToLearn(request.article));
  return undefined;
});
