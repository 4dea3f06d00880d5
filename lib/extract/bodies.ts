/** Evidence for and against organisation names: spelt-out terms, publications, firms' lists of partners. */
import type { Mention } from './names';

const MAX_DEFINITION_CHARS = 60;
/** "the cash reserve ratio (CRR)", "220 kilovolt (KV)": an acronym the text spells out in lower-case words is a
 * term of the trade, not a body. */
export function isDefinedTerm(mention: Mention, source: string): boolean {
  if (source[mention.start - 1] !== '(' || source[mention.end] !== ')') return false;
  const letters = mention.text.toLowerCase();
  const before = source.slice(Math.max(0, mention.start - 1 - MAX_DEFINITION_CHARS), mention.start - 1).trimEnd();
  const words = before.split(/\s+/);
  const last = words.slice(-letters.length);
  if (last.length === letters.length && last.every((w) => /^\p{Ll}+$/u.test(w))) {
    if (last.map((w) => w[0]).join('') === letters) return true;
  }
  // "kilovolt (KV)", "megawatts (MW)": one word that holds the letters in order
  const word = words[words.length - 1] ?? '';
  return /^\p{Ll}+$/u.test(word) && word[0] === letters[0] && inOrder(letters, word);
}

function inOrder(letters: string, word: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
