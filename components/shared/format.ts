import type { Entity, Quote, Source } from '../../lib/knowledge/schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-06-19" → "19 June 2023"; no date or a malformed one → null. Dates are calendar days, not instants. */
export function formatDay(iso: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return null;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : null;
}

/** "as reported on 19 June 2023": roles change, so a role is always shown with its date. */
export function reportedOn(source: Pick<Source, 'date'> | undefined): string {
  const day = formatDay(source?.date);
  return day ? `as reported on ${day}` : 'as reported (date unknown)';
}

/** A quote ready to paste: “text” — Speaker, Source title, 19 June 2023, URL. */
export function formatCitation(quote: Quote, speaker: Entity | undefined, source: Source | undefined): string {
  const parts = [
    speaker?.name ?? 'Unattributed',
    source?.title ?? source?.siteName,
    formatDay(source?.date),
    source?.url,
  ];
  return `“${quote.text}” — ${parts.filter(Boolean).join(', ')}`;
}
