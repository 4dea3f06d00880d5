/**
 * Runs in every frame's main world from the start of the document (a Playwright init script: serialized, no
 * imports, no outer variables). Records, as epoch milliseconds, when the first CSS highlight appears (the content
 * script registers its ranges in CSS.highlights, which the main world can read), when watched names are
 * highlighted, and when the popup's sections are filled.
 */

export interface FrameProbe {
  /** performance.timeOrigin: the navigation's start. */
  origin: number;
  /** When a registered highlight first held a range; 0 until then. */
  firstHighlight: number;
  /** Each child frame's firstHighlight, reported by the frame itself (same origin). */
  frames: { href: string; firstHighlight: number }[];
  /** Text to watch for: when a painted range starts inside [data-fresh="KEY"], fresh[KEY] gets the time. */
  watch: string[];
  fresh: Record<string, number>;
  /** Popup only: when "Key facts" and "Quotes" show their lists and nothing is aria-busy. */
  popupReady: number;
}

export function installProbe(): void {
  const win = window as unknown as { __ncProbe?: FrameProbe };
  if (win.__ncProbe) return;
  const now = () => performance.timeOrigin + performance.now();
  const probe: FrameProbe = {
    origin: performance.timeOrigin,
    firstHighlight: 0,
    frames: [],
    watch: [],
    fresh: {},
    popupReady: 0,
  };
  win.__ncProbe = probe;

  if (location.protocol === 'chrome-extension:') {
    if (!location.pathname.endsWith('/popup.html')) return;
    const ready = () =>
      !document.querySelector('[aria-busy="true"]') &&
      document.querySelector('#nc-facts-heading') !== null &&
      document.querySelector('#nc-quotes-heading') !== null &&
      document.querySelector('.nc-facts li, .nc-facts + .nc-empty') !== null &&
      document.querySelector('.nc-quotes li') !== null;
    const observer = new MutationObserver(() => {
      if (probe.popupReady || !ready()) return;
      probe.popupReady = now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    return;
  }

  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return;
  const parent = window !== window.top ? (window.parent as unknown as { __ncProbe?: FrameProbe }) : null;
  const tick = () => {
    if (!probe.firstHighlight) {
      for (const highlight of registry.values()) {
        if (highlight.size === 0) continue;
        probe.firstHighlight = now();
        parent?.__ncProbe?.frames.push({ href: location.href, firstHighlight: probe.firstHighlight });
        break;
      }
    }
    const pending = probe.watch.filter((key) => !probe.fresh[key]);
    if (!pending.length) return;
    const spans = pending.map((key) => [key, document.querySelector(`[data-fresh="${key}"]`)] as const);
    for (const highlight of registry.values()) {
      for (const range of highlight) {
        for (const [key, span] of spans) {
          if (span?.contains(range.startContainer) && !probe.fresh[key]) probe.fresh[key] = now();
        }
      }
    }
  };
  if (!parent) {
    // The page itself: every 4 ms or so (nested timers are clamped), a few microseconds a time.
    setInterval(tick, 0);
    return;
  }
  // A frame: once a frame (16 ms), until highlighted; a frame with too little text to be read (an ad) is never
  // highlighted, and polling it would only add its own cost to the figures.
  const poll = () => {
    tick();
    if (!probe.firstHighlight) requestAnimationFrame(poll);
  };
  document.addEventListener('DOMContentLoaded', () => {
    if ((document.body?.textContent?.trim().length ?? 0) >= 200) poll();
  });
}
