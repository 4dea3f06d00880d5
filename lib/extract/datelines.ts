/** Datelines: "BONN 1996-08-22", "PARAMARIBO, Surinam 1996-08-21", "NAIROBI, Kenya —" open an article with a place. */
import type { Mention } from './names';
import type { Sentence, Token } from './text';
import { NEWS_AGENCIES } from './typing';

/** "PORT ELLERY —" or "NAIROBI, Kenya —" opening an article: a dateline, which always names a place. */
const DATELINE_END = /^\s*(?:,|—|–|-|\()/;
/** "BONN 1996-08-22", "NABLUS, West Bank 1996-08-22" on a line of its own near the top: a wire dateline. */
const DATED_LINE_END = /^(?:,[ \t][^\n]{1,40}?)?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\n|$)/;
/** "MONTGOMERY, Ala." on a line of its own: an undated dateline, the town and its state or country. */
const UNDATED_LINE_END = /^,[ \t]\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*){0,2}[ \t]*(?:\n|$)/u;
export const DATELINE_MAX_START = 400;

/** The town of a dateline, in capitals: "HELSINKI", "NABLUS" of "NABLUS, West Bank 1996-08-22". */
export function isDateline(mention: Mention, source: string): boolean {
  if (mention.start >= DATELINE_MAX_START) return false;
  if (!/^[\p{Lu}\s.'-]+$/u.test(mention.text) || !/\p{Lu}{3,}/u.test(mention.text)) return false;
  // "RTRS - Budget cuts…": a wire's code opening a headline is no place
  if (NEWS_AGENCIES.has(mention.text)) return false;
  const before = source.slice(0, mention.start);
  if (before.trim() === '' && DATELINE_END.test(source.slice(mention.end, mention.end + 8))) return true;
  const opensLine = before === '' || before.endsWith('\n');
  const rest = source.slice(mention.end, mention.end + DATELINE_MAX_START);
  return opensLine && (DATED_LINE_END.test(rest) || UNDATED_LINE_END.test(rest));
}

/** A wire dateline on a line of its own: the town in capitals, then maybe its country or region, then the date
 * (which a sentence break after "Calif." may leave out). */
const DATED_LINE =
  /^\p{Lu}[\p{Lu}\s.'’-]*(?:(?:,[ \t][^\n]{1,40}?)?[ \t]+\d{4}-\d{2}-\d{2}|,[ \t]\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*){0,2})$/u;
const TOWN_TOKEN = /^\p{Lu}[\p{Lu}.'’]*$|^-$/u;

/**
 * The end of a dated dateline's town ("LIMERICK", "MOUNTAIN VIEW", "SPA-FRANCORCHAMPS"), or -1: its words are a
 * name even when they are English words in capitals, which elsewhere read as shouting.
 */
export function datelineTownEnd(sentence: Sentence, tokens: Token[]): number {
  if (sentence.start >= DATELINE_MAX_START || !DATED_LINE.test(sentence.text)) return -1;
  let end = 0;
  while (end < tokens.length && TOWN_TOKEN.test(tokens[end].text)) end++;
  // the run stops at the comma or the date, and a hyphen only inside it
  if (end === 0 || tokens[end - 1].text === '-' || !/^(?:,|\d)/.test(tokens[end]?.text ?? '')) return -1;
  return NEWS_AGENCIES.has(tokens[0].text) ? -1 : end;
}

/** "Surinam" in "PARAMARIBO, Surinam 1996-08-21": the country or region after a dateline's town. */
const DATED_REGION = /^\p{Lu}[\p{Lu}\s.'’-]*,[ \t]([^\n]{1,40}?)[ \t]+\d{4}-\d{2}-\d{2}[ \t]*$/u;
export function inDatelineRegion(mention: Mention, source: string): boolean {
  if (mention.start >= DATELINE_MAX_START) return false;
  const lineStart = source.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = source.indexOf('\n', mention.start);
  const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const region = DATED_REGION.exec(line);
  if (!region) return false;
  const from = lineStart + line.indexOf(region[1], line.indexOf(','));
  return mention.start >= from && mention.end <= from + region[1].length;
}
