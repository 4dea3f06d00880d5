import { describe, expect, it } from 'vitest';
import { extractToLearn } from '../../../lib/learn/extract-to-learn';
import { MIN_LEARNED_CHARS } from '../../../lib/learn/learn-policy';
import type { ReaderArticle } from '../../../lib/reader/article';
import { readerArticle, STORY_PARAGRAPHS, STORY_TEXT } from './story-fixture';

const read = (textContent: string, overrides: Partial<ReaderArticle> = {}) =>
  readerArticle({
    title: 'Harbour bridge opens | Example News',
    byline: 'By A. Reporter',
    publishedTime: '2024-06-03T08:00:00Z',
    textContent,
    url: 'https://news.example/world/2024/harbour-bridge?utm_source=feed',
    canonicalUrl: 'https://news.example/world/2024/harbour-bridge',
    ...overrides,
  });

describe('extractToLearn', () => {
  it('the story is long enough to be learned', () => {
    expect(STORY_TEXT.length).toBeGreaterThan(1500);
  });

  it.each([
    ['one paragraph', STORY_PARAGRAPHS[0]!],
    ['just under the minimum', STORY_TEXT.slice(0, MIN_LEARNED_CHARS - 1)],
    ['nothing', ''],
  ])('refuses %s, saying why', (_label, text) => {
    const result = extractToLearn(read(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/\w+/);
  });

  it('learns a real article: its people and place, its source and a text hash', () => {
    const result = extractToLearn(read(STORY_TEXT));
    if (!result.ok) throw new Error(`not learned: ${result.reason}`);
    const named = result.knowledge.entities.map((entity) => [entity.name, entity.type]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Helena Marsh', 'person'],
        ['Daniel Okafor', 'person'],
        ['Priya Raman', 'person'],
        ['Portsmouth', 'place'],
      ]),
    );
    expect(result.knowledge.sources).toHaveLength(1);
    expect(result.knowledge.sources[0]).toMatchObject({
      title: 'Harbour bridge opens',
      url: 'https://news.example/world/2024/harbour-bridge',
      date: '2024-06-03',
      builtIn: false,
    });
    expect(result.textHash).toMatch(/^text:\S+$/);
  });

  it('the same article read twice has the same text hash', () => {
    const first = extractToLearn(read(STORY_TEXT));
    const again = extractToLearn(read(STORY_TEXT, { url: 'https://news.example/world/2024/harbour-bridge' }));
    expect(first.ok && again.ok).toBe(true);
    if (first.ok && again.ok) expect(again.textHash).toBe(first.textHash);
  });

  it('a revised article has another text hash', () => {
    const first = extractToLearn(read(STORY_TEXT));
    const revised = extractToLearn(read(`${STORY_TEXT}\n\nThis story has been updated with the council's reply.`));
    expect(first.ok && revised.ok).toBe(true);
    if (first.ok && revised.ok) expect(revised.textHash).not.toBe(first.textHash);
  });

  it('refuses a long text that names no one', () => {
    const plain = `${'the weather stayed mild and dry for most of the week across the region. '.repeat(25)}`;
    const result = extractToLearn(read(plain));
    expect(result).toMatchObject({ ok: false });
  });
});
