import type { TextRun } from './segments';

/**
 * Which runs to paint: only those whose block is within a screen of the view. Chromium re-validates every
 * registered range whenever a highlight changes, so painting 50,000 ranges at once costs long frames.
 */
export class NearView {
  private readonly observer: IntersectionObserver | null;
  private readonly runsOfTarget = new Map<Element, Set<TextRun>>();
  private readonly visible = new Set<Element>();

  constructor(
    win: Window & typeof globalThis,
    private readonly show: (runs: Iterable<TextRun>) => void,
    private readonly hide: (runs: Iterable<TextRun>) => void,
  ) {
    this.observer =
      typeof win.IntersectionObserver === 'function'
        ? new win.IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: NEAR_VIEW_MARGIN })
        : null;
  }

  /** Starts following a run; true when it should be painted right away. */
  track(run: TextRun): boolean {
    const target = targetOf(run.block);
    if (!this.observer || !target) return true;
    let runs = this.runsOfTarget.get(target);
    if (!runs) {
      runs = new Set();
      this.runsOfTarget.set(target, runs);
      this.observer.observe(target);
    }
    runs.add(run);
    return this.visible.has(target);
  }

  /** The run is painted now (near the view, or not followed at all). */
  isShown(run: TextRun): boolean {
    const target = targetOf(run.block);
    return !this.observer || !target || this.visible.has(target);
  }

  untrack(run: TextRun): void {
    const target = targetOf(run.block);
    const runs = target && this.runsOfTarget.get(target);
    if (!target || !runs) return;
    runs.delete(run);
    if (runs.size > 0) return;
    this.runsOfTarget.delete(target);
    this.visible.delete(target);
    this.observer?.unobserve(target);
  }

  clear(): void {
    this.observer?.disconnect();
    this.runsOfTarget.clear();
    this.visible.clear();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const runs = this.runsOfTarget.get(entry.target);
      if (!runs) continue;
      // A block without a box of its own (display: contents) never intersects: paint it always.
      const box = entry.boundingClientRect as DOMRectReadOnly | undefined;
      const boxless = box !== undefined && box.width === 0 && box.height === 0;
      const near = entry.isIntersecting || boxless;
      if (near && !this.visible.has(entry.target)) {
        this.visible.add(entry.target);
        this.show(runs);
      } else if (!near && this.visible.has(entry.target)) {
        this.visible.delete(entry.target);
        this.hide(runs);
      }
    }
  }
}

/** One screen above and below the view is painted ahead of scrolling. */
const NEAR_VIEW_MARGIN = '100% 0px 100% 0px';

/** The element whose box stands for a block: itself, or a shadow root's host. */
function targetOf(block: Node): Element | null {
  if (block.nodeType === 1) return block as Element;
  return (block as ShadowRoot).host ?? null;
}
