/** Years outside this range are typos or epoch mistakes, not publication dates. */
export const MIN_PUBLICATION_YEAR = 1900;
export const MAX_PUBLICATION_YEAR = 2100;
const EPOCH_SECONDS_DIGITS = 10;
const EPOCH_MILLISECONDS_DIGITS = 13;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MIN_MONTH_ABBREVIATION = 3;

const pad = (n: number): string => String(n).padStart(2, '0');

/** yyyy-mm-dd for a real calendar day within the plausible years, else null. */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < MIN_PUBLICATION_YEAR || year > MAX_PUBLICATION_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 1–12 for a month's name or abbreviation ("Mar.", "Sept", "March"), else undefined. */
function monthNumber(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < MIN_MONTH_ABBREVIATION) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/** "2024-03-05", "2024-03-05T23:30:00-05:00", "2024/3/5": the day as the publisher wrote it, not moved to UTC. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
/** "20240305" or "20240305T101500Z". */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
/** "March 5, 2024", "Mar. 5th 2024", "Tuesday, March 5, 2024". */
const MONTH_FIRST = /(?:^|[\s,])([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
/** "5 March 2024", "Tue, 05 Mar 2024 10:00:00 GMT", "5th of March, 2024". */
const DAY_FIRST = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/;
const EPOCH = /^\d+$/;

/**
 * A publication date from a meta tag, JSON-LD or a <time> element, as yyyy-mm-dd; null when the text is no
 * date or is ambiguous (05/03/2024 could be March or May, so it is not guessed).
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const yearFirst = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (yearFirst) return isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  if (EPOCH.test(text) && (text.length === EPOCH_SECONDS_DIGITS || text.length === EPOCH_MILLISECONDS_DIGITS)) {
    const ms = text.length === EPOCH_SECONDS_DIGITS ? Number(text) * 1000 : Number(text);
    const date = new Date(ms);
    return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const monthFirst = MONTH_FIRST.exec(text);
  const monthOfFirst = monthFirst && monthNumber(monthFirst[1]!);
  if (monthFirst && monthOfFirst) return isoDay(Number(monthFirst[3]), monthOfFirst, Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  const monthOfDay = dayFirst && monthNumber(dayFirst[2]!);
  if (dayFirst && monthOfDay) return isoDay(Number(dayFirst[3]), monthOfDay, Number(dayFirst[1]));
  return null;
}

/** The first candidate that reads as a date, in the order given (most trusted first). */
export function pickArticleDate(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const day = normaliseDate(candidate);
    if (day) return day;
  }
  return null;
}
