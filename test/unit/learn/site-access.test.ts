// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { requestSiteLearning, setSiteLearning } from '../../../entrypoints/background/learning-sites';
import { type SiteAccess, useSiteAccess } from '../../../entrypoints/options/use-site-access';
import { hasSiteAccess, sameSiteAddress } from '../../../lib/learn/site-access';
import { useContainer } from './render-kit';

/** A browser whose permissions are the origins in `granted`. */
function permissionsOf(granted: Set<string>) {
  return {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      return true;
    }),
  };
}

describe('hasSiteAccess', () => {
  it.each<[string, string[], boolean]>([
    ['over https', ['https://news.example/*'], true],
    ['over http only', ['http://news.example/*'], true],
    ['for another site only', ['https://other.example/*'], false],
    ['for nothing', [], false],
  ])('access %s → %s', async (_label, origins, expected) => {
    expect(await hasSiteAccess(permissionsOf(new Set(origins)), 'news.example')).toBe(expected);
  });

  it('takes a failing check for no access', async () => {
    const permissions = { contains: vi.fn().mockRejectedValue(new Error('no such API')) };
    expect(await hasSiteAccess(permissions, 'news.example')).toBe(false);
  });
});

describe('turning learning off gives back only the access learning asked for', () => {
  let granted: Set<string>;
  beforeEach(() => {
    fakeBrowser.reset();
    granted = new Set();
    Object.assign(fakeBrowser, { permissions: permissionsOf(granted) });
  });

  it('removes access learning asked for', async () => {
    granted.add('https://news.example/*');
    await requestSiteLearning('news.example', true);
    await setSiteLearning('news.example', false, false);
    expect(granted.has('https://news.example/*')).toBe(false);
  });

  it('keeps access the reader had given before ("Allow on this site")', async () => {
    granted.add('https://news.example/*');
    await requestSiteLearning('news.example', false);
    await setSiteLearning('news.example', false, false);
    expect(granted.has('https://news.example/*')).toBe(true);
  });
});

describe('useSiteAccess (the options page)', () => {
  const dom = useContainer();
  let granted: Set<string>;
  beforeEach(() => {
    fakeBrowser.reset();
    granted = new Set(['https://allowed.example/*']);
    Object.assign(fakeBrowser, { permissions: permissionsOf(granted) });
  });

  function Probe(props: { sites: string[]; into: { access?: SiteAccess } }) {
    props.into.access = useSiteAccess(props.sites);
    return null;
  }
  const settle = () => act(async () => new Promise((done) => setTimeout(done, 0)));

  it('knows which listed sites had access before learning asked, and reads a site again on request', async () => {
    const seen: { access?: SiteAccess } = {};
    dom.show(h(Probe, { sites: ['allowed.example', 'new.example'], into: seen }));
    await settle();
    expect(seen.access?.hadAccess('allowed.example')).toBe(true);
    expect(seen.access?.hadAccess('new.example')).toBe(false);
    granted.delete('https://allowed.example/*');
    seen.access?.recheck('allowed.example');
    await settle();
    expect(seen.access?.hadAccess('allowed.example')).toBe(false);
  });
});

describe('sameSiteAddress', () => {
  const loaded = 'https://news.example/app/first-story';
  it.each<[string, unknown, string | undefined, string | undefined]>([
    [
      'the address after pushState',
      'https://news.example/app/next-story',
      loaded,
      'https://news.example/app/next-story',
    ],
    ['not another site', 'https://other.example/story', loaded, loaded],
    ['not another scheme', 'http://news.example/app/next-story', loaded, loaded],
    ['not something that is no address', 'next-story', loaded, loaded],
    ['not a missing one', undefined, loaded, loaded],
    ['nothing without a sender', 'https://news.example/a', undefined, undefined],
  ])('%s', (_label, claimed, sender, expected) => {
    expect(sameSiteAddress(claimed, sender)).toBe(expected);
  });
});
