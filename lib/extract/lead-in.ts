/** Everyday nouns that open a sentence before a name: "Shutdown of Bally's…", "Conglomerate Bollore lost…". */
import { isEnglishWord } from './english';
import {
  isFirstName,
  isKnownPlace,
  isLastName,
  isPeopleWord,
  ORGANIZATION_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './text';
import { BODY_NOUNS_BEFORE } from './typing';

/** An English noun that names no body, place or person by itself. */
function isCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    isEnglishWord(word) &&
    !ORGANIZATION_WORDS.has(lower) &&
    !PLACE_WORDS.has(lower) &&
    !PLACE_FIRST_WORDS.has(lower) &&
    !TITLE_WORDS.has(lower) &&
    !isKnownPlace(word) &&
    !isFirstName(word) &&
    !isLastName(word) &&
    !isPeopleWord(word)
  );
}

/**
 * How many words of a run opening a sentence are a lead-in to the name after them, 0 if none: "Shutdown of" in
 * "Shutdown of Bally", "Rebels of the" in "Rebels of the Revolutionary United Front", "Conglomerate" in
 * "Conglomerate Bollore" (a word news sets before a company's name, here capitalised by the sentence start).
 */
export function leadInLength(run: Token[]): number {
  if (run.length < 2 || !isCommonNoun(run[0].text)) return 0;
  if (run[1].text === 'of') {
    const start = run[2]?.text === 'the' ? 3 : 2;
    return /^\p{Lu}/u.test(run[start]?.text ?? '') ? start : 0;
  }
  return BODY_NOUNS_BEFORE.has(run[0].text.toLowerCase()) && /^\p{Lu}/u.test(run[1].text) ? 1 : 0;
}
