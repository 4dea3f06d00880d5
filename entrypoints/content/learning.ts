import { LEARN_DWELL_MS, looksLikeArticlePage, MAX_LEARNED_PAGE_CHARS } from '@/lib/learn/article-page';

/** How often the time the page has been visible is counted: coarse, the dwell is seconds. */
const DWELL_TICK_MS = 500;
/** The markup is serialised at the next idle moment, or after this long at the latest. */
const SERIALISE_TIMEOUT_MS = 2000;

/** The article's address: a "#section" link within it is the same article. */
const articleAddress = (href: string) => href.replace(/#.*$/, '');

/**
 * On a site that learns, once the reader has had the page in view for LEARN_DWELL_MS and it looks like an
 * article, asks the background to read it, once per address: a single-page site that shows the next story
 * with pushState starts the count again. No timer or watcher runs on sites that do not learn.
 */
export function createArticleLearner(options: {
  askToLearn: (html: string) => Promise<unknown>;
  /** Calls back with the new address when it changes without a load (WXT's wxt:locationchange). */
  watchAddress: (changed: (href: string) => void) => void;
  signal: AbortSignal;
}) {
  let visibleMs = 0;
  let asked = false;
  let learning = false;
  let watching = false;
  let address = articleAddress(location.href);
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

  // The Navigation API tells before location.href changes: the event's address is the one to trust.
  const addressChanged = (href: string) => {
    if (articleAddress(href) === address) return;
    address = articleAddress(href);
    visibleMs = 0;
    asked = false;
    update(learning);
  };

  /** Called with the site's setting at start and whenever settings change. */
  function update(on: boolean) {
    learning = on;
    if (!on || asked || window !== window.top || options.signal.aborted) return stop();
    if (!watching) options.watchAddress(addressChanged);
    watching = true;
    timer ??= setInterval(tick, DWELL_TICK_MS);
  }

  return { update };
}
