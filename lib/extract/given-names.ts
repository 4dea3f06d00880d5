/** Given names ("david", "elizabeth"): a lone one on a page ties a word to one person by chance. */
import { decodeFrontCoded } from './data/front-code';
import { GIVEN_NAMES } from './data/given-names';

let names: Set<string> | null = null;

export function isGivenName(word: string): boolean {
  names ??= new Set(decodeFrontCoded(GIVEN_NAMES));
  return names.has(word.toLowerCase());
}
