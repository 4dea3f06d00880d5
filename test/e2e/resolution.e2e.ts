import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCardWithEscape } from './harness/card-flow';
import { browsersUnderTest } from './harness/driver';
import { CLINTONS, heavyReaderWithClintons, writeGeneratedPage } from './harness/heavy-reader';
import { importThroughOptions } from './harness/import-flow';
import { findControl, readPopupSections } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';

/** Enough other sources that the Clintons are a few among many; the bench covers thousands. */
const OTHER_SOURCES = 150;
const CLINTON_SOURCES = 15;
const HOVER_REST_MS = 600;
/** The card fades in (components/card/styles.ts): a screenshot waits for it. */
const FADE_IN_WAIT_MS = 300;
/** A laptop's window: a card of twelve reports must fit it. */
const VIEWPORT = { width: 1100, height: 700 };
/** The toolbar popup is 400 px wide (components/popup/popup.css); the tab is sized to match. */
const POPUP_SIZE = { width: 400, height: 600 };
const SCREENSHOT_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots',
);
const rest = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs in the page: the open card's box against the viewport, and whether its content scrolls inside it. */
function readCardBox() {
  const dialog = document.querySelector('news-context-ui')?.shadowRoot?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const rect = dialog.getBoundingClientRect();
  return {
    top: rect.top,
    bottom: rect.bottom,
    left: rect.left,
    right: rect.right,
    viewport: { width: innerWidth, height: innerHeight },
    scrollsInside: dialog.scrollHeight > dialog.clientHeight && getComputedStyle(dialog).overflowY === 'auto',
  };
}

