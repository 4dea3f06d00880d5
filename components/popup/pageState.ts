import type { Settings } from '../../lib/settings';

/** What the popup knows about the active tab, supplied by the lead's wiring. */
export type PageState =
  | { state: 'loading' }
  | { state: 'unavailable'; reason: string }
  /** Firefox MV3 treats site access as optional: the reader grants it per site from the popup. */
  | { state: 'needs-access'; hostname: string }
  | { state: 'ready'; hostname: string; counts: Record<string, number> };

export const CANNOT_RUN_HERE = "The extension cannot run on this page (the browser's own pages are off limits).";

/** Why "On this page" lists no names, or null when it should list them. Global off beats site off beats none found. */
export function emptyPageReason(page: PageState, settings: Settings, mentionedCount: number): string | null {
  if (page.state === 'loading') return 'Looking for known names on this page…';
  if (page.state === 'unavailable') return page.reason.trim() || CANNOT_RUN_HERE;
  if (page.state === 'needs-access') return `News Context needs your permission to read ${page.hostname}.`;
  if (!settings.enabled) return 'Highlighting is off everywhere, so this page was not searched for names.';
  if (settings.disabledSites.includes(page.hostname)) {
    return `Highlighting is off on ${page.hostname}, so this page was not searched for names.`;
  }
  if (mentionedCount === 0) return 'No names from your sources are mentioned on this page.';
  return null;
}
