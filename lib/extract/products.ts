/** Product names ("Apple Vision Pro", "the new Xbox", "Dolby Atmos"): not one of our types, so they are dropped. */
import { isFirstName, isKnownOrganization, isKnownPlace } from './lexicon';
import type { Mention, SentenceTokens } from './names';

/** Last words that name a model of a product line: "Quest Pro", "Apple Pay", "Xbox One", "Face ID". */
const MODEL_WORDS = new Set(['pro', 'max', 'mini', 'plus', 'ultra', 'air', 'se', 'one', 'id', 'pay', 'atmos', 'os']);
/** Lowercase nouns after a product's name: "the Xbox console", "the iPhone app", "Windows version". */
const PRODUCT_NOUNS = new Set(
  'headset headsets phone phones smartphone smartphones console consoles app apps device devices software chip chips laptop laptops tablet tablets version versions update updates model models gadget controller speaker speakers subscription firmware browser'.split(
    ' ',
  ),
);
/** "Dolby-compatible", "iPhone-only": a suffix only products take. */
const PRODUCT_SUFFIXES = new Set(['compatible', 'enabled', 'powered', 'only', 'exclusive']);

function tokensAround(mention: Mention, all: SentenceTokens[]): { before: string[]; after: string[] } {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = tokens.findIndex((t) => t.end >= mention.end);
  return {
    before: tokens.slice(Math.max(first - 2, 0), first).map((t) => t.text.toLowerCase()),
    after: tokens.slice(last + 1, last + 3).map((t) => t.text.toLowerCase()),
  };
}

/** "the new Xbox", "Xbox console", "Dolby-compatible": words around a mention that only products have. */
function hasProductContext(mention: Mention, all: SentenceTokens[]): boolean {
  const { before, after } = tokensAround(mention, all);
  if (before[before.length - 1] === 'new' && /^(?:the|a|its|their|his|her)$/.test(before[0] ?? '')) return true;
  if (PRODUCT_NOUNS.has(after[0] ?? '')) return true;
  return after[0] === '-' && PRODUCT_SUFFIXES.has(after[1] ?? '');
}

/** People's names take no article: "the Miami Herald", "the Mujahideen Khalq" are bodies. */
export const afterArticle = (mention: Mention, all: SentenceTokens[]): boolean =>
  /^(?:the|a|an)$/.test(tokensAround(mention, all).before.at(-1) ?? '');

/**
 * A name untitled and not opening with a first name is a product when its last word names a model, its first word
 * is a company ("Ford Focus", "Google Pay"), or its mentions sit in product context ("the Liberation Tigers of Tamil
 * Eelam", "the Miami Herald" after an article are bodies).
 */
export function isProductName(words: string[], mentions: Mention[], all: SentenceTokens[]): boolean {
  if (mentions.some((m) => m.title) || isFirstName(words[0])) return false;
  if (mentions.some((m) => hasProductContext(m, all))) return true;
  if (words.length < 2) return false;
  if (MODEL_WORDS.has(words[words.length - 1].toLowerCase())) return true;
  if (isKnownOrganization(words[0])) return true;
  // after an article, a name with a place or an "of" in it is a body's: "the Miami Herald", "the Confederation of
  // British Industry"; "the Rice Krispies Treats" is a thing
  const bodyLike = words.includes('of') || words.some((w) => isKnownPlace(w));
  return !bodyLike && mentions.some((m) => afterArticle(m, all));
}
