/** Everyday English words (lib/extract/data/words.ts): a capitalised "Security" is not a name by itself. */
import { decodeFrontCoded } from './data/front-code';
import { WORDS } from './data/words';

/** Regular inflections: the list holds "partnership", and "partnerships" follows by rule. */
export const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['er', ''],
  ['est', ''],
];

let words: Set<string> | null = null;

function loaded(): Set<string> {
  words ??= new Set(decodeFrontCoded(WORDS));
  return words;
}

/** The word (any case) is an everyday English word or a regular inflection of one. */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  const set = loaded();
  if (set.has(lower)) return true;
  return INFLECTIONS.some(
    ([suffix, replacement]) =>
      lower.endsWith(suffix) &&
      lower.length - suffix.length >= 3 &&
      set.has(lower.slice(0, -suffix.length) + replacement),
  );
}
