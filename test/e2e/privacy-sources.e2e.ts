import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { captureDownloads, readCapturedDownloads, readRequestedUrls } from './harness/nav-privacy';
import { isBrowserOwnRequest } from './harness/network-guard';
import { type PopupSection, readPopupSections } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';
import { addArticleThroughPopup, clickButton } from './harness/sources-flow';

const ARTICLE_PAGE = 'sources/article.html';
const ARTICLE_TITLE = 'Port Ellery votes to build a tidal barrier after record floods';
const EXPORT_BUTTON = 'Export knowledge';
/** Time given to any late request (a fetch after saving, a retry) to reach the network guard. */
const QUIET_PERIOD_MS = 3_000;
/** Words of the article that no request may carry, even one the browser sends on its own. */
const ARTICLE_WORDS = /ellery|helena|marsh|okafor|tidal/i;
/** Schemes that never touch the network: the extension's own files and in-memory objects. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'blob:', 'data:', 'about:']);
const LOCAL_HOST = '127.0.0.1';

/** True unless url is the extension's own, in memory, or on 127.0.0.1; a name that is no URL at all counts as leaving. */
const leavesMachine = (url: string) => {
  if (!URL.canParse(url)) return true;
  const parsed = new URL(url);
  return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.hostname !== LOCAL_HOST;
};
const sectionItems = (sections: PopupSection[], heading: string) =>
  sections.find((section) => section.heading === heading)?.items ?? [];
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Issue 8 / design: no network requests, also while a source is read, stored, listed and exported.
describe.each(browsersUnderTest())('privacy of adding and exporting a source in %s', (browserName) => {
  let session: ExtensionSession;
  /** The article, the popup and the options page: every document this flow opens. */
  /** The article and the options page, each asked in the end what it fetched. */
  const documents: PageHandle[] = [];
  /** What the popup fetched, read before it closed. */
  let popupRequests: string[] = [];

  beforeAll(async () => {
    // Chromium: the toolbar button's own popup, which gets the activeTab grant a person's click gives.
    session = await launchSession(browserName, { toolbar: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds the article from the popup, lists it and exports it with no request leaving 127.0.0.1', async () => {
    const article = await session.openPage(ARTICLE_PAGE);
    const { popup, message } = await addArticleThroughPopup(session, article);
    expect(message).toContain(ARTICLE_TITLE);
    expect(message).toMatch(/\badded\b/);
    // The toolbar popup closes when another page takes focus, as it does for a person: read it first.
    popupRequests = await popup.evaluate(readRequestedUrls);

    const options = await session.openOptions();
    documents.push(article, options);
    await waitUntil(
      async () => sectionItems(await options.evaluate(readPopupSections), 'Sources'),
      (rows) => rows.some((row) => row.includes(ARTICLE_TITLE)),
      { what: 'the added article in the Sources list' },
    );
    await options.evaluate(captureDownloads);
    await clickButton(options, EXPORT_BUTTON);
    const [exported] = await waitUntil(
      () => options.evaluate(readCapturedDownloads),
      (files) => files.length > 0,
      { what: 'the exported file' },
    );
    expect(exported?.fileName).toMatch(/\.json$/);
    const file = JSON.parse(exported?.text ?? '') as { sources?: { knowledge: { sources: { title?: string }[] } }[] };
    expect(file.sources?.map((source) => source.knowledge.sources[0]?.title)).toContain(ARTICLE_TITLE);

    await pause(QUIET_PERIOD_MS);
    // The guard sees everything bound off the machine, from any page, worker or the browser itself.
    expect(session.blockedRequests.filter((request) => !isBrowserOwnRequest(request))).toEqual([]);
    expect(session.blockedRequests.filter((request) => ARTICLE_WORDS.test(decodeURIComponent(request.url)))).toEqual(
      [],
    );
  });

  it('lists, in each page of the flow, only requests to 127.0.0.1 or the extension itself', async () => {
    expect(documents).toHaveLength(2);
    const requested = [
      ...popupRequests,
      ...(await Promise.all(documents.map((page) => page.evaluate(readRequestedUrls)))).flat(),
    ];
    // At least the three documents themselves: an empty list would mean the timeline was not read.
    expect(requested.length).toBeGreaterThanOrEqual(documents.length + 1);
    expect(requested.some((url) => url.endsWith(ARTICLE_PAGE))).toBe(true);
    expect(requested.filter(leavesMachine)).toEqual([]);
  });
});
