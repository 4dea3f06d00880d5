/** The one host permission learning asks for: every page of the site, over http or https, on any port. */
export const siteAccessPattern = (hostname: string): string => `*://${hostname}/*`;

/** The hostname of a web page's URL, or null for anything learning never reads (files, browser pages). */
export function learnableHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname ? parsed.hostname : null;
  } catch {
    return null;
  }
}
