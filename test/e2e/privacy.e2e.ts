import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { isBrowserOwnRequest } from './harness/network-guard';
import { type ExtensionSession, launchSession, waitUntil } from './harness/session';

/** Time given to any late background request (a fetch after load, a retry) to show up at the guard. */
const QUIET_PERIOD_MS = 3_000;

// Design: no network requests. Every request bound off 127.0.0.1 goes to the harness's recording proxy.
describe.each(browsersUnderTest())('privacy in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('sends no request off the machine while reading a page, hovering and opening the popup', async () => {
    const page = await session.openPage('news.html');
    // The extension must really have worked (highlights, a card) for "no request" to mean anything.
    await waitUntil(
      () => session.highlightedTexts(page),
      (ranges) => ranges.length > 0,
      { what: 'highlights' },
    );
    await session.hoverText(page, 'Antony Blinken');
    await waitUntil(
      () => session.card(page),
      (card) => card?.name === 'Antony Blinken',
      { what: 'the hover card' },
    );
    const popup = await session.openPopup(page);
    await new Promise((done) => setTimeout(done, QUIET_PERIOD_MS));
    expect(session.blockedRequests.filter((request) => !isBrowserOwnRequest(request))).toEqual([]);
    // Even the browser's own traffic never carries what the page says.
    expect(session.blockedRequests.filter((request) => /blinken|xi%20jinping|127\.0\.0\.1/i.test(request.url))).toEqual(
      [],
    );
    await popup.close();
    await page.close();
  });
});
