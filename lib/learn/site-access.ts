/** Every page of the site, over https or http, on any port: what turning learning off gives back. */
export const siteAccessOrigins = (hostname: string): string[] => [`https://${hostname}/*`, `http://${hostname}/*`];

/** The one call of `browser.permissions` this needs, passed in so the module stays free of extension APIs. */
export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** Access to the site's pages over either scheme (the popup asks for the page's own). */
export async function hasSiteAccess(permissions: PermissionsLike, site: string): Promise<boolean> {
  const each = siteAccessOrigins(site).map((origin) => permissions.contains({ origins: [origin] }).catch(() => false));
  return (await Promise.all(each)).some(Boolean);
}

/**
 * What the popup asks for: the site over the page's own scheme, no wider than the page the reader is on (the
 * toolbar click's activeTab already covers it in Chromium, which answers at once).
 */
export const pageAccessOrigin = (url: string): string => {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
};

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

/**
 * The address a content script gives for its page (a single-page site changes it with pushState, while the
 * sender's URL keeps the one the document loaded with), if it is on the sender's own origin; else the sender's.
 */
export function sameSiteAddress(claimed: unknown, senderUrl: string | undefined): string | undefined {
  if (typeof claimed !== 'string' || !senderUrl) return senderUrl;
  try {
    return new URL(claimed).origin === new URL(senderUrl).origin ? claimed : senderUrl;
  } catch {
    return senderUrl;
  }
}
