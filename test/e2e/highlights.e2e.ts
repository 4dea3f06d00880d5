import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import {
  type ExtensionSession,
  type HighlightedRange,
  launchSession,
  type PageHandle,
  waitUntil,
} from './harness/session';

/** The test page appends #late-update this long after load; waits below allow for it. */
const LATE_UPDATE_WAIT_MS = 10_000;

const hasLateWangYi = (ranges: HighlightedRange[]) =>
  ranges.some((range) => range.within === 'late-update' && range.text === 'Wang Yi');

// Issue 4: names on the page are highlighted with the CSS Custom Highlight API, the page's DOM is untouched.
describe.each(browsersUnderTest())('highlights in %s', (browserName) => {
  let session: ExtensionSession;
  let reference: ExtensionSession;
  let page: PageHandle;

  beforeAll(async () => {
    [session, reference] = await Promise.all([
      launchSession(browserName),
      launchSession(browserName, { withExtension: false }),
    ]);
    page = await session.openPage('news.html');
  });
  afterAll(async () => {
    await Promise.all([session?.close(), reference?.close()]);
  });

  const settledHighlights = () =>
    waitUntil(() => session.highlights(page), hasLateWangYi, {
      timeoutMs: LATE_UPDATE_WAIT_MS,
      what: 'the late paragraph\u2019s "Wang Yi" to be highlighted',
    });

  it('highlights full names, a name split across inline elements, and the dateline', async () => {
    const expected = ['Antony Blinken', 'Xi Jinping', 'Wang Yi', 'BEIJING'];
    // The page is read in slices: wait for the whole of it, not the first slice, on a busy machine.
    const texts = await waitUntil(
      async () => (await session.highlightedTexts(page)).map((range) => range.text),
      (seen) => expected.every((name) => seen.includes(name)),
      { what: `${expected.join(', ')} highlighted` },
    ).catch(async () => (await session.highlightedTexts(page)).map((range) => range.text));
    expect(texts).toEqual(expect.arrayContaining(expected));
  });

  it('highlights short forms and the other names the story mentions', async () => {
    const texts = (await session.highlightedTexts(page)).map((range) => range.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Blinken',
        'Xi',
        'U.S.',
        'United States',
        'China',
        'Taiwan',
        'Joe Biden',
        'Great Hall of the People',
        'Department of Defence',
      ]),
    );
  });

  it('gives each highlight the type of its entity', async () => {
    const ranges = await session.highlights(page);
    const typeOf = (text: string) => ranges.find((range) => range.text === text)?.type;
    expect({
      blinken: typeOf('Antony Blinken'),
      beijing: typeOf('BEIJING'),
      defence: typeOf('Department of Defence'),
    }).toEqual({ blinken: 'person', beijing: 'place', defence: 'organization' });
  });

  it('highlights "Blinken" in "Blinken\u2019s" without the possessive', async () => {
    const ranges = await session.highlights(page);
    const inPossessive = ranges.filter((range) => range.within === 'possessive').map((range) => range.text);
    expect(inPossessive).toContain('Blinken');
    expect(inPossessive.some((text) => text.includes("'"))).toBe(false);
  });

  it('highlights the paragraph the page adds two seconds after load', async () => {
    expect(hasLateWangYi(await settledHighlights())).toBe(true);
  });

  it('highlights nothing inside inputs, textareas, editors, scripts or noscript', async () => {
    const ranges = await settledHighlights();
    const inside = ranges.filter(
      (range) => range.insideExcluded !== null || ['comment-form', 'editor'].includes(range.within ?? ''),
    );
    expect(inside).toEqual([]);
  });

  it('shows the number of mentions on the toolbar badge', async () => {
    const ranges = await settledHighlights();
    const badge = await waitUntil(
      () => session.badgeText(page),
      (text) => text === String(ranges.length),
      { what: `the badge to read ${ranges.length}` },
    ).catch(() => session.badgeText(page));
    expect(badge).toBe(String(ranges.length));
  });

  it('leaves the page DOM byte for byte as without the extension', async () => {
    await settledHighlights();
    const plain = await reference.openPage('news.html');
    await waitUntil(
      () => plain.evaluate(() => document.getElementById('late-update') !== null),
      (added) => added,
      { timeoutMs: LATE_UPDATE_WAIT_MS, what: 'the late paragraph without the extension' },
    );
    const [withExtension, without] = await Promise.all([session.domSnapshot(page), reference.domSnapshot(plain)]);
    expect(withExtension).toBe(without);
    await plain.close();
  });

  it('finds nothing and shows no badge on a page without known names', async () => {
    const plainPage = await session.openPage('plain.html');
    const news = await session.openPage('news.html');
    // Once the news page, opened after it, is highlighted, the content script has had time to run on the plain page.
    await waitUntil(
      () => session.highlightedTexts(news),
      (ranges) => ranges.length > 0,
      { what: 'highlights on a second news page' },
    );
    expect(await session.highlightedTexts(plainPage)).toEqual([]);
    expect(await session.badgeText(plainPage)).toBe('');
    await Promise.all([plainPage.close(), news.close()]);
  });
});
