import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type ExtensionSession, launchSession, waitUntil } from './harness/session';
import { ADD_TIMEOUT_MS, addArticleThroughPopup, storedSourcesJson } from './harness/sources-flow';
import { domFingerprint, isPageBuilt } from './harness/sources-queries';

/** The success message's form: "“Title” added: 4 names, 3 quotes, 11 facts." */
const ADDED = /\b(added|updated)\b.*\d+ names?/;

/** Pages that must not become a source, and the reason the popup should give for each. */
const BAD_PAGES = [
  { page: 'sources/empty.html', what: 'an empty page', says: /no article text|doesn.t look like an article/i },
  { page: 'sources/links.html', what: 'a list of links', says: /doesn.t look like an article/i },
  { page: 'sources/german.html', what: 'a German article', says: /english|language/i },
  { page: 'sources/chinese.html', what: 'a Chinese article', says: /english|language/i },
  { page: 'sources/quotes.html', what: 'a page of only quotes', says: /names?|people|who/i },
  { page: 'sources/huge.html', what: 'a 10 MB page', says: /too much text|too large/i, builtByScript: true },
];

// Issue 8: "Add this article" on a page that is not a usable English article says why, and stores nothing.
describe.each(browsersUnderTest())('"Add this article" with bad input in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    // Chromium: the toolbar button's own popup, which gets the activeTab grant a person's click gives.
    session = await launchSession(browserName, { toolbar: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(BAD_PAGES)(
    'refuses $what with a clear message, stores nothing and leaves the page alone',
    async ({ page: path, says, builtByScript }) => {
      const page = await session.openPage(path);
      if (builtByScript)
        await waitUntil(() => page.evaluate(isPageBuilt), Boolean, { what: `${path} to build its text` });
      const before = await page.evaluate(domFingerprint);
      const options = await session.openOptions();
      const storedBefore = await storedSourcesJson(options);

      const { popup, message } = await addArticleThroughPopup(session, page);

      expect(message).not.toMatch(ADDED);
      expect(message).toMatch(says);
      expect(await storedSourcesJson(popup)).toBe(storedBefore);
      expect(await page.evaluate(domFingerprint)).toEqual(before);
      await Promise.all([popup.close(), options.close(), page.close()]);
    },
    ADD_TIMEOUT_MS * 2,
  );
});
