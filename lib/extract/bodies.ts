/** Evidence for and against organisation names: spelt-out terms, publications, firms' lists of partners. */
import { ORGANIZATION_WORDS, TITLE_WORDS } from './lexicon';
import type { Mention } from './names';
import type { Token } from './text';

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

/** Nouns a paper's or a magazine's name comes before: "The Times newspaper", "Star magazine". */
const PUBLICATION_NOUNS = new Set(['newspaper', 'magazine', 'tabloid', 'weekly', 'daily', 'journal', 'newsletter']);
const MAX_NOUN_CHARS = 14;

/** "The Statesman newspaper", "Vogue magazine", "told The Statesman": a title, whatever its words mean in English. A
 * capital "The" inside a sentence opens a title too. */
export function namesPublication(mention: Mention, source: string): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(source.slice(mention.end, mention.end + MAX_NOUN_CHARS))?.[1] ?? '';
  if (PUBLICATION_NOUNS.has(next)) return true;
  // ("at The Oval", "in The Hague" are places)
  const before = /(\p{Ll}+|,) The $/u.exec(source.slice(Math.max(0, mention.start - MAX_NOUN_CHARS), mention.start));
  // ...and ends there ("The Land is Ours" is a longer title)
  const ends = /^(?:[.,;:)'’”]|\s+(?:and|or|said|says|reported|reports)\b)/u.test(
    source.slice(mention.end, mention.end + 12),
  );
  return !!before && !PLACE_PREPOSITIONS.has(before[1]) && ends;
}
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'to', 'from', 'into', 'outside']);

/** A company's legal form: "Inc", "Co.", "Ltd". */
const LEGAL_FORM = /^(?:Inc|Co|Cos|Corp|Ltd|LLC|Plc|PLC|LP|AG|SA|NV)\.?(?:['’]s)?$/;
const MAX_PARTNER_WORDS = 2;

/**
 * "Goldman, Sachs and Co.", "Kalf, Voorhis & Co", "Ferris, Baker Watts, Inc.": partners' names listed with commas
 * up to the firm's legal form are one firm's name. Given the comma after the run, the index of the legal form that
 * ends the firm's name, or -1 ("Cargill, Mitsui and Louis Dreyfus Corp" lists three companies: a partner is one or two
 * words, and the form comes straight after the last comma or "and").
 */
export function firmListEnd(run: Token[], tokens: Token[], j: number): number {
  const last = run[run.length - 1].text;
  if (run.length > MAX_PARTNER_WORDS || LEGAL_FORM.test(last) || !/^\p{Lu}\p{Ll}/u.test(last)) return -1;
  let k = j;
  while (k + 1 < tokens.length && /^(?:,|and|&)$/.test(tokens[k].text)) {
    if (LEGAL_FORM.test(tokens[k + 1].text)) return k + 1;
    let m = k + 1;
    while (m < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[m].text) && !LEGAL_FORM.test(tokens[m].text)) m++;
    if (m === k + 1 || m - k - 1 > MAX_PARTNER_WORDS) return -1;
    k = m;
  }
  return -1;
}

const MAX_BRACKETED_WORDS = 3;
/** "Total Petroleum (North America) Ltd", "Dadabhoy Investment (pvt) Ltd": words in brackets before a legal form are
 * inside a company's name. Given the opening bracket, the index of the legal form, or -1. */
export function bracketedFormEnd(tokens: Token[], j: number): number {
  if (tokens[j].text !== '(') return -1;
  const close = tokens.findIndex((t, k) => k > j && t.text === ')');
  if (close < j + 2 || close - j - 1 > MAX_BRACKETED_WORDS) return -1;
  if (tokens.slice(j + 1, close).some((t) => !/^\p{L}+$/u.test(t.text))) return -1;
  return LEGAL_FORM.test(tokens[close + 1]?.text ?? '') ? close + 1 : -1;
}

/** Head words after which an airline's name ends: what follows is its aircraft ("Vnukovo Airlines Tupolev 154"). */
const AIRLINE_WORDS = new Set(['airlines', 'airways']);

/** "Best Products Co Chairman", "Sudan Airways Airbus": a title after a body's head word (with no one named after
 * it), or an aircraft after an airline's, is no part of the body's name. */
export function withoutTrailingNonName(words: Token[]): Token[] {
  if (words.length < 3) return words;
  const [previous, last] = words.slice(-2).map((t) => t.text.toLowerCase());
  if (TITLE_WORDS.has(last) && ORGANIZATION_WORDS.has(previous)) return words.slice(0, -1);
  const airline = words.findIndex((t) => AIRLINE_WORDS.has(t.text.toLowerCase()));
  const rest = words.slice(airline + 1);
  if (
    airline > 0 &&
    rest.length > 0 &&
    rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORGANIZATION_WORDS.has(t.text.toLowerCase()))
  )
    return words.slice(0, airline + 1);
  return words;
}
