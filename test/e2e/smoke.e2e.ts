import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type ExtensionSession, launchSession, waitUntil } from './harness/session';

describe.each(browsersUnderTest())('smoke in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders the popup with its heading', async () => {
    const popup = await session.openPopup();
    const heading = await waitUntil(
      () => popup.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
      (text) => text.length > 0,
      { what: 'the popup heading' },
    );
    expect(heading).toContain('News Context');
    await popup.close();
  });

  it('runs the content script on a page', async () => {
    const page = await session.openPage('news.html');
    // Before wiring the probe marks the page; after, the mentions are highlighted.
    const ran = await waitUntil(
      () =>
        page.evaluate(
          () =>
            document.documentElement.dataset.newsContextProbe === '1' ||
            [...CSS.highlights.keys()].some((name) => name.startsWith('news-context-')),
        ),
      (seen) => seen,
      { what: 'a sign of the content script' },
    );
    expect(ran).toBe(true);
    await page.close();
  });
});
