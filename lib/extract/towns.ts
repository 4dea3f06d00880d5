/** Where news sets a town: "Sprague, Manitoba", "Lees Summit, Mo.", "Creedmoor, N.C.;" — before its state or country. */
import { isKnownPlace } from './lexicon';
import { joinTokens, STATE_ABBREVIATIONS } from './name-parts';
import type { Mention, SentenceTokens } from './names';

const MAX_REGION_WORDS = 3;
/** What may follow "Town, Region": the end of the phrase, not more of a name ("Smith, Texas Instruments"). */
const PHRASE_END = /^(?:[,;.):—–-]|and|or)$/;

/** The mention is followed by a comma and a known state, province or country that ends the phrase. */
export function beforeItsRegion(mention: Mention, all: SentenceTokens[]): boolean {
  const { tokens } = all[mention.sentence];
  const last = tokens.findIndex((t) => t.end >= mention.end);
  if (last < 0 || tokens[last + 1]?.text !== ',') return false;
  let k = last + 2;
  while (k < tokens.length && k - last - 2 < MAX_REGION_WORDS && /^\p{Lu}/u.test(tokens[k].text)) k++;
  if (k === last + 2) return false;
  const region = joinTokens(tokens.slice(last + 2, k));
  if (!STATE_ABBREVIATIONS.has(region) && !isKnownPlace(region)) return false;
  return k === tokens.length || PHRASE_END.test(tokens[k].text);
}
