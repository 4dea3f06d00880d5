import type { ArticleInput } from '../extract';
import { pickArticleDate } from './date';
import { normaliseArticleText } from './text';

/** Longer pages are listings or archives, and would make extraction and storage slow. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Less text than this is a teaser, a paywall stub or a page still loading: nothing worth extracting. */
export const MIN_ARTICLE_CHARS = 200;

/** What the reader script returns from the page: plain strings only, so executeScript can pass it back. */
export interface ReaderArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Readability's own find (JSON-LD or article:published_time), as the page wrote it. */
  publishedTime: string | null;
  /** Other date texts from meta tags, JSON-LD and <time>, most trusted first. */
  dateCandidates: string[];
  /** The article's text, paragraphs separated by blank lines. */
  textContent: string;
  url: string;
  /** The page's own declared address (rel=canonical), so the same article read twice is stored once. */
  canonicalUrl?: string | null;
  lang: string | null;
}

/** 'unavailable': the script could not run or read the page (browser pages, stores, a crash). */
export type ReaderFailureReason = 'not-article' | 'empty' | 'too-large' | 'unavailable' | 'not-english';

export type ReaderResult = { ok: true; article: ReaderArticle } | { ok: false; reason: ReaderFailureReason };

const FAILURE_MESSAGES: Record<ReaderFailureReason, string> = {
  'not-article':
    "This page doesn't look like an article. Open the article itself (not a home or section page) and try again.",
  empty: 'No article text was found on this page. It may still be loading, or the text may be behind a login.',
  'too-large': `This page has too much text to add (more than ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters).`,
  'not-english': 'This article is not in English. News Context can only read articles in English for now.',
  unavailable: "This page can't be read by extensions (browser pages and add-on stores are off limits).",
};

/** One sentence for the reader saying why the page could not be added. */
export function readerFailureMessage(reason: ReaderFailureReason): string {
  return FAILURE_MESSAGES[reason];
}

const present = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/** "Talks resume | Example News" → "Talks resume": the site's name is kept apart, in siteName. */
export function titleWithoutSiteName(title: string, siteName: string | null): string {
  const site = siteName?.trim();
  if (!site) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${site}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

/** The extractor's input for a page the reader script read. */
export function toArticleInput(article: ReaderArticle): ArticleInput {
  const input: ArticleInput = {
    text: normaliseArticleText(article.textContent),
    date: pickArticleDate([article.publishedTime, ...article.dateCandidates]),
    builtIn: false,
  };
  const title = article.title && titleWithoutSiteName(article.title, article.siteName);
  const optional = {
    title,
    url: article.canonicalUrl || article.url,
    siteName: article.siteName,
    byline: article.byline,
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | null][]) {
    const text = present(value);
    if (text) input[key] = text;
  }
  return input;
}

const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** Checks what executeScript handed back; anything else (no result, a crash) counts as 'unavailable'. */
export function readerResultFrom(raw: unknown): ReaderResult {
  const unavailable: ReaderResult = { ok: false, reason: 'unavailable' };
  if (typeof raw !== 'object' || raw === null) return unavailable;
  const result = raw as Record<string, unknown>;
  if (result.ok === false) {
    return typeof result.reason === 'string' && Object.hasOwn(FAILURE_MESSAGES, result.reason)
      ? { ok: false, reason: result.reason as ReaderFailureReason }
      : unavailable;
  }
  const article = result.article as Record<string, unknown> | undefined;
  const wellFormed =
    result.ok === true &&
    typeof article === 'object' &&
    article !== null &&
    typeof article.textContent === 'string' &&
    typeof article.url === 'string' &&
    ['title', 'byline', 'siteName', 'publishedTime', 'lang'].every((key) => isStringOrNull(article[key])) &&
    (article.canonicalUrl === undefined || isStringOrNull(article.canonicalUrl)) &&
    Array.isArray(article.dateCandidates) &&
    article.dateCandidates.every((date) => typeof date === 'string');
  return wellFormed ? { ok: true, article: article as unknown as ReaderArticle } : unavailable;
}
