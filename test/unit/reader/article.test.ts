import { describe, expect, it } from 'vitest';
import {
  MAX_ARTICLE_CHARS,
  type ReaderArticle,
  type ReaderFailureReason,
  readerFailureMessage,
  readerResultFrom,
  titleWithoutSiteName,
  toArticleInput,
} from '../../../lib/reader/article';

const article = (overrides: Partial<ReaderArticle> = {}): ReaderArticle => ({
  title: 'Talks resume',
  byline: 'By Jane Doe',
  siteName: 'Example News',
  publishedTime: '2024-03-05T10:00:00Z',
  dateCandidates: [],
  textContent: 'First   paragraph.\n\n\n\nSecond\u00a0paragraph.',
  url: 'https://news.example/talks',
  lang: 'en',
  ...overrides,
});

describe('toArticleInput', () => {
  it('keeps paragraphs apart by one blank line and passes the metadata on', () => {
    expect(toArticleInput(article())).toEqual({
      text: 'First paragraph.\n\nSecond paragraph.',
      title: 'Talks resume',
      url: 'https://news.example/talks',
      siteName: 'Example News',
      byline: 'By Jane Doe',
      date: '2024-03-05',
      builtIn: false,
    });
  });

  it.each([
    ['Readability found it', { publishedTime: 'March 5, 2024' }, '2024-03-05'],
    ['only a meta tag has it', { publishedTime: null, dateCandidates: ['2024-03-06'] }, '2024-03-06'],
    ["Readability's is unreadable", { publishedTime: 'recently', dateCandidates: ['7 March 2024'] }, '2024-03-07'],
    ['nothing has it', { publishedTime: null }, null],
  ])('dates the article when %s', (_label, overrides, expected) => {
    expect(toArticleInput(article(overrides)).date).toBe(expected);
  });

  it('leaves out empty metadata', () => {
    const input = toArticleInput(article({ title: '  ', byline: null, siteName: '' }));
    expect(Object.keys(input).sort()).toEqual(['builtIn', 'date', 'text', 'url']);
  });
});

describe('readerFailureMessage', () => {
  it.each<[ReaderFailureReason, string]>([
    ['not-article', "doesn't look like an article"],
    ['empty', 'No article text'],
    ['too-large', MAX_ARTICLE_CHARS.toLocaleString('en-US')],
    ['unavailable', "can't be read"],
  ])('explains %s', (reason, words) => {
    expect(readerFailureMessage(reason)).toContain(words);
  });
});

describe('readerResultFrom', () => {
  it.each([
    ['no result at all', undefined, { ok: false, reason: 'unavailable' }],
    ['a known failure', { ok: false, reason: 'not-article' }, { ok: false, reason: 'not-article' }],
    ['an unknown failure', { ok: false, reason: 'toString' }, { ok: false, reason: 'unavailable' }],
    [
      'an article without text',
      { ok: true, article: { ...article(), textContent: 3 } },
      { ok: false, reason: 'unavailable' },
    ],
    ['a good article', { ok: true, article: article() }, { ok: true, article: article() }],
  ])('reads %s', (_label, raw, expected) => {
    expect(readerResultFrom(raw)).toEqual(expected);
  });
});

describe('titleWithoutSiteName', () => {
  it.each([
    ['Talks resume | Example News', 'Example News', 'Talks resume'],
    ['Talks resume - example news', 'Example News', 'Talks resume'],
    ['Talks resume — Example News', 'Example News', 'Talks resume'],
    ['Talks resume', 'Example News', 'Talks resume'],
    ['Example News', 'Example News', 'Example News'],
    ['Talks resume | Example News', null, 'Talks resume | Example News'],
  ])('%j with site %j → %j', (title, site, expected) => {
    expect(titleWithoutSiteName(title, site)).toBe(expected);
  });
});
