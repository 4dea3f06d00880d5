import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import {
  findChoice,
  focusAndSelect,
  type HighlightPaint,
  readHighlightPaint,
  readInputValue,
  readSyncValue,
  writeSyncValue,
} from './harness/nav-queries';
import { findControl, type PopupSection, readPopupSections } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';
import { clickButton } from './harness/sources-flow';

/** browser.storage.sync key of the settings (lib/settings SETTINGS_KEY). */
const SETTINGS_KEY = 'settings';
const HOVER_DELAY_INPUT_ID = 'nc-hover-delay';
const DEFAULT_HOVER_DELAY = '400';
const CHOSEN_HOVER_DELAY = 900;
const SITES_HEADING = 'Sites where highlighting is off';
/** The test server's hostname, as the popup switches it off. */
const TEST_SITE = '127.0.0.1';
/** A person's name in the paragraph #lede, whose ::highlight style is read. */
const PERSON_PARAGRAPH = 'lede';
const PERSON_HIGHLIGHT = 'news-context-person';
const LATE_UPDATE_WAIT_MS = 10_000;
/**
 * A reader's pace between keys. Faster (no pause) loses digits: each keystroke saves, and the storage echo of an
 * earlier save resets the field mid-typing ("900" was saved as 90).
 */
const KEY_INTERVAL_MS = 150;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Non-default settings the corrupt value replaces: anything left of them would show it was not a reset. */
const NON_DEFAULT_SETTINGS = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: CHOSEN_HOVER_DELAY,
  highlightStyle: 'tint',
  entityTypes: { person: true, place: false, organization: true },
};

const isTransparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
const isUnderlined = (paint: HighlightPaint | null) =>
  !!paint?.textDecorationLine.includes('underline') && isTransparent(paint.backgroundColor);
const isTinted = (paint: HighlightPaint | null) =>
  paint !== null && !paint.textDecorationLine.includes('underline') && !isTransparent(paint.backgroundColor);
const typesOf = (ranges: { type: string }[]) => new Set(ranges.map((range) => range.type));
const sectionItems = (sections: PopupSection[], heading: string) =>
  sections.find((section) => section.heading === heading)?.items ?? [];

