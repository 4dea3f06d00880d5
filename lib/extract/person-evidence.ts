/** Evidence that a capitalised phrase names a person: a known name word, or a context only people have. */
import { isFirstName, isLastName, isRoleNoun, ORGANIZATION_WORDS } from './lexicon';
import type { Mention, SentenceTokens } from './names';
import { contextOf, looksLikePerson } from './typing';

/** "McCartney", "O’Neill", "MacLeod": a surname by its shape even when the lexicon has never seen it. */
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u;
export const hasNameWord = (words: string[]): boolean =>
  words.some((w) => isFirstName(w) || isLastName(w) || SURNAME_SHAPE.test(w));

/** Context that says a mention is a person: a title, "said X", "X, a …", "X, 52,", "skipper X". */
export function isSomeone(mention: Mention, all: SentenceTokens[]): boolean {
  if (mention.title) return true;
  const context = contextOf(mention, all);
  if (looksLikePerson(context)) return true;
  const [next, second] = context.after;
  if (next === ',' && (second === 'who' || second === 'whose' || /^\d+$/.test(second ?? ''))) return true;
  if (next === ',' && second && (APPOSITIVE_OPENERS.has(second) || isRoleNoun(second)))
    return appositiveHead(mention, all) !== 'body';
  const before = context.before ?? '';
  return /^\p{Ll}/u.test(before) && isRoleNoun(before);
}
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her']);
/** The head noun of an appositive comes within its first few words. */
const APPOSITIVE_HEAD_WINDOW = 6;

/** "X, a tour guide" names a role; "Ansar al-Sharia, an al-Qaeda-linked organization" names a body. */
function appositiveHead(mention: Mention, all: SentenceTokens[]): 'role' | 'body' | null {
  const { tokens } = all[mention.sentence];
  const comma = tokens.findIndex((t) => t.start >= mention.end);
  const phrase = tokens.slice(comma + 1).filter((t) => t.text !== '-');
  for (const token of phrase.slice(0, APPOSITIVE_HEAD_WINDOW)) {
    const word = token.text.toLowerCase();
    if (word === ',' || word === '—') return null;
    if (ORGANIZATION_WORDS.has(word) || ORGANIZATION_WORDS.has(word.replace(/s$/, ''))) return 'body';
    if (isRoleNoun(word)) return 'role';
  }
  return null;
}

/** "Certified Sustainable Seafood", "Yahoo Finance": capitalised words are a person only with a name word or a person context. */
export const isPersonName = (words: string[], mentions: Mention[], all: SentenceTokens[]): boolean =>
  hasNameWord(words) || mentions.some((m) => isSomeone(m, all));
