import { LEARN_DWELL_MS, looksLikeArticlePage, MAX_LEARNED_PAGE_CHARS } from '@/lib/learn/article-page';

/** How often the time the page has been visible is counted: coarse, the dwell is seconds. */
const DWELL_TICK_MS = 500;
/** The markup is serialised at the next idle moment, or after this long at the latest. */
const SERIALISE_TIMEOUT_MS = 2000;

/**
 * On a site that learns, once the reader has had the page in view for LEARN_DWELL_MS and it looks like an
 * article, asks the background to read it, once per page. No timer runs on sites that do not learn.
 */
export function createArticleLearner(options: { askToLearn: (html: string) => Promise<unknown>; signal: AbortSignal }) {
  let visibleMs = 0;
  let asked = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  options.signal.addEventListener('abort', stop, { once: true });

  const tick = () => {
    if (document.visibilityState === 'visible') visibleMs += DWELL_TICK_MS;
    if (visibleMs < LEARN_DWELL_MS) return;
    stop();
    asked = true;
    if (!looksLikeArticlePage(document, location.href)) return;
    // Markup, not Readability: reading and extracting happen in an extension page, off the reader's page. The
    // markup of a 1 MB page takes ~10 ms to serialise: done when the page is idle, never under the reader's input.
    requestIdleCallback(
      () => {
        if (options.signal.aborted) return;
        const html = document.documentElement.outerHTML;
        if (html.length <= MAX_LEARNED_PAGE_CHARS) void options.askToLearn(html).catch(() => undefined);
      },
      { timeout: SERIALISE_TIMEOUT_MS },
    );
  };

  return {
    /** Called with the site's setting at start and whenever settings change. */
    update(learning: boolean) {
      if (!learning || asked || window !== window.top || options.signal.aborted) return stop();
      timer ??= setInterval(tick, DWELL_TICK_MS);
    },
  };
}
