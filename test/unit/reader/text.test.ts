import { describe, expect, it } from 'vitest';
import { normaliseArticleText } from '../../../lib/reader/text';

describe('normaliseArticleText', () => {
  it.each([
    ['a soft hyphen inside a name', 'Vladi\u00admir Putin spoke.', 'Vladimir Putin spoke.'],
    ['a zero-width space inside a name', 'Wang\u200b Yi arrived.', 'Wang Yi arrived.'],
    ['runs of spaces and non-breaking spaces', 'Xi\u00a0\u00a0 Jinping   met  Blinken.', 'Xi Jinping met Blinken.'],
    ['paragraphs kept apart by one blank line', 'One.\r\n\r\n\r\nTwo.', 'One.\n\nTwo.'],
  ])('%s', (_label, raw, expected) => {
    expect(normaliseArticleText(raw)).toBe(expected);
  });
});
