import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { hasSiteAccess, readLearningStatus, readRecentlyLearned } from './harness/learning-queries';
import { isBrowserOwnRequest } from './harness/network-guard';
import { findControl } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';
import { clickButton } from './harness/sources-flow';

const SITE = '127.0.0.1';
const SCREENSHOT_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots',
);
const LEARN_SWITCH = 'Learn from articles on this site';
const ARTICLES = [
  { path: 'learning/world/harbour-strike.html', person: 'Marisol Quenby', title: 'Dockworkers at Saltmarsh Bay' },
  { path: 'learning/world/grain-talks.html', person: 'Ingrid Halvorsen', title: 'Trade ministers meet in Lisbon' },
  { path: 'learning/science/glacier-survey.html', person: 'Elena Varga', title: 'Survey finds northern glaciers' },
];
const SECTION_FRONT = 'learning/world/index.html';
/** A single-page site: its second story replaces the first and changes the address with pushState. */
const SINGLE_PAGE_APP = {
  path: 'learning/app/ferry-link.html',
  first: 'New ferry link opens',
  next: 'Lighthouse keepers',
};
/** A short page naming one person from each article: too short to be learned itself. */
const READING_PAGE = 'learning/reading.html';
/** LEARN_DWELL_MS (4 s in view) plus reading, extraction and storing, with room for a loaded machine. */
const LEARN_TIMEOUT_MS = 25_000;
/** Long enough that a page would have been learned by now if it were going to be. */
const NOT_LEARNED_WAIT_MS = 7_000;

/** A popup opened in a tab (Firefox here) hides the page: the reader goes back to reading it. */
const backToReading = async (page: PageHandle, popup: PageHandle) => {
  if (await popup.evaluate(() => new URLSearchParams(location.search).has('tab'))) await page.bringToFront();
};
const highlightedNames = async (session: ExtensionSession, page: PageHandle) =>
  new Set((await session.highlightedTexts(page)).map((range) => range.text));

