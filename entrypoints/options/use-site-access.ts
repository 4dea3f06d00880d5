import { useEffect, useRef } from 'preact/hooks';
import { hasSiteAccess } from '@/lib/learn/site-access';

export interface SiteAccess {
  /** Whether the site had access before learning asked for it (false until known). */
  hadAccess(site: string): boolean;
  /** Reads the site's access again (after learning there was turned off and gave back what it asked for). */
  recheck(site: string): void;
}

/**
 * Each listed site's access, read when the page lists it: a click cannot wait for the check (permissions.request
 * must start in it), and access learning did not ask for ("Allow on this site") must survive turning it off.
 */
export function useSiteAccess(sites: readonly string[]): SiteAccess {
  const known = useRef(new Map<string, boolean>());
  const check = (site: string) =>
    void hasSiteAccess(browser.permissions, site).then((has) => known.current.set(site, has));
  const key = sites.join('\n');
  useEffect(() => {
    for (const site of key.split('\n').filter(Boolean)) if (!known.current.has(site)) check(site);
  }, [key]);
  return { hadAccess: (site) => known.current.get(site) === true, recheck: check };
}
