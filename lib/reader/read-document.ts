import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { MAX_ARTICLE_CHARS, MIN_ARTICLE_CHARS, type ReaderResult } from './article';
import { isEnglish } from './language';
import { canonicalUrlOf, collectDateCandidates } from './meta';
import { articleText } from './text';

/** Pages with more elements are app shells or endless feeds; cloning and scoring them would stall the tab. */
export const MAX_ELEMENTS_TO_PARSE = 30_000;

/**
 * Runs Readability on a clone of the document, so the page's own DOM is never changed, and returns plain
 * strings that executeScript can hand back to the popup.
 */
export function readDocument(doc: Document, url: string): ReaderResult {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS_TO_PARSE) return { ok: false, reason: 'too-large' };
  const declaredLang = doc.documentElement.lang || null;
  if (declaredLang && !isEnglish('the', declaredLang)) return { ok: false, reason: 'not-english' };
  if (!isProbablyReaderable(doc)) return { ok: false, reason: 'not-article' };
  const dateCandidates = collectDateCandidates(doc);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability<Node>(clone, {
      serializer: (node) => node,
      maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
    }).parse();
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (!parsed?.content) return { ok: false, reason: 'empty' };
  const text = articleText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARS) return { ok: false, reason: 'empty' };
  if (text.length > MAX_ARTICLE_CHARS) return { ok: false, reason: 'too-large' };
  if (!isEnglish(text, parsed.lang || declaredLang)) return { ok: false, reason: 'not-english' };
  return {
    ok: true,
    article: {
      title: parsed.title || doc.title || null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      dateCandidates,
      textContent: text,
      url,
      canonicalUrl: canonicalUrlOf(doc, url),
      lang: parsed.lang || declaredLang,
    },
  };
}
