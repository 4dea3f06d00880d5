import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCardWithEscape } from './harness/card-flow';
import { browsersUnderTest } from './harness/driver';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';

/** How long the mouse rests on a name: longer than the default hover delay (400 ms). */
const HOVER_REST_MS = 600;
const rest = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Issue 5: a card opens on hover (and from the keyboard commands), inside one open shadow root.
describe.each(browsersUnderTest())('hover card in %s', (browserName) => {
  let session: ExtensionSession;
  let page: PageHandle;

  beforeAll(async () => {
    session = await launchSession(browserName);
    page = await session.openPage('news.html');
    await waitUntil(
      () => session.highlightedTexts(page),
      (ranges) => ranges.some((range) => range.text === 'Antony Blinken'),
      { what: '"Antony Blinken" to be highlighted' },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  const closeCard = () => closeCardWithEscape(session, page);

  it('opens a card named after the person when the mouse rests on the name', async () => {
    await session.hoverText(page, 'Antony Blinken');
    await rest(HOVER_REST_MS);
    const card = await waitUntil(
      () => session.card(page),
      (seen) => seen !== null,
      { what: 'a hover card' },
    );
    expect(card?.name).toBe('Antony Blinken');
    expect(card?.text).toContain('Secretary of State');
    expect(card?.text).toContain('as reported on 19 June 2023');
  });

  it('stays open while the mouse moves into the card, and Escape closes it', async () => {
    const card = await waitUntil(
      () => session.card(page),
      (seen) => seen !== null,
      { what: 'the open card' },
    );
    await page.mouseMove(card!.centre.x, card!.centre.y);
    await rest(HOVER_REST_MS);
    expect((await session.card(page))?.name).toBe('Antony Blinken');
    await session.pressKey(page, 'Escape');
    expect(
      await waitUntil(
        () => session.card(page),
        (seen) => seen === null,
        { what: 'Escape to close it' },
      ),
    ).toBe(null);
  });

  it('does not open a card for a name the mouse only passes over', async () => {
    await page.mouseMove(1, 1);
    await session.hoverText(page, 'Xi Jinping');
    await page.mouseMove(1, 1);
    await rest(HOVER_REST_MS);
    expect(await session.card(page)).toBe(null);
  });

  it('opens the card of the first mention in reading order on the next-mention command', async () => {
    await page.mouseMove(1, 1);
    const first = (await session.highlightedTexts(page))[0];
    // Command shortcuts cannot be pressed headless: send what the background sends on next-mention.
    await session.sendToContentScript(page, { type: 'stepMention', direction: 1 });
    const card = await waitUntil(
      () => session.card(page),
      (seen) => seen !== null,
      { what: 'a card from the command' },
    );
    expect(first?.text).toBe('BEIJING');
    expect(card?.name).toBe('Beijing');
    await closeCard();
  });
});
