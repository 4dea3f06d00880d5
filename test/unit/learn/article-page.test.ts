// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { looksLikeArticlePage } from '../../../lib/learn/article-page';
import { page } from './page-fixture';
import { STORY_PARAGRAPHS } from './story-fixture';

const STORY_URL = 'https://news.example/world/2024/some-story';

const ARTICLE_BODY = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main><article>
    <h1>Harbour bridge opens after three years</h1>
    <p class="byline">By A. Reporter</p>
    ${STORY_PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
  </article></main>
  <footer>© Example News</footer>`;

/** A section front: many headlines, each a short link with at most a one-line standfirst. */
const SECTION_FRONT_BODY = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main><h1>World</h1><ul>
    ${Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/world/2024/story-${i}">Headline number ${i} about events abroad</a>
        <p>A short standfirst for story ${i}.</p></li>`,
    ).join('\n')}
  </ul></main>`;

const article = (lang: string | null) => page('<title>Harbour bridge opens</title>', ARTICLE_BODY, lang);

describe('looksLikeArticlePage', () => {
  it.each<[string, Document, string, boolean]>([
    ['a long article on its own page', article(null), STORY_URL, true],
    ['a long article with a trailing slash', article(null), `${STORY_URL}/`, true],
    ['a long article with a query', article(null), `${STORY_URL}?ref=home`, true],
    ['the same article shown on the front page', article(null), 'https://news.example/', false],
    ['the same article on the front page without a slash', article(null), 'https://news.example', false],
    ['the front page with a query', article(null), 'https://news.example/?edition=uk', false],
    ['a section front', page('<title>World</title>', SECTION_FRONT_BODY), 'https://news.example/world', false],
    ['an empty page', page('<title>Nothing</title>'), STORY_URL, false],
    ['an unreadable address', article(null), 'not a url', false],
  ])('%s → %s', (_label, doc, url, expected) => {
    expect(looksLikeArticlePage(doc, url)).toBe(expected);
  });

  it.each([
    ['no lang', null, true],
    ['en', 'en', true],
    ['en-GB', 'en-GB', true],
    ['EN-us', 'EN-us', true],
    ['de', 'de', false],
    ['de-DE', 'de-DE', false],
    ['fr', 'fr', false],
    ['"english" is not a language tag', 'english', false],
  ])('an article declared %s → %s', (_label, lang, expected) => {
    expect(looksLikeArticlePage(article(lang), STORY_URL)).toBe(expected);
  });
});