/** Runs in the page: the centre of the card's button whose text starts with name, scrolled into view in the card. */
function locateCardButton(name: string): { x: number; y: number } | null {
  const root = document.querySelector('news-context-ui')?.shadowRoot;
  const button = [...(root?.querySelectorAll('button') ?? [])].find((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(name),
  );
  if (!button) return null;
  button.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const rect = button.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Runs in the popup: where to click to open the header's sources disclosure. */
function locateSourcesSummary(): { x: number; y: number } | null {
  const rect = document.querySelector('header details summary')?.getBoundingClientRect();
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

/** Runs in the page: the names of the candidate buttons of an open ambiguous card. */
function readCandidates(): string[] {
  const root = document.querySelector('news-context-ui')?.shadowRoot;
  return [...(root?.querySelectorAll('.nc-candidate-name') ?? [])].map((name) => name.textContent ?? '');
}

// Issue "One person, one card": a short form two people share opens the card of the one the page named, or both.
describe.each(browsersUnderTest())('one person, one card (%s)', (browserName) => {
  let session: ExtensionSession;
  let fileText: string;
  let namedPage: string;
  let barePage: string;
  let page: PageHandle;
  const screenshot = async (name: string) => {
    await rest(FADE_IN_WAIT_MS);
    await session.screenshot(page, resolve(SCREENSHOT_DIR, `${browserName}-${name}.png`));
  };

  const openCardOn = async (text: string, occurrence: number, name: string) => {
    await session.hoverText(page, text, occurrence);
    await rest(HOVER_REST_MS);
    return waitUntil(
      () => session.card(page),
      (card) => card?.name === name,
      { what: `the card of ${name} on "${text}" #${occurrence}` },
    );
  };
  const closeCard = () => closeCardWithEscape(session, page);

  beforeAll(async () => {
    fileText = JSON.stringify(heavyReaderWithClintons(OTHER_SOURCES));
    namedPage = writeGeneratedPage(`clintons-named-${browserName}.html`, 'Clinton presses on with budget talks', [
      'President Bill Clinton met congressional leaders on Monday to talk about the budget.',
      'Clinton said the talks would go on into the new year.',
      'Hillary Rodham Clinton visited a children\u2019s hospital across town the same day.',
      'Clinton spoke with nurses and doctors for an hour.',
    ]);
    barePage = writeGeneratedPage(`clintons-bare-${browserName}.html`, 'Talks go on', [
      'Clinton said on Monday that the talks would go on into the new year.',
      'Nothing else on this page names anybody the reader has read about.',
    ]);
    session = await launchSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports a heavy reader\u2019s sources with the Clintons\u2019 reports through the options page', async () => {
    const options = await session.openOptions();
    await waitUntil(
      () => options.evaluate(readPopupSections),
      (sections) => sections.some((section) => section.heading === 'Sources' && section.items.length > 0),
      { what: 'the built-in source listed' },
    );
    const message = await importThroughOptions(options, 'heavy.json', fileText);
    expect(message).toBe(`Imported ${OTHER_SOURCES + CLINTON_SOURCES} new and 0 updated sources from heavy.json.`);
    await options.close();
  });

  it('opens the card of the Clinton the page named last before each bare "Clinton" (the first named after the headline\'s)', async () => {
    page = await session.openPage(namedPage);
    await page.setViewportSize(VIEWPORT.width, VIEWPORT.height);
    await waitUntil(
      () => session.highlightedTexts(page),
      (ranges) => ranges.filter((range) => range.text === 'Clinton').length === 3,
      { what: 'the three bare "Clinton" highlighted' },
    );
    // Occurrences of "Clinton": 0 the headline's, 1 in "Bill Clinton", 2 bare, 3 in "Hillary Rodham Clinton", 4 bare.
    expect((await openCardOn('Clinton', 0, CLINTONS.bill.name))?.name).toBe(CLINTONS.bill.name);
    await closeCard();
    expect((await openCardOn('Clinton', 2, CLINTONS.bill.name))?.name).toBe(CLINTONS.bill.name);
    await closeCard();
    expect((await openCardOn('Clinton', 4, CLINTONS.hillary.name))?.name).toBe(CLINTONS.hillary.name);
    await closeCard();
  });

  it('sums up twelve reports of the president in one role row, and the card fits the viewport', async () => {
    const card = await openCardOn('Bill Clinton', 0, CLINTONS.bill.name);
    expect(card?.text).toContain(`${CLINTONS.bill.role} · 12 reports, Aug–Dec 1996`);
    expect(card?.text.match(/as reported on/g) ?? []).toEqual([]);
    await screenshot('card-many-reports');
    const more = await page.evaluate(locateCardButton, 'More facts');
    expect(more).not.toBe(null);
    await page.mouseClick(more!.x, more!.y);
    const box = await waitUntil(
      () => page.evaluate(readCardBox),
      (seen) => seen?.scrollsInside === true,
      { what: 'the expanded card to scroll inside itself' },
    );
    expect(box!.top).toBeGreaterThanOrEqual(0);
    expect(box!.left).toBeGreaterThanOrEqual(0);
    expect(box!.bottom).toBeLessThanOrEqual(box!.viewport.height);
    expect(box!.right).toBeLessThanOrEqual(box!.viewport.width);
    await closeCard();
  });

  it('lists the facts about the page\u2019s people first in the popup, and filters the sources', async () => {
    const popup = await session.openPopup(page);
    await popup.setViewportSize(POPUP_SIZE.width, POPUP_SIZE.height);
    const sections = await waitUntil(
      () => popup.evaluate(readPopupSections),
      (all) => (all.find((section) => section.heading === 'Key facts')?.items.length ?? 0) > 0,
      { what: 'the popup\u2019s key facts' },
    );
    const facts = sections.find((section) => section.heading === 'Key facts')!.items;
    expect(facts[0]).toContain('Clinton');
    expect(facts[0]).toContain('18 December 1996');
    await session.screenshot(popup, resolve(SCREENSHOT_DIR, `${browserName}-popup-many-sources.png`));

    const summary = await popup.evaluate(locateSourcesSummary);
    expect(summary).not.toBe(null);
    await popup.mouseClick(summary!.x, summary!.y);
    const filter = await waitUntil(
      () => popup.evaluate(findControl, { kind: 'search', label: 'Filter sources' }),
      (control) => control !== null,
      { what: 'the filter box inside the sources disclosure' },
    );
    await popup.mouseClick(filter!.centre.x, filter!.centre.y);
    await popup.type('Prague');
    const header = await waitUntil(
      () => popup.evaluate(readPopupSections),
      (all) => all.find((section) => section.heading === 'News Context')?.items.length === 1,
      { what: 'the sources filtered to one' },
    );
    expect(header.find((section) => section.heading === 'News Context')?.items[0]).toContain('School visit in Prague');
    await session.screenshot(popup, resolve(SCREENSHOT_DIR, `${browserName}-popup-sources-filter.png`));
    await popup.close();
  });

  it('opens a card listing both Clintons, most recent first, on a page that does not say which', async () => {
    page = await session.openPage(barePage);
    await page.setViewportSize(VIEWPORT.width, VIEWPORT.height);
    await waitUntil(
      () => session.highlightedTexts(page),
      (ranges) => ranges.some((range) => range.text === 'Clinton'),
      { what: 'the bare "Clinton" highlighted' },
    );
    const card = await openCardOn('Clinton', 0, 'Clinton: 2 people');
    expect(card?.text).toContain('does not say which Clinton');
    expect(await page.evaluate(readCandidates)).toEqual([CLINTONS.bill.name, CLINTONS.hillary.name]);
    expect(card?.text).toContain(`${CLINTONS.bill.role} · 12 reports, newest 18 December 1996`);
    expect(card?.text).toContain(`${CLINTONS.hillary.role} · 3 reports, newest 12 November 1996`);
    await screenshot('card-ambiguous');
  });

  it('opens the chosen Clinton\u2019s card in place, and Escape closes it', async () => {
    const button = await page.evaluate(locateCardButton, CLINTONS.hillary.name);
    expect(button).not.toBe(null);
    await page.mouseClick(button!.x, button!.y);
    const card = await waitUntil(
      () => session.card(page),
      (seen) => seen?.name === CLINTONS.hillary.name,
      { what: `the card of ${CLINTONS.hillary.name} in place` },
    );
    expect(card?.text).toContain(`${CLINTONS.hillary.role} · 3 reports, Sep–Nov 1996`);
    await screenshot('card-ambiguous-chosen');
    await closeCard();
  });
});
