import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../../lib/extract/files';
import { ExtractionError, extractArticle } from '../../../lib/extract/index';
import { findQuoteSpans, parseDateLine, splitSentences } from '../../../lib/extract/text';

describe('parseDateLine', () => {
  it.each([
    ['date 2023-06-19\nBody text.', '2023-06-19', 'Body text.'],
    [' date 2023-06-19 China and the U.S. met.', '2023-06-19', 'China and the U.S. met.'],
    ['Date 2024-01-02\r\nBody.', '2024-01-02', 'Body.'],
    ['No date here.', null, 'No date here.'],
    ['The date 2023-06-19 was set.', null, 'The date 2023-06-19 was set.'],
  ])('%j → %s', (raw, date, text) => {
    expect(parseDateLine(raw)).toEqual({ date, text });
  });
});

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['The U.S. Secretary of State arrived. He left.', ['The U.S. Secretary of State arrived.', 'He left.']],
    ['"It is vital," he said. "We keep working."', ['"It is vital," he said.', '"We keep working."']],
    ['Headline without a stop\nFirst sentence here.', ['Headline without a stop', 'First sentence here.']],
  ])('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('marks a line without end punctuation as a headline', () => {
    expect(splitSentences('Council approves plan\nThe council voted.').map((s) => s.headline)).toEqual([true, false]);
  });
});

describe('findQuoteSpans', () => {
  it.each([
    ['"Hello there," she said.', ['Hello there,']],
    ['“Curly quotes,” he said, “work too.”', ['Curly quotes,', 'work too.']],
    ['He called it "a first step" and left.', ['a first step']],
    ['"An unclosed quote runs to the end\n"New one."', ['An unclosed quote runs to the end', 'New one.']],
    ["It's the team's 'nickname' only.", []],
  ])('%j', (text, expected) => {
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('extractArticle input', () => {
  it.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['1 2 3\n---', 'no-sentences'],
  ])('%j is refused as %s', (text, problem) => {
    expect(() => extractArticle({ text })).toThrow(ExtractionError);
    try {
      extractArticle({ text });
    } catch (error) {
      expect((error as ExtractionError).problem).toBe(problem);
    }
  });

  it('refuses binary text in files', () => {
    expect(() => extractFiles([{ path: 'x.bin', text: 'abc\u0000def more words here.' }])).toThrow(/binary/);
  });

  it('lets input.date win over the date line and keeps a stable source id', () => {
    const text = 'date 2023-06-19\nThe mayor, Ana Silva, opened the bridge on Monday.';
    const a = extractArticle({ text, date: '2024-01-01' });
    const b = extractArticle({ text });
    expect(a.sources[0].date).toBe('2024-01-01');
    expect(b.sources[0].date).toBe('2023-06-19');
    expect(a.sources[0].id).toBe(b.sources[0].id);
    expect(extractArticle({ text, url: 'https://example.org/a' }).sources[0].id).not.toBe(a.sources[0].id);
  });

  it('takes a headline-like first line as the title, and input.title over it', () => {
    const text = 'Bridge opens after five years\nThe mayor, Ana Silva, opened the bridge on Monday.';
    expect(extractArticle({ text }).sources[0].title).toBe('Bridge opens after five years');
    expect(extractArticle({ text, title: 'Given' }).sources[0].title).toBe('Given');
    expect(extractArticle({ text: 'The mayor opened the new bridge on Monday.' }).sources[0].title).toBeUndefined();
  });
});
