import { hasSiteAccess, siteAccessOrigins } from '@/lib/learn/site-access';
import { withSiteLearning } from '@/lib/settings';
import { loadSettings, type SettingsStorage, saveSettings } from '@/lib/settings/storage';

/** storage.local: sites whose access learning asked for (and so gives back when the site is turned off). */
const ACCESS_ASKED_KEY = 'learningAccessAsked';
/** storage.local: sites the reader asked to learn from whose access has not arrived yet. */
const PENDING_KEY = 'learningPending';
/** A request not granted within this long is dropped (the reader refused, or closed the prompt). */
const PENDING_TTL_MS = 10 * 60_000;

interface PendingSite {
  site: string;
  askedForAccess: boolean;
  at: number;
}

export const settingsStorage = () => browser.storage as unknown as SettingsStorage;

/** A list kept in storage.local, with anything unreadable in it left out. */
async function readStoredList<T>(key: string, isItem: (item: unknown) => item is T): Promise<T[]> {
  const value = (await browser.storage.local.get(key))[key];
  return Array.isArray(value) ? value.filter(isItem) : [];
}

export const readList = (key: string): Promise<string[]> =>
  readStoredList(key, (item): item is string => typeof item === 'string');

const readPending = (): Promise<PendingSite[]> =>
  readStoredList(PENDING_KEY, (entry): entry is PendingSite => {
    const pending = entry as Partial<PendingSite> | null;
    return typeof pending?.site === 'string' && typeof pending.at === 'number';
  });

const hasAccess = (site: string) => hasSiteAccess(browser.permissions, site);

/** Learning switched on or off for a site; off gives back the access learning asked for, and nothing else. */
export async function setSiteLearning(site: string, on: boolean, askedForAccess: boolean): Promise<void> {
  const storage = settingsStorage();
  await saveSettings(storage, withSiteLearning(await loadSettings(storage), site, on));
  const asked = await readList(ACCESS_ASKED_KEY);
  if (on && askedForAccess && !asked.includes(site)) {
    await browser.storage.local.set({ [ACCESS_ASKED_KEY]: [...asked, site] });
  }
  if (!on && asked.includes(site)) {
    // "Allow on this site" for highlighting, or access the reader gave otherwise, stays.
    await browser.permissions.remove({ origins: siteAccessOrigins(site) }).catch(() => false);
    await browser.storage.local.set({ [ACCESS_ASKED_KEY]: asked.filter((s) => s !== site) });
  }
}

/**
 * The reader's click asked the browser for access: learning turns on now if the access is there, else when
 * permissions.onAdded brings it (a browser may close the popup that asked when its prompt opens).
 */
export async function requestSiteLearning(site: string, askedForAccess: boolean): Promise<void> {
  const pending = (await readPending()).filter((entry) => entry.site !== site);
  await browser.storage.local.set({ [PENDING_KEY]: [...pending, { site, askedForAccess, at: Date.now() }] });
  if (await hasAccess(site)) await startPendingSites();
}

/** Access arrived (or was there): every pending site it covers starts learning. */
export async function startPendingSites(): Promise<void> {
  const still: PendingSite[] = [];
  for (const entry of await readPending()) {
    if (await hasAccess(entry.site)) await setSiteLearning(entry.site, true, entry.askedForAccess);
    else if (Date.now() - entry.at < PENDING_TTL_MS) still.push(entry);
  }
  await browser.storage.local.set({ [PENDING_KEY]: still });
}
