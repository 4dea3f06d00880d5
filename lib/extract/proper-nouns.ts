/** Everyday words that are also names ("China", "Turkey", "Reading"): a place so called is a name anywhere. */
import { decodeFrontCoded } from './data/front-code';
import { PROPER_NOUNS } from './data/proper-nouns';

let words: Set<string> | null = null;

export function isAlsoProperNoun(word: string): boolean {
  words ??= new Set(decodeFrontCoded(PROPER_NOUNS));
  return words.has(word.toLowerCase());
}
