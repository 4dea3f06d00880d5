import { describe, expect, it } from 'vitest';
import { sumFrames } from '../../entrypoints/background/tab-mentions';

describe('sumFrames: a tab counts the mentions of the page and its iframes', () => {
  it.each([
    ['no frame reported yet', {}, { counts: {}, total: 0 }],
    ['the page alone', { 0: { counts: { a: 2 }, total: 2 } }, { counts: { a: 2 }, total: 2 }],
    [
      'the page and an iframe naming the same and another entity',
      { 0: { counts: { a: 2 }, total: 2 }, 7: { counts: { a: 1, b: 3 }, total: 4 } },
      { counts: { a: 3, b: 3 }, total: 6 },
    ],
  ])('%s', (_label, frames, expected) => {
    expect(sumFrames(frames)).toEqual(expected);
  });
});
