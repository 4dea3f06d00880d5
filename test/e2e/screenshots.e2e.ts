import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';

/** test-results/screenshots on every run; `npm run screenshots` (after a build) writes docs/screenshots for the README. */
const SCREENSHOT_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots',
);
/** The toolbar popup is 400 px wide (components/popup/popup.css); the tab is sized to match. */
const POPUP_SIZE = { width: 400, height: 600 };
const HOVER_REST_MS = 600;

describe.each(browsersUnderTest())('screenshots in %s', (browserName) => {
  const sessions: ExtensionSession[] = [];
  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()));
  });

  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    const file = (name: string) => resolve(SCREENSHOT_DIR, `${browserName}-${name}${suffix}.png`);
    let session: ExtensionSession;
    let page: PageHandle;

    beforeAll(async () => {
      session = await launchSession(browserName, { colorScheme });
      sessions.push(session);
      page = await session.openPage('news.html');
      await waitUntil(
        () => session.highlights(page),
        (ranges) => ranges.some((range) => range.within === 'late-update'),
        { timeoutMs: 10_000, what: 'highlights including the late paragraph' },
      );
    });

    it.skipIf(colorScheme === 'dark')('the page with highlights', async () => {
      await session.screenshot(page, file('page'));
      expect(await session.highlightedTexts(page)).not.toEqual([]);
    });

    it('an open card', async () => {
      await session.hoverText(page, 'Antony Blinken');
      await new Promise((done) => setTimeout(done, HOVER_REST_MS));
      const card = await waitUntil(
        () => session.card(page),
        (seen) => seen !== null,
        { what: 'the card' },
      );
      await session.screenshot(page, file('card'));
      expect(card?.name).toBe('Antony Blinken');
      await session.pressKey(page, 'Escape');
    });

    it('the popup for the page', async () => {
      const popup = await session.openPopup(page);
      await popup.setViewportSize(POPUP_SIZE.width, POPUP_SIZE.height);
      const scheme = await waitUntil(
        () => popup.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')),
        (seen) => seen.length > 0,
        { what: 'the popup' },
      );
      await waitUntil(
        () => popup.evaluate(() => document.querySelectorAll('li').length),
        (count) => count > 0,
        { what: 'the popup lists' },
      );
      await session.screenshot(popup, file('popup'));
      expect(scheme).toBe(colorScheme);
      await popup.close();
    });
  });
});
