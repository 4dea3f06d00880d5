/** Everyday English words (lib/extract/data/words.ts): a capitalised "Security" is not a name by itself. */
import { decodeFrontCoded } from './data/front-code';
import { WORDS } from './data/words';

/** Regular inflections: the list holds "partnership", and "partnerships" follows by rule. */
export const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
];

let words: Set<string> | null = null;

function loaded(): Set<string> {
  words ??= new Set(decodeFrontCoded(WORDS));
  return words;
}

/** Listed, or an inflection of a listed word or of its inflection ("standings" of "standing" of "stand"). */
function isListed(lower: string, depth = 2): boolean {
  if (loaded().has(lower)) return true;
  return (
    depth > 0 &&
    INFLECTIONS.some(
      ([suffix, replacement]) =>
        lower.endsWith(suffix) &&
        lower.length - suffix.length >= 3 &&
        isListed(lower.slice(0, -suffix.length) + replacement, depth - 1),
    )
  );
}

/** British spellings of the American list's words: "labour", "organise", "centre". */
const BRITISH: readonly (readonly [RegExp, string])[] = [
  [/our(?=s?$|ed$|ing$|ite|able|er)/, 'or'],
  [/is(?=e[sd]?$|ing$|ation|er)/, 'iz'],
  [/tre(?=s?$)/, 'ter'],
  [/ogue(?=s?$)/, 'og'],
];
/** Prefixes that keep a word everyday: "unseeded", "non-stop", "reopened". */
const PREFIXES = /^(?:un|non-?|re|pre|anti-?|ex-|co-?|over|under|mis|out)(?=\p{L}{4})/u;

/** Second halves of everyday compounds: "chipmaker", "peacekeepers", "midfielders", "shipbuilders". */
const COMPOUND_TAIL = /(?:makers?|keepers?|holders?|fielders?|workers?|builders?|goers?|ships?|wide)$/;
function isCompound(lower: string): boolean {
  const tail = COMPOUND_TAIL.exec(lower)?.[0];
  const head = tail ? lower.slice(0, -tail.length) : '';
  return head.length >= 3 && isListed(head);
}

/** The word (any case) is an everyday English word, a regular inflection, British spelling or compound of one. */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isListed(lower) || isCompound(lower)) return true;
  const forms = BRITISH.map(([from, to]) => lower.replace(from, to)).filter((form) => form !== lower);
  const bare = lower.replace(PREFIXES, '');
  if (bare !== lower) forms.push(bare);
  return forms.some((form) => isListed(form));
}
