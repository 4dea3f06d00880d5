// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_LEARNED_PAGE_CHARS } from '../../../lib/learn/article-page';
import { readPageHtml } from '../../../lib/learn/read-page-html';
import { learnableHostname, pageAccessOrigin, siteAccessOrigins } from '../../../lib/learn/site-access';
import { STORY_PARAGRAPHS } from './story-fixture';

const articleMarkup = (extraHead = '') =>
  `<!doctype html><html lang="en"><head><title>Harbour talks resume | The Ledger</title>
  <meta property="og:site_name" content="The Ledger">
  <meta property="article:published_time" content="2025-02-03T08:30:00Z">${extraHead}</head>
  <body><nav><a href="/">Home</a></nav><article><h1>Harbour talks resume</h1>
  ${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
  <script>document.title = 'changed by a script'</script></body></html>`;

describe('readPageHtml: the markup a content script sent, read in an extension page', () => {
  it('reads the article, its site name and date, without running the page script', () => {
    const read = readPageHtml(articleMarkup(), 'https://news.example/world/harbour?utm_source=x');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.article.title).toContain('Harbour talks resume');
    expect(read.article.title).not.toContain('changed by a script');
    expect(read.article.siteName).toBe('The Ledger');
    expect(read.article.publishedTime).toContain('2025-02-03');
    expect(read.article.textContent).toContain(STORY_PARAGRAPHS[0]!.slice(0, 40));
  });

  it('takes the canonical address the page declares', () => {
    const read = readPageHtml(
      articleMarkup('<link rel="canonical" href="https://news.example/world/harbour">'),
      'https://news.example/world/harbour?utm_source=x#comments',
    );
    expect(read.ok && read.article.canonicalUrl).toBe('https://news.example/world/harbour');
  });

  it.each([
    [
      'a list of links',
      '<html><body><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></body></html>',
    ],
    ['an empty page', ''],
  ])('refuses %s', (_kind, html) => {
    expect(readPageHtml(html, 'https://news.example/world/x').ok).toBe(false);
  });

  it('refuses markup past the limit without parsing it', () => {
    const huge = `<html><body><p>${'x'.repeat(MAX_LEARNED_PAGE_CHARS)}</p></body></html>`;
    expect(readPageHtml(huge, 'https://news.example/world/x')).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('site access for learning', () => {
  it.each([
    ['https://news.example/world/a', 'https://news.example/*'],
    ['http://127.0.0.1:8080/learning/a.html', 'http://127.0.0.1/*'],
  ])('asks for the page’s own scheme and host: %s → %s', (url, origin) => {
    expect(pageAccessOrigin(url)).toBe(origin);
  });

  it('gives back both schemes of a site', () => {
    expect(siteAccessOrigins('news.example')).toEqual(['https://news.example/*', 'http://news.example/*']);
  });

  it.each([
    ['https://news.example/a', 'news.example'],
    ['http://127.0.0.1:3000/a', '127.0.0.1'],
    ['file:///home/me/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('learns on web pages only: %s → %s', (url, hostname) => {
    expect(learnableHostname(url)).toBe(hostname);
  });
});
