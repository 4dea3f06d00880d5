import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, VIEWPORT } from './harness/driver';
import { type MentionPlace, readMentionPlaces, readTextPlaces, scrollToTop } from './harness/nav-queries';
import { findControl } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';
import { clickButton } from './harness/sources-flow';

const NAME = 'Wang Yi';
/** Both "Wang Yi" mentions are below the fold at the top; only names near the view get painted. */
const SHORT_VIEWPORT_HEIGHT = 240;
/** The paragraphs holding the two mentions, in reading order (#late-update is added 2 s after load). */
const MENTION_PARAGRAPHS = ['split', 'late-update'];
const LATE_UPDATE_WAIT_MS = 10_000;

const inViewIds = (places: MentionPlace[]) => places.filter((place) => place.inView).map((place) => place.within);

// Issue 6: choosing a name in the popup's "On this page" takes the reader to it; the global switch acts live.
describe.each(browsersUnderTest())('popup navigation in %s', (browserName) => {
  let session: ExtensionSession;
  let page: PageHandle;
  let popup: PageHandle;
  /** Where the name occurs in the text, painted or not. */
  const occurrences = () => page.evaluate(readTextPlaces, NAME);
  /** The painted highlights of the name. */
  const painted = () => page.evaluate(readMentionPlaces, NAME);
  const paintedInView = async () => inViewIds(await painted());

  beforeAll(async () => {
    session = await launchSession(browserName);
    page = await session.openPage('news.html');
    await page.setViewportSize(VIEWPORT.width, SHORT_VIEWPORT_HEIGHT);
    await waitUntil(occurrences, (seen) => seen.length === MENTION_PARAGRAPHS.length, {
      timeoutMs: LATE_UPDATE_WAIT_MS,
      what: `the late paragraph's "${NAME}"`,
    });
    await waitUntil(
      () => session.highlightedTexts(page),
      (ranges) => ranges.length > 0,
      { what: 'highlights' },
    );
    popup = await session.openPopup(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it(`scrolls the page to "${NAME}" and opens its card when it is chosen under "On this page"`, async () => {
    expect(await page.evaluate(scrollToTop)).toBe(0);
    const before = await occurrences();
    expect(before.map((place) => place.within)).toEqual(MENTION_PARAGRAPHS);
    expect(inViewIds(before)).toEqual([]);

    await clickButton(popup, NAME);
    const after = await waitUntil(occurrences, (seen) => seen[0]?.inView === true, {
      what: `the first "${NAME}" mention scrolled into view`,
    });
    expect(inViewIds(after)).toEqual([MENTION_PARAGRAPHS[0]]);
    // Scrolled to, it is painted as a highlight too.
    expect(await waitUntil(paintedInView, (ids) => ids.length > 0, { what: 'the highlight in view' })).toEqual([
      MENTION_PARAGRAPHS[0],
    ]);
    const card = await waitUntil(
      () => session.card(page),
      (seen) => seen !== null,
      { what: 'the card opened from the popup' },
    );
    expect(card?.name).toBe(NAME);
  });

  it('moves to the next mention of the name when it is chosen again, and back to the first after the last', async () => {
    await clickButton(popup, NAME);
    const second = await waitUntil(occurrences, (seen) => seen[1]?.inView === true, {
      what: `the second "${NAME}" mention (in #${MENTION_PARAGRAPHS[1]}) scrolled into view`,
    });
    expect(inViewIds(second)).toEqual([MENTION_PARAGRAPHS[1]]);
    expect(
      await waitUntil(paintedInView, (ids) => ids.includes(MENTION_PARAGRAPHS[1]), { what: 'its highlight' }),
    ).toEqual([MENTION_PARAGRAPHS[1]]);
    expect((await session.card(page))?.name).toBe(NAME);

    await page.evaluate(scrollToTop);
    await clickButton(popup, NAME);
    const wrapped = await waitUntil(occurrences, (seen) => seen[0]?.inView === true, {
      what: `the first "${NAME}" mention again after the last`,
    });
    expect(inViewIds(wrapped)).toEqual([MENTION_PARAGRAPHS[0]]);
  });

  it('clears every highlight when "Highlighting on" is switched off, and restores them without a reload', async () => {
    // A full-size view has every name near it, so all of them are painted before and after.
    await page.setViewportSize(VIEWPORT.width, VIEWPORT.height);
    // A tab behind the popup gets no rendering updates (Chromium), so the paint of a resized view waits for the front.
    await page.bringToFront();
    let previous = '';
    const before = await waitUntil(
      () => session.highlights(page),
      (ranges) => {
        const settled =
          ranges.some((range) => range.within === MENTION_PARAGRAPHS[1]) && JSON.stringify(ranges) === previous;
        previous = JSON.stringify(ranges);
        return settled;
      },
      { intervalMs: 300, what: 'every highlight painted in a full-size view, the same on two reads' },
    );
    const textsBefore = before.map((range) => range.text);
    const toggle = await waitUntil(
      () => popup.evaluate(findControl, { kind: 'switch', label: 'Highlighting on' }),
      (control) => control !== null,
      { what: 'the "Highlighting on" switch, at rest' },
    );
    expect(toggle?.checked).toBe(true);

    await popup.mouseClick(toggle!.centre.x, toggle!.centre.y);
    const cleared = await waitUntil(
      () => session.highlightedTexts(page),
      (ranges) => ranges.length === 0,
      { what: 'the highlights to clear' },
    ).catch(() => session.highlightedTexts(page));
    expect(cleared).toEqual([]);
    expect((await popup.evaluate(findControl, { kind: 'switch', label: 'Highlighting on' }))?.checked).toBe(false);

    await popup.mouseClick(toggle!.centre.x, toggle!.centre.y);
    const restored = await waitUntil(
      async () => (await session.highlightedTexts(page)).map((range) => range.text),
      (texts) => texts.length === textsBefore.length,
      { what: `all ${textsBefore.length} highlights to come back` },
    );
    expect(restored).toEqual(textsBefore);
  });
});
