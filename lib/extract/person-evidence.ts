/** Evidence that a capitalised phrase names a person: a known name word, or a context only people have. */
import { isFirstName, isLastName, isRoleNoun } from './lexicon';
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
  if (next === ',' && second && (APPOSITIVE_OPENERS.has(second) || /^\d+$/.test(second) || isRoleNoun(second)))
    return true;
  const before = context.before ?? '';
  return /^\p{Ll}/u.test(before) && isRoleNoun(before);
}
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'his', 'her']);

/** "Certified Sustainable Seafood", "Yahoo Finance": capitalised words are a person only with a name word or a person context. */
export const isPersonName = (words: string[], mentions: Mention[], all: SentenceTokens[]): boolean =>
  hasNameWord(words) || mentions.some((m) => isSomeone(m, all));
