import { extractToLearn, type LearnedExtraction } from '@/lib/learn/extract-to-learn';
import { EXTRACT_LEARNED_ARTICLE } from '@/lib/messages';
import type { ReaderArticle } from '@/lib/reader/article';

/**
 * A page with no UI where learned articles are extracted: compromise cannot load in Chrome's service worker,
 * and must not load in the content script. Chrome opens it as an offscreen document and messages it; Firefox's
 * background page holds it in an iframe and calls `extractHere` directly (same origin).
 */
declare global {
  interface Window {
    extractHere?: (article: ReaderArticle) => LearnedExtraction;
  }
}

window.extractHere = extractToLearn;

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const request = message as { type?: string; article?: ReaderArticle };
  if (sender.id !== browser.runtime.id || request?.type !== EXTRACT_LEARNED_ARTICLE || !request.article)
    return undefined;
  return Promise.resolve(extractToLearn(request.article));
});
