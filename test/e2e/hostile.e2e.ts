import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type HostileBrowser, launchHostileBrowser } from './harness/hostile-browser';
import { pollFor, unhighlightedInView } from './harness/hostile-measure';
import { locatePlanted, readPlantedNames, readShadowHighlightStyles } from './harness/hostile-probe';
import {
  type BareVisit,
  expectNoTaskOverLimit,
  type HostileVisit,
  problemsOfOurs,
  visitBare,
  visitWithExtension,
} from './harness/hostile-visit';
import { type PageServer, startPageServer } from './harness/server';

// Issue 8: hostile pages, read by the built extension in each browser, and by the same browser without the
// extension as the peer that makes the timing bound fair in Firefox (which has no per-script attribution).

/** Time for a name scrolled into view to be painted. */
const SCROLL_PAINT_TIMEOUT_MS = 3_000;

describe.each(browsersUnderTest())('hostile pages in %s', (browserName) => {
  let server: PageServer;
  let withExtension: HostileBrowser;
  let bare: HostileBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    bare = await launchHostileBrowser(browserName, false);
    withExtension = await launchHostileBrowser(browserName, true);
  });
  afterAll(async () => {
    await withExtension?.close();
    await bare?.close();
    await server?.close();
  });

  describe.each([
    ['elements.html', '100,000 elements'],
    ['big-text.html', '5 MB of text with names sprinkled in'],
    ['deep-nesting.html', 'nesting 5,000 levels deep, a name at the bottom'],
    ['shadow-iframe.html', 'names in open shadow roots and a same-origin iframe'],
    ['bidi-cjk.html', 'Latin names in right-to-left and CJK text'],
  ])('%s (%s)', (path) => {
    let seen: HostileVisit;
    let peer: BareVisit;
    beforeAll(async () => {
      seen = await visitWithExtension(withExtension, server.url(`hostile/${path}`));
      peer = await visitBare(bare, server.url(`hostile/${path}`), seen.settled.waitedMs);
    });
    afterAll(async () => {
      await seen?.page.close();
    });

    it('counts every planted name in the badge', () => {
      expect(seen.settled.mentions).toBe(seen.settled.planted.length);
    });
    it('highlights the planted names in view, and nothing else', () => {
      expect(unhighlightedInView(seen.settled.planted)).toEqual([]);
      expect(seen.settled.strays).toEqual([]);
    });
    it('highlights the last planted name once it is scrolled into view', async () => {
      const last = seen.settled.planted.length - 1;
      await seen.page.evaluate(locatePlanted, last);
      const planted = await pollFor(
        () => seen.page.evaluate(readPlantedNames),
        (names) => names[last]?.highlighted === true,
        SCROLL_PAINT_TIMEOUT_MS,
      );
      expect(planted[last].highlighted).toBe(true);
    });
    it('logs no error of its own, uncaught or on the console', () => {
      expect(problemsOfOurs(seen.page.problems, peer.problems)).toEqual([]);
    });
    it('runs no long task of its own', () => {
      expectNoTaskOverLimit(`${browserName} ${path}`, seen, peer);
    });
    it.runIf(path === 'shadow-iframe.html')('gives shadow roots holding names the highlight style', async () => {
      const styled = await seen.page.evaluate(readShadowHighlightStyles);
      expect(styled.length).toBeGreaterThan(0);
      expect(styled.filter((reached) => !reached)).toEqual([]);
    });
  });
});
