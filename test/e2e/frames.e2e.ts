import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type ExtensionSession, launchSession, waitUntil } from './harness/session';

/** shadow-iframe.html plants 5 names: 3 in the page and its shadow roots, 2 in a same-origin iframe. */
const NAMES_WITH_IFRAME = '5';
const NAMES_WITHOUT_IFRAME = '3';

describe.each(browsersUnderTest())('names in iframes, in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("counts an iframe's names on the tab's badge, and drops them when the iframe goes", async () => {
    const page = await session.openPage('hostile/shadow-iframe.html');
    const withFrame = await waitUntil(
      () => session.badgeText(page),
      (text) => text === NAMES_WITH_IFRAME,
      { what: 'the badge to count the names in the page and its iframe' },
    );
    expect(withFrame).toBe(NAMES_WITH_IFRAME);
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    const withoutFrame = await waitUntil(
      () => session.badgeText(page),
      (text) => text === NAMES_WITHOUT_IFRAME,
      { what: "the badge to drop the removed iframe's names" },
    );
    expect(withoutFrame).toBe(NAMES_WITHOUT_IFRAME);
    await page.close();
  });
});
