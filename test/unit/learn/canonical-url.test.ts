// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type ReaderArticle, readerResultFrom, toArticleInput } from '../../../lib/reader/article';
import { canonicalUrlOf } from '../../../lib/reader/meta';
import { page } from './page-fixture';
import { readerArticle } from './story-fixture';

const PAGE_URL = 'https://news.example/world/2024/harbour-bridge?utm_source=feed#comments';
const canonical = (href: string) => `<link rel="canonical" href="${href}">`;
const ogUrl = (content: string) => `<meta property="og:url" content="${content}">`;

describe('canonicalUrlOf', () => {
  it.each([
    [
      'rel=canonical on the same site',
      canonical('https://news.example/world/2024/harbour-bridge'),
      'https://news.example/world/2024/harbour-bridge',
    ],
    [
      'og:url when there is no canonical link',
      ogUrl('https://news.example/story/123'),
      'https://news.example/story/123',
    ],
    [
      'the canonical link before og:url',
      `${ogUrl('https://news.example/og')}${canonical('https://news.example/canonical')}`,
      'https://news.example/canonical',
    ],
    [
      'og:url when the canonical link names the front page',
      `${canonical('https://news.example/')}${ogUrl('https://news.example/story/123')}`,
      'https://news.example/story/123',
    ],
    [
      'a relative href, resolved against the page',
      canonical('/world/harbour-bridge'),
      'https://news.example/world/harbour-bridge',
    ],
    [
      'the www. variant of the site',
      canonical('https://www.news.example/story/123'),
      'https://www.news.example/story/123',
    ],
    ['a rel list holding canonical', '<link rel="alternate canonical" href="/a/b">', 'https://news.example/a/b'],
    [
      'an href with spaces around it',
      canonical('  https://news.example/story/123  '),
      'https://news.example/story/123',
    ],
    ['another site', canonical('https://syndicator.example/world/harbour-bridge'), null],
    ['a site that only ends like this one', canonical('https://othernews.example/story/123'), null],
    ['the front page', canonical('https://news.example/'), null],
    ['the front page without a slash', canonical('https://news.example'), null],
    ['the front page as a relative href', canonical('/'), null],
    ['the front page as og:url', ogUrl('https://news.example/'), null],
    ['an empty href', canonical(''), null],
    ['no declaration', '<title>Harbour bridge opens</title>', null],
    ['a non-web address', canonical('ftp://news.example/story/123'), null],
  ])('%s', (_label, head, expected) => {
    expect(canonicalUrlOf(page(head), PAGE_URL)).toBe(expected);
  });

  it('a page on www. may declare the bare site', () => {
    const doc = page(canonical('https://news.example/story/123'));
    expect(canonicalUrlOf(doc, 'https://www.news.example/story/123?x=1')).toBe('https://news.example/story/123');
  });
});

const article = (overrides: Partial<ReaderArticle> = {}) => readerArticle({ url: PAGE_URL, ...overrides });

describe('toArticleInput: the article address', () => {
  it.each([
    [
      'the canonical URL when there is one',
      'https://news.example/world/2024/harbour-bridge',
      'https://news.example/world/2024/harbour-bridge',
    ],
    ['the page URL when the canonical is null', null, PAGE_URL],
    ['the page URL when the canonical is empty', '', PAGE_URL],
    ['the page URL when there is no canonical', undefined, PAGE_URL],
  ])('uses %s', (_label, canonicalUrl, expected) => {
    expect(toArticleInput(article({ canonicalUrl })).url).toBe(expected);
  });
});

describe('readerResultFrom: canonicalUrl', () => {
  const raw = (extra: Record<string, unknown>) => ({ ok: true, article: { ...article(), ...extra } });

  it.each([
    ['without canonicalUrl', {}],
    ['with a canonicalUrl', { canonicalUrl: 'https://news.example/world/2024/harbour-bridge' }],
    ['with a null canonicalUrl', { canonicalUrl: null }],
  ])('accepts a result %s, keeping it as given', (_label, extra) => {
    const result = readerResultFrom(raw(extra));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.canonicalUrl).toBe((extra as { canonicalUrl?: unknown }).canonicalUrl);
  });

  it.each([
    ['a number', 42],
    ['an object', { href: 'https://news.example/a' }],
  ])('refuses a result whose canonicalUrl is %s', (_label, canonicalUrl) => {
    expect(readerResultFrom(raw({ canonicalUrl }))).toEqual({ ok: false, reason: 'unavailable' });
  });
});