// Issue 6: what the options page changes applies at once in tabs already open; bad stored settings fall back.
describe.each(browsersUnderTest())('options page in %s', (browserName) => {
  let session: ExtensionSession;
  let page: PageHandle;
  let options: PageHandle;
  const paint = () => page.evaluate(readHighlightPaint, { name: PERSON_HIGHLIGHT, elementId: PERSON_PARAGRAPH });
  const highlightTypes = async () => typesOf(await session.highlightedTexts(page));
  const clickChoice = async (label: string) => {
    const choice = await options.evaluate(findChoice, label);
    expect(choice, `a "${label}" choice on the options page`).not.toBe(null);
    await options.mouseClick(choice!.centre.x, choice!.centre.y);
  };

  beforeAll(async () => {
    session = await launchSession(browserName);
    page = await session.openPage('news.html');
    await waitUntil(
      () => session.highlights(page),
      (ranges) => ranges.some((range) => range.within === 'late-update'),
      { timeoutMs: LATE_UPDATE_WAIT_MS, what: 'highlights including the late paragraph' },
    );
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('removes the place highlights when "Place" is unchecked, keeps people, and brings places back', async () => {
    expect(await highlightTypes()).toEqual(new Set(['person', 'place', 'organization']));
    await clickChoice('Place');
    const without = await waitUntil(highlightTypes, (types) => !types.has('place'), {
      what: 'the place highlights to go',
    });
    expect(without).toEqual(new Set(['person', 'organization']));
    expect((await options.evaluate(findChoice, 'Place'))?.checked).toBe(false);

    await clickChoice('Place');
    expect(await waitUntil(highlightTypes, (types) => types.has('place'), { what: 'the places to return' })).toEqual(
      new Set(['person', 'place', 'organization']),
    );
  });

  it('paints names with a tint instead of an underline once "Tint" is chosen', async () => {
    expect(isUnderlined(await paint())).toBe(true);
    await clickChoice('Tint');
    const tinted = await waitUntil(paint, isTinted, { what: `::highlight(${PERSON_HIGHLIGHT}) to become a tint` });
    expect(tinted?.textDecorationLine).toBe('none');
    expect(await options.evaluate(readSyncValue, SETTINGS_KEY)).toMatchObject({ highlightStyle: 'tint' });
  });

  it('saves the hover delay typed in, and shows it on an options page opened later', async () => {
    await options.bringToFront();
    expect(await options.evaluate(focusAndSelect, HOVER_DELAY_INPUT_ID)).toBe(true);
    const typedOver = (await options.evaluate(readInputValue, HOVER_DELAY_INPUT_ID)) ?? '';
    for (const _ of typedOver) await options.press('Backspace');
    for (const digit of String(CHOSEN_HOVER_DELAY)) {
      await options.type(digit);
      await pause(KEY_INTERVAL_MS);
    }
    const stored = await waitUntil(
      () => options.evaluate(readSyncValue, SETTINGS_KEY),
      (value) => (value as { hoverDelayMs?: number } | null)?.hoverDelayMs === CHOSEN_HOVER_DELAY,
      { what: `hoverDelayMs ${CHOSEN_HOVER_DELAY} in storage.sync` },
    );
    expect(stored).toMatchObject({ hoverDelayMs: CHOSEN_HOVER_DELAY, highlightStyle: 'tint' });
    const later = await session.openOptions();
    expect(
      await waitUntil(
        () => later.evaluate(readInputValue, HOVER_DELAY_INPUT_ID),
        (value) => value === String(CHOSEN_HOVER_DELAY),
        { what: 'the saved delay in a new options page' },
      ),
    ).toBe(String(CHOSEN_HOVER_DELAY));
    await later.close();
  });

  it.each([
    { kind: 'text that is no settings object', value: '{"enabled": tru' },
    {
      kind: 'an object whose every field has the wrong type',
      value: { enabled: 'yes', disabledSites: 7, hoverDelayMs: -40, highlightStyle: 'neon', entityTypes: 'all' },
    },
  ])('falls back to the defaults when storage.sync holds $kind, and keeps highlighting', async ({ value }) => {
    await options.evaluate(writeSyncValue, { key: SETTINGS_KEY, value: NON_DEFAULT_SETTINGS });
    await waitUntil(
      async () => ({ types: await highlightTypes(), paint: await paint() }),
      (seen) => !seen.types.has('place') && isTinted(seen.paint),
      { what: 'the non-default settings applied first (no places, tint)' },
    );

    await options.evaluate(writeSyncValue, { key: SETTINGS_KEY, value });
    const types = await waitUntil(highlightTypes, (seen) => seen.has('place'), {
      what: 'every kind highlighted again',
    });
    expect(types).toEqual(new Set(['person', 'place', 'organization']));
    expect(isUnderlined(await waitUntil(paint, isUnderlined, { what: 'the default underline' }))).toBe(true);
    expect(
      await waitUntil(
        () => options.evaluate(readInputValue, HOVER_DELAY_INPUT_ID),
        (shown) => shown === DEFAULT_HOVER_DELAY,
        { what: 'the default hover delay on the options page' },
      ),
    ).toBe(DEFAULT_HOVER_DELAY);
    expect((await options.evaluate(findChoice, 'Underline'))?.checked).toBe(true);
    expect((await options.evaluate(findChoice, 'Place'))?.checked).toBe(true);

    // A page loaded while the corrupt value is stored is highlighted too.
    await page.reload();
    const reloaded = await waitUntil(highlightTypes, (seen) => seen.size === 3, { what: 'highlights after a reload' });
    expect(reloaded).toEqual(new Set(['person', 'place', 'organization']));
  });

  it('lists a site switched off from the popup, and Remove switches it back on without a reload', async () => {
    await waitUntil(highlightTypes, (types) => types.size > 0, { what: 'highlights before switching the site off' });
    const popup = await session.openPopup(page);
    const siteSwitch = await waitUntil(
      () => popup.evaluate(findControl, { kind: 'switch', label: 'Highlight on this site' }),
      (control) => control?.checked === true,
      { what: 'the "Highlight on this site" switch, on' },
    );
    await popup.mouseClick(siteSwitch!.centre.x, siteSwitch!.centre.y);
    await waitUntil(highlightTypes, (types) => types.size === 0, { what: 'the highlights to clear' });
    await popup.close();

    const listed = await waitUntil(
      async () => sectionItems(await options.evaluate(readPopupSections), SITES_HEADING),
      (items) => items.length > 0,
      { what: `a row under "${SITES_HEADING}"` },
    );
    expect(listed).toHaveLength(1);
    // The row is the hostname, then its Remove button (whose hidden text repeats the hostname).
    expect(listed[0]).toBe(`${TEST_SITE}Remove ${TEST_SITE}`);

    await clickButton(options, `Remove ${TEST_SITE}`);
    const back = await waitUntil(highlightTypes, (types) => types.size > 0, {
      what: 'the highlights to return in the open tab',
    });
    expect(back).toEqual(new Set(['person', 'place', 'organization']));
    expect(sectionItems(await options.evaluate(readPopupSections), SITES_HEADING)).toEqual([]);
  });
});
