import { describe, expect, it } from 'vitest';
import { normaliseDate, pickArticleDate } from '../../../lib/reader/date';

describe('normaliseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05 08:15', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['20240305T101500Z', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Mar. 5, 2024', '2024-03-05'],
    ['Sept 30 2023', '2023-09-30'],
    ['Tuesday, March 5th, 2024', '2024-03-05'],
    ['Updated March 5, 2024 at 10:02 a.m. ET', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['5th of March, 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['1709632800', '2024-03-05'],
    ['1709632800000', '2024-03-05'],
    ['  2024-03-05  ', '2024-03-05'],
  ])('reads %j as %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it.each([
    ['ambiguous day/month', '05/03/2024'],
    ['a day that does not exist', '2024-02-30'],
    ['a month that does not exist', '2024-13-01'],
    ['an implausible year', '1066-10-14'],
    ['a name that is not a month', 'Marcus 5, 2024'],
    ['a word', 'yesterday'],
    ['a short number', '12345'],
    ['empty text', ''],
    ['nothing', null],
  ])('gives null for %s', (_label, raw) => {
    expect(normaliseDate(raw)).toBeNull();
  });
});

describe('pickArticleDate', () => {
  it.each([
    ['the first readable one', ['2024-03-05', '2023-01-01'], '2024-03-05'],
    ['skipping unreadable ones', [null, 'soon', 'March 6, 2024'], '2024-03-06'],
    ['null when none reads', [undefined, 'n/a'], null],
    ['null for no candidates', [], null],
  ])('picks %s', (_label, candidates, expected) => {
    expect(pickArticleDate(candidates)).toBe(expected);
  });
});
