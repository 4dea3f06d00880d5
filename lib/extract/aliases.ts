/** When a shorter form names the same thing as a fuller one: surnames, acronyms, a long name's first word. */
import type { EntityType } from '../knowledge/schema';
import { isEnglishWord } from './english';
import { isFirstName, isFunctionWord } from './lexicon';

const CONTRACTION = /^\p{L}+['’](?:m|ll|re|ve|d|s|t)$/iu;

import type { Mention, SentenceTokens } from './names';
import { contextOf, looksLikePerson } from './typing';

const CONNECTOR_WORDS = new Set(['of', 'the', 'and', '&', 'for']);

/** Index of a shorter person name ("Wang", "Biden") inside a fuller one ("Wang Yi", "Joe Biden"). */
export function isPartOfName(shortForm: string[], fullForm: string[]): boolean {
  if (shortForm.length >= fullForm.length) return false;
  // "Bin Laden" opening a sentence is the "Osama bin Laden" of the lead
  const short = shortForm.map((w) => w.toLowerCase());
  const full = fullForm.map((w) => w.toLowerCase());
  if (short.length === 1) return full[0] === short[0] || withoutParticle(full[full.length - 1]) === short[0];
  let at = 0;
  for (const word of full) if (word === short[at]) at++;
  return at === short.length;
}

/** "al-Turabi" → "turabi": a family name's hyphened particle, which its short form leaves off. */
export const withoutParticle = (word: string): string => word.replace(/^(?:al|el|bin|ibn|abu|ben)-(?=\p{L})/iu, '');

export function initialsOf(words: string[]): string {
  return words
    .filter((w) => !CONNECTOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** A first name alone ("Daniel" for "Daniel Young") would match every Daniel: not an alias. */
export function isAlias(
  text: string,
  name: string,
  type: EntityType,
  mentions: Mention[],
  all: SentenceTokens[],
): boolean {
  // "HONG KONG" is "Hong Kong" in capitals, which every matcher reads anyway
  if (text.toLowerCase() === name.toLowerCase()) return false;
  // "S.", "I'm": an initial or a contraction names no one
  if (/^\p{Lu}\.?$/u.test(text) || CONTRACTION.test(text)) return false;
  // "An" for "An Marchal": a word that carries no name is no alias to look for on other pages
  if (isFunctionWord(text)) return false;
  // an everyday word is an alias only where the article uses it as the name mid-sentence, not at a sentence start
  const own = mentions.filter((m) => m.text === text);
  const opensSentence = (m: Mention) => {
    const before = contextOf(m, all).before;
    return before === undefined || /^["“‘'([—–-]$/.test(before);
  };
  if (!text.includes(' ') && isEnglishWord(text) && !isFirstName(text) && own.every(opensSentence)) return false;
  if (!(type === 'person' && name.startsWith(`${text} `) && isFirstName(text))) return true;
  // news names people by family name when they speak: "Nguyen said"
  return mentions.some((m) => m.text === text && looksLikePerson(contextOf(m, all)));
}

/** "Finnish Trade Union Confederation (SAK)": a name followed by its acronym in brackets. */
export function introduces(full: { mentions: Mention[] }, acronym: { mentions: Mention[] }, source: string): boolean {
  return full.mentions.some((f) => acronym.mentions.some((a) => /^\s*\($/.test(source.slice(f.end, a.start))));
}

/** A long name's first word stands for it ("Bardo" for "Bardo National Museum"); a word inside it does so only
 * with "the" ("the Pacific" yes, "Pacific halibut" no). */
const LONG_NAME_WORDS = 3;
export function standsFor(mentions: Mention[], wholeWords: string[], all: SentenceTokens[]): boolean {
  const named = wholeWords.filter((w) => !CONNECTOR_WORDS.has(w.toLowerCase()));
  const afterThe = mentions.some((m) => contextOf(m, all).before?.toLowerCase() === 'the');
  if (named.length < LONG_NAME_WORDS) return true;
  // "the Amazon" beside "Amazon Affairs Department": what a body is named after takes an article; its short form not
  if (named[0] === mentions[0].words[0]) return !afterThe;
  return afterThe;
}
