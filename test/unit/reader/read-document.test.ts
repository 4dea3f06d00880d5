// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectDateCandidates } from '../../../lib/reader/meta';
import { readDocument } from '../../../lib/reader/read-document';
import { articleText } from '../../../lib/reader/text';

const URL_OF_PAGE = 'https://news.example/talks';
const PARAGRAPH =
  'Secretary of State Antony Blinken met negotiators in Doha on Tuesday, where talks over a ceasefire resumed ' +
  'after a pause of several weeks, according to officials familiar with the discussions.';

/** A test page from fixture markup written in this file (not untrusted text). */
function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const ARTICLE_BODY = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <article>
    <h1>Talks resume in Doha</h1>
    <p class="byline">By Jane Doe</p>
    <p>${PARAGRAPH}</p>
    <p>"We are working on it," Blinken said. ${PARAGRAPH}</p>
    <p>The next round is expected next week.<br>Officials declined to comment. ${PARAGRAPH}</p>
  </article>
  <footer>© Example News</footer>`;

describe('articleText', () => {
  it('separates block elements by blank lines and keeps <br> as a line break', () => {
    const doc = page(
      '',
      '<div><h2>Title</h2><p>One\n   two</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p><script>bad()</script></div>',
    );
    expect(articleText(doc.body)).toBe('Title\n\nOne two\n\na\n\nb\n\nx\ny');
  });
});

describe('collectDateCandidates', () => {
  it('lists meta, JSON-LD and <time> dates, most trusted first', () => {
    const doc = page(
      `<meta name="DATE" content="2024-03-04">
       <meta property="article:published_time" content="2024-03-05T10:00:00Z">
       <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-03"}]}</script>
       <script type="application/ld+json">{broken</script>`,
      '<time datetime="2024-03-02">two days ago</time>',
    );
    expect(collectDateCandidates(doc)).toEqual(['2024-03-05T10:00:00Z', '2024-03-04', '2024-03-03', '2024-03-02']);
  });
});

describe('readDocument', () => {
  it('returns the article as plain text with paragraphs, and leaves the page untouched', () => {
    const doc = page(
      '<title>Ceasefire talks resume in Doha after a pause | Example News</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta property="og:site_name" content="Example News">',
      ARTICLE_BODY,
    );
    const before = doc.documentElement.outerHTML;
    const result = readDocument(doc, URL_OF_PAGE);
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
    const { article } = result;
    expect(article).toMatchObject({
      siteName: 'Example News',
      publishedTime: '2024-03-05T10:00:00Z',
      url: URL_OF_PAGE,
    });
    expect(article.title).toBe('Ceasefire talks resume in Doha after a pause');
    const paragraphs = article.textContent.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('"We are working on it," Blinken said.'))).toBe(true);
    expect(article.textContent).toContain('expected next week.\nOfficials declined');
    expect(article.textContent).not.toContain('Home');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('refuses a page that is not an article', () => {
    const doc = page('', '<nav><a href="/a">A</a><a href="/b">B</a></nav><p>Short teaser.</p>');
    expect(readDocument(doc, URL_OF_PAGE)).toEqual({ ok: false, reason: 'not-article' });
  });
});
