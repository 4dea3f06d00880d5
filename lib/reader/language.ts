/** Words common in English prose and rare in other languages' (no "in", "an", "was", "so": German has them too). */
const ENGLISH_MARKERS = new Set(
  'the and of to is that with for on said he she it are have has by from at as this which would were their they be been not but who will'.split(
    ' ',
  ),
);
/** In English news about a third of words are such markers; a tenth leaves room for lists, quotes and names. */
export const MIN_ENGLISH_MARKER_SHARE = 0.1;
const SAMPLE_WORDS = 2_000;

/** The extractor reads English: a page declared in another language, or whose words are not English, is refused. */
export function isEnglish(text: string, declaredLang: string | null): boolean {
  if (declaredLang && !/^en\b/i.test(declaredLang.trim())) return false;
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, SAMPLE_WORDS) ?? [];
  if (words.length === 0) return false;
  const markers = words.filter((word) => ENGLISH_MARKERS.has(word)).length;
  return markers / words.length >= MIN_ENGLISH_MARKER_SHARE;
}
