import { describe, expect, it } from 'vitest';
import { isEnglish } from '../../../lib/reader/language';

const ENGLISH =
  'The mayor said on Tuesday that the harbour wall would be rebuilt by the spring, and that the council has the money.';
const GERMAN =
  'Der Stadtrat hat am Dienstag beschlossen, die Hafenmauer bis zum Frühjahr zu erneuern, sagte Keller nach der Sitzung.';
const CHINESE = '市长周二表示，港口围墙将在春季之前重建，市议会已经有了资金。';

describe('isEnglish', () => {
  it.each([
    ['English text, no declared language', ENGLISH, null, true],
    ['English text declared en-GB', ENGLISH, 'en-GB', true],
    ['German text, no declared language', GERMAN, null, false],
    ['Chinese text, no declared language', CHINESE, null, false],
    ['English text declared German', ENGLISH, 'de', false],
    ['no words at all', '— 12 34 —', null, false],
  ])('%s → %s', (_label, text, lang, expected) => {
    expect(isEnglish(text, lang)).toBe(expected);
  });
});
