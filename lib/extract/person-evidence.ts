/** Evidence that a capitalised phrase names a person: a known name word, or a context only people have. */
import { isEnglishWord } from './english';
import { placeKind } from './gazetteer';
import {
  isCountry,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isLastName,
  isRoleNoun,
  ORGANIZATION_WORDS,
} from './lexicon';
import { opensWithGivenName } from './name-parts';
import type { Mention, SentenceTokens } from './names';
import { contextOf, looksLikePerson } from './typing';

/** "McCartney", "O’Neill", "MacLeod": a surname by its shape even when the lexicon has never seen it. */
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u;
export const hasNameWord = (words: string[]): boolean =>
  opensWithGivenName(words) ||
  words.some((w) => isFirstName(w) || isLastName(w) || SURNAME_SHAPE.test(w)) ||
  // "D. Fulton", "J.R. Smith": initials before a capitalised word
  (words.length > 1 && /^(?:\p{Lu}\.){1,3}$/u.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]));

/** "Mariners", "Managers", "Bulldogs": an everyday noun in the plural, which no one's family name is ("Roger Waters" has a
 * given name to say otherwise). */
export function endsInCommonPlural(words: string[]): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+s$/u.test(last) || !isEnglishWord(last) || isLastName(last)) return false;
  // "V. Drakes", "Nikolaus van der Pas": initials, a given name or a particle make it someone's
  if (words.some((w) => isFirstName(w) || /\.$/.test(w) || /^\p{Ll}/u.test(w))) return false;
  return isEnglishWord(singular(last));
}
const singular = (word: string): string => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1));

/** Context that says a mention is a person: a title, "said X", "X, a …", "X, 52,", "skipper X". */
export function isSomeone(mention: Mention, all: SentenceTokens[]): boolean {
  if (mention.title) return true;
  const context = contextOf(mention, all);
  if (looksLikePerson(context)) return true;
  const [next, second, third] = context.after;
  if (next === ',' && (second === 'who' || second === 'whose' || /^\d+$/.test(second ?? ''))) return true;
  // "Bruny Surin (Canada) 10.30", "Asa Carlsson (Sweden)": a competitor and the country they stand for (a club
  // carries its town: "RAF Riga (Latvia)")
  const club = mention.words.some((w) => placeKind(w) === 'major');
  if (next === '(' && third === ')' && second && isCountry(second) && !club) return true;
  if (next === ',' && second && (APPOSITIVE_OPENERS.has(second) || isRoleNoun(second)))
    return appositiveHead(mention, all) === 'role' || appositiveHead(mention, all) === null;
  // "skipper Wade Bassi", "The priest, Fidelis Mukonori,"
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const before = tokens[first - 1]?.text === ',' ? tokens[first - 2]?.text : context.before;
  return !!before && /^\p{Ll}/u.test(before) && isRoleNoun(before);
}
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her']);
/** The head noun of an appositive comes within its first few words. */
const APPOSITIVE_HEAD_WINDOW = 6;

/** Nouns for made things an appositive can name: "Command Line, a paid weekly newsletter". */
const THING_NOUNS = new Set(
  'newsletter newsletters podcast podcasts show shows series app apps book books film films movie movies album albums song songs magazine game games website site blog drive device product products brand label'.split(
    ' ',
  ),
);

/** "X, a tour guide" names a role; "Ansar al-Sharia, an al-Qaeda-linked organization" a body; "a newsletter" a thing. */
function appositiveHead(mention: Mention, all: SentenceTokens[]): 'role' | 'body' | 'thing' | null {
  if (!isAppositive(mention, all)) return null;
  const { tokens } = all[mention.sentence];
  const comma = tokens.findIndex((t) => t.start >= mention.end);
  const phrase = tokens.slice(comma + 1).filter((t) => t.text !== '-');
  let named = false;
  for (const token of phrase.slice(0, APPOSITIVE_HEAD_WINDOW)) {
    const word = token.text.toLowerCase();
    if (word === ',' || word === '—') return null;
    // "Kodiak, Alaska, the Polaris makes a series": a name before the noun makes it a new clause, not a description
    named ||= /^\p{Lu}/u.test(token.text);
    if (THING_NOUNS.has(word) && !named) return 'thing';
    if (ORGANIZATION_WORDS.has(word) || ORGANIZATION_WORDS.has(word.replace(/s$/, ''))) return 'body';
    if (isRoleNoun(word)) return 'role';
  }
  return null;
}

function isAppositive(mention: Mention, all: SentenceTokens[]): boolean {
  const [next, second] = contextOf(mention, all).after;
  return next === ',' && !!second && APPOSITIVE_OPENERS.has(second);
}

/** "Command Line, a paid weekly newsletter": a name its own text calls a made thing is none of our types. */
export const isNamedThing = (mentions: Mention[], all: SentenceTokens[]): boolean =>
  mentions.some((m) => appositiveHead(m, all) === 'thing');

/** "Certified Sustainable Seafood", "Yahoo Finance": capitalised words are a person only with a name word or a
 * person context; a word with a digit ("GDDR5", "PS4") is never part of a person's name. */
export const isPersonName = (words: string[], mentions: Mention[], all: SentenceTokens[]): boolean =>
  !words.some((w) => /\d/.test(w)) &&
  ((hasNameWord(words) && !isEveryday(words)) ||
    looksLikeForeignName(words) ||
    mentions.some((m) => isSomeone(m, all)));

/** "Consumer Price Index": everyday words only, none a first name; a surname-like "Price" proves nothing. */
const isEveryday = (words: string[]): boolean =>
  words.every((w) => isEnglishWord(w) && !isFirstName(w)) && !/^(?:\p{Lu}\.)+$/u.test(words[0]);

/** "Yasser Arafat", "Hermawan Susanto": two or three capitalised words that are neither English nor places. */
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
function looksLikeForeignName(words: string[]): boolean {
  const named = words.filter((w) => !CONNECTOR_PARTICLES.has(w));
  return (
    named.length >= 2 &&
    named.length <= 3 &&
    named.every((w) => NAME_SHAPE.test(w) && !isEnglishWord(w) && !isKnownPlace(w) && !isKnownOrganization(w))
  );
}
const CONNECTOR_PARTICLES = new Set([
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'el',
  'la',
  'le',
  'du',
  'di',
  'dos',
  'das',
]);