// Issue 14: on a site the reader chose, the articles they read become sources; quiet, reversible, local.
describe.each(browsersUnderTest())('learning from a site in %s', (browserName) => {
  let session: ExtensionSession;
  let options: PageHandle;
  /** Whether the extension could reach the site's pages before learning asked (it gives back only its own ask). */
  let accessBefore: boolean;
  const recentlyLearned = (what: string, accept: (rows: string[]) => boolean, timeoutMs = LEARN_TIMEOUT_MS) =>
    waitUntil(async () => (await options.evaluate(readRecentlyLearned)) ?? [], accept, { timeoutMs, what });

  /** The toolbar popup for page, once it says the page was learned (reopened until then: it may have closed). */
  const popupStatusOnceLearned = async (page: PageHandle) => {
    let popup = await session.openToolbarPopup(page);
    await backToReading(page, popup);
    const text = await waitUntil(
      async () => {
        if (popup.isClosed()) popup = await session.openToolbarPopup(page);
        return popup.evaluate(readLearningStatus);
      },
      (status) => /Learned from this page/.test(status ?? ''),
      { timeoutMs: LEARN_TIMEOUT_MS, what: 'the popup saying "Learned from this page"' },
    );
    return { popup, text: text ?? '' };
  };

  beforeAll(async () => {
    session = await launchSession(browserName, { toolbar: true });
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('turns learning on for the site from the toolbar popup, which asks for access to that site only', async () => {
    const first = await session.openPage(ARTICLES[0]!.path);
    accessBefore = await options.evaluate(hasSiteAccess, SITE);
    const popup = await session.openToolbarPopup(first);
    const control = await waitUntil(
      () => popup.evaluate(findControl, { kind: 'switch', label: LEARN_SWITCH }),
      (found) => found?.disabled === false,
      { what: `the "${LEARN_SWITCH}" switch, enabled` },
    );
    expect(control?.checked).toBe(false);
    await popup.mouseClick(control!.centre.x, control!.centre.y);
    // Chromium closes the popup when its permission prompt opens: the options page shows the outcome.
    await waitUntil(
      () => options.evaluate(findControl, { kind: 'switch', label: `${SITE} learns` }),
      (state) => state?.checked === true,
      { what: `"${SITE}" learning, on, in the options page` },
    );
    expect(await options.evaluate(hasSiteAccess, SITE)).toBe(true);
    if (!accessBefore) expect(await options.evaluate(hasSiteAccess, 'example.org')).toBe(false);
    // The page open when learning was turned on is learned too, once the reader has stayed on it.
    const status = await popupStatusOnceLearned(first);
    expect(status.text).toContain('Undo');
    await session.screenshot(status.popup, resolve(SCREENSHOT_DIR, `${browserName}-popup-learned.png`));
    await status.popup.close();
  });

  it('learns the articles the reader stays on, and not a section front', async () => {
    for (const article of ARTICLES.slice(1)) {
      const page = await session.openPage(article.path);
      await recentlyLearned(`"${article.title}…" learned`, (rows) => rows.some((row) => row.startsWith(article.title)));
      await page.close();
    }
    const front = await session.openPage(SECTION_FRONT);
    await new Promise((done) => setTimeout(done, NOT_LEARNED_WAIT_MS));
    const rows = await recentlyLearned('the three articles listed', (list) => list.length === 3);
    // Newest first, each with the site's own name and the article's date.
    expect(rows[0]).toContain(ARTICLES[2]!.title);
    expect(rows[2]).toContain(ARTICLES[0]!.title);
    expect(rows[0]).toContain('The Harbour Ledger');
    expect(rows[0]).toContain('2025');
    // A page in a background tab is not painted: Chromium's screenshot would wait for it.
    await options.bringToFront();
    await options.evaluate(() => document.getElementById('nc-learning-heading')?.scrollIntoView());
    await session.screenshot(options, resolve(SCREENSHOT_DIR, `${browserName}-options-learning.png`));
    await front.close();
  });

  it('highlights the learned people on another page, and their card cites the learned article', async () => {
    const reading = await session.openPage(READING_PAGE);
    await waitUntil(
      () => highlightedNames(session, reading),
      (names) => ARTICLES.every((article) => names.has(article.person)),
      { what: 'the three learned people highlighted' },
    );
    await session.hoverText(reading, ARTICLES[0]!.person);
    const card = await waitUntil(
      () => session.card(reading),
      (open) => open?.text.includes('Dockworkers') === true,
      { what: `${ARTICLES[0]!.person}'s card citing the learned article` },
    );
    expect(card?.text).toContain('2025');
    await reading.close();
  });

  it('adds nothing when an article is read again, even with tracking parameters', async () => {
    const again = await session.openPage(`${ARTICLES[0]!.path}?utm_source=newsletter`);
    const { popup } = await popupStatusOnceLearned(again);
    expect(await recentlyLearned('still three articles', (rows) => rows.length === 3)).toHaveLength(3);

    // Undo from the popup takes it out, and its person is no longer known.
    await clickButton(popup, 'Undo');
    await recentlyLearned('two articles after Undo', (rows) => rows.length === 2);
    await popup.close();
    const reading = await session.openPage(READING_PAGE);
    const names = await waitUntil(
      () => highlightedNames(session, reading),
      (seen) => seen.has(ARTICLES[1]!.person),
      { what: 'the other learned people still highlighted' },
    );
    expect(names.has(ARTICLES[0]!.person)).toBe(false);
    await Promise.all([reading.close(), again.close()]);
  });

  it('learns the next story of a single-page site, whose address changes without a load', async () => {
    const app = await session.openPage(SINGLE_PAGE_APP.path);
    await recentlyLearned(`"${SINGLE_PAGE_APP.first}…" learned`, (rows) =>
      rows.some((row) => row.startsWith(SINGLE_PAGE_APP.first)),
    );
    await app.evaluate(() => (window as unknown as { showNextStory: () => void }).showNextStory());
    const rows = await recentlyLearned(`"${SINGLE_PAGE_APP.next}…" learned after pushState`, (list) =>
      list.some((row) => row.startsWith(SINGLE_PAGE_APP.next)),
    );
    expect(rows.filter((row) => row.startsWith(SINGLE_PAGE_APP.first))).toHaveLength(1);
    await app.close();
  });

  it('forgets what was learned on the site, and turning the site off stops learning and gives the access back', async () => {
    await clickButton(options, `Forget what was learned here (${SITE})`);
    await recentlyLearned('nothing learned after forgetting', (rows) => rows.length === 0, 10_000);

    const siteSwitch = await waitUntil(
      () => options.evaluate(findControl, { kind: 'switch', label: `${SITE} learns` }),
      (control) => control?.checked === true,
      { what: `the "${SITE}" learning switch in the options` },
    );
    await options.mouseClick(siteSwitch!.centre.x, siteSwitch!.centre.y);
    await waitUntil(
      () => options.evaluate(findControl, { kind: 'switch', label: `${SITE} learns` }),
      (control) => control === null || control.checked === false,
      { what: 'the site switched off' },
    );
    await waitUntil(
      () => options.evaluate(hasSiteAccess, SITE),
      (has) => has === accessBefore,
      { what: `the site access back to what it was before learning (${accessBefore})` },
    );
    const page = await session.openPage(ARTICLES[1]!.path);
    await new Promise((done) => setTimeout(done, NOT_LEARNED_WAIT_MS));
    expect(await options.evaluate(readRecentlyLearned)).toEqual([]);
    await page.close();
  });

  it('sent nothing off this machine while learning', () => {
    expect(session.blockedRequests.filter((request) => !isBrowserOwnRequest(request))).toEqual([]);
    // Even the browser's own traffic never carries what was read.
    expect(
      session.blockedRequests.filter((request) => /quenby|halvorsen|varga|127\.0\.0\.1/i.test(request.url)),
    ).toEqual([]);
  });
});
