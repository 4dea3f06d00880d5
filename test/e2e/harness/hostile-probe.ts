// Runs inside the page before any of its scripts (an init script in every frame). It keeps the browser's own
// functions from before the page could replace them, so the test still reads the truth on a hostile page.
// Every function here must be self-contained: no imports, no outer names.

/** What the probe saw of the main thread since DOMContentLoaded (or the last reset). */
export interface ThreadReport {
  /** Longest wait between two chained setTimeout(0) callbacks: a task (any world's) or rendering held the thread. */
  maxGapMs: number;
  /** Chromium's 'longtask' entries (not in Firefox), durations in ms. */
  longTaskMs: number[];
}

/** A name the page planted: an element with data-planted holding exactly that name. */
export interface PlantedName {
  text: string;
  /** 'document', 'shadow' or 'iframe': where it sits. */
  where: string;
  /** Its box meets the viewport (of its own frame). */
  inView: boolean;
  /** Some news-context-* highlight range starts inside it. */
  highlighted: boolean;
}

/** Highlighted text outside every planted element: a name found where none was planted. */
export interface StrayHighlight {
  text: string;
  where: string;
}

export interface HostileProbe {
  reset(): void;
  thread(): ThreadReport;
  /** Every planted name, through open shadow roots and same-origin iframes, and whether it is highlighted. */
  plantedNames(): PlantedName[];
  strayHighlights(): StrayHighlight[];
  /** Whether a ::highlight(news-context-*) rule reaches each open shadow root holding a planted name. */
  shadowHighlightStyles(): boolean[];
  /** Centre of the index-th planted element, scrolled into view, or null. */
  locate(index: number): { x: number; y: number } | null;
  /** Appends <p>prefix <span data-planted>name</span>.</p> to body with the browser's own appendChild. */
  appendPlanted(name: string): void;
  /** The extension's hover card: its accessible name, size and background, or null when none is shown. */
  card(): { name: string; width: number; height: number; background: string } | null;
}

/** Installed as an init script: defines window.__hostileProbe. */
export function installHostileProbe(): void {
  const PROBE_KEY = '__hostileProbe';
  const HIGHLIGHT_PREFIX = 'news-context-';
  const HOST_TAG = 'news-context-ui';
  // The namespace is kept (pages may replace window.CSS), its registry read per call: Firefox reuses a frame's
  // initial about:blank window for the loaded document, whose registry is a new one.
  const nativeCSS = typeof CSS !== 'undefined' ? CSS : undefined;
  const nativeCreateRange = Document.prototype.createRange;
  const nativeAppendChild = Node.prototype.appendChild;
  const nativeFragmentQuerySelectorAll = DocumentFragment.prototype.querySelectorAll;
  const nativeDocQuerySelectorAll = Document.prototype.querySelectorAll;
  const nativeTextContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.get!;
  const nativeData = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!.get!;
  const nativeRect = Element.prototype.getBoundingClientRect;
  const nativeShadowRoot = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!.get!;
  const nativeSetTimeout = window.setTimeout.bind(window);
  const nativeNow = performance.now.bind(performance);
  const nativeGetComputedStyle = window.getComputedStyle.bind(window);
  const textOf = (node: Node) => String(nativeTextContent.call(node) ?? '');

  let maxGapMs = 0;
  let last = 0;
  let longTaskMs: number[] = [];
  let started = false;
  const tick = () => {
    const now = nativeNow();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    nativeSetTimeout(tick, 0);
  };
  const start = () => {
    if (started) return;
    started = true;
    last = nativeNow();
    nativeSetTimeout(tick, 0);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= 0) longTaskMs.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Firefox has no longtask entries: the timer gaps stand in.
  }

  type Root = Document | ShadowRoot;
  const all = (root: Root, selector: string): Element[] =>
    Array.from(
      root.nodeType === 9
        ? nativeDocQuerySelectorAll.call(root, selector)
        : nativeFragmentQuerySelectorAll.call(root, selector),
    );
  const shadowRootsUnder = (root: Root): ShadowRoot[] => {
    const found: ShadowRoot[] = [];
    for (const element of all(root, '*')) {
      const shadow = nativeShadowRoot.call(element) as ShadowRoot | null;
      if (shadow && element.localName !== HOST_TAG) found.push(shadow, ...shadowRootsUnder(shadow));
    }
    return found;
  };
  const childProbes = (): HostileProbe[] =>
    all(document, 'iframe').flatMap((frame) => {
      try {
        const probe = (frame as HTMLIFrameElement).contentWindow?.[PROBE_KEY as never] as HostileProbe | undefined;
        return probe ? [probe] : [];
      } catch {
        return []; // cross-origin frame
      }
    });
  const rangeText = (range: AbstractRange): string => {
    const { startContainer, endContainer, startOffset, endOffset } = range;
    if (startContainer === endContainer && startContainer.nodeType === 3)
      return String(nativeData.call(startContainer)).slice(startOffset, endOffset);
    const live = nativeCreateRange.call(document);
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    return live.toString();
  };
  const whereOf = (node: Node) => (node.getRootNode() instanceof ShadowRoot ? 'shadow' : 'document');
  const holdsStyle = (sheets: readonly CSSStyleSheet[]) =>
    sheets.some((sheet) => {
      try {
        return Array.from(sheet.cssRules).some((rule) => rule.cssText.includes(`::highlight(${HIGHLIGHT_PREFIX}`));
      } catch {
        return false;
      }
    });

  const ranges = (): AbstractRange[] => {
    const found: AbstractRange[] = [];
    const registry = nativeCSS?.highlights;
    if (!registry) return found;
    for (const [name, highlight] of registry)
      if (String(name).startsWith(HIGHLIGHT_PREFIX)) found.push(...(highlight as Iterable<AbstractRange>));
    return found;
  };
  const plantedElements = () =>
    [document, ...shadowRootsUnder(document)].flatMap((root) => all(root, '[data-planted]'));
  const inView = (element: Element) => {
    const rect = nativeRect.call(element);
    return rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && rect.width > 0;
  };

  const probe: HostileProbe = {
    reset() {
      maxGapMs = 0;
      last = nativeNow();
      longTaskMs = [];
    },
    thread: () => ({ maxGapMs: Math.round(maxGapMs), longTaskMs: [...longTaskMs] }),
    plantedNames() {
      const starts = ranges().map((range) => range.startContainer);
      const here = plantedElements().map((element) => ({
        text: textOf(element).trim(),
        where: whereOf(element),
        inView: inView(element),
        highlighted: starts.some((start) => element.contains(start)),
      }));
      const framed = childProbes().flatMap((child) =>
        child.plantedNames().map((seen) => ({ ...seen, where: 'iframe' })),
      );
      return [...here, ...framed];
    },
    strayHighlights() {
      const planted = plantedElements();
      const here = ranges()
        .filter((range) => !planted.some((element) => element.contains(range.startContainer)))
        .map((range) => ({ text: rangeText(range), where: whereOf(range.startContainer) }));
      const framed = childProbes().flatMap((child) =>
        child.strayHighlights().map((seen) => ({ ...seen, where: 'iframe' })),
      );
      return [...here, ...framed];
    },
    shadowHighlightStyles: () =>
      shadowRootsUnder(document)
        .filter((root) => all(root, '[data-planted]').length > 0)
        .map((root) => holdsStyle(Array.from(root.adoptedStyleSheets)) || holdsStyle(Array.from(root.styleSheets))),
    locate(index) {
      const element = plantedElements()[index];
      if (!element) return null;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = nativeRect.call(element);
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    appendPlanted(name) {
      const paragraph = document.createElement('p');
      const planted = document.createElement('span');
      planted.setAttribute('data-planted', '');
      planted.append(name);
      paragraph.append('Added later: ', planted, '.');
      nativeAppendChild.call(document.body, paragraph);
    },
    card() {
      const host = all(document, HOST_TAG)[0];
      const shadow = host ? (nativeShadowRoot.call(host) as ShadowRoot | null) : null;
      const dialog = shadow?.querySelector<HTMLElement>('[role="dialog"]');
      if (!shadow || !dialog) return null;
      const rect = nativeRect.call(dialog);
      const style = nativeGetComputedStyle(dialog);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') return null;
      const labelledBy = (dialog.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => textOf(shadow.getElementById(id) ?? document.createTextNode('')))
        .join(' ');
      return {
        name: (dialog.getAttribute('aria-label') ?? labelledBy).trim(),
        width: Math.round(rect.width),
        height: Math.round(rect.height),
        background: style.backgroundColor,
      };
    },
  };
  Object.defineProperty(window, PROBE_KEY, { value: probe, enumerable: false });
}

type ProbeWindow = { __hostileProbe: HostileProbe };

// Small evaluators, one per question; each reaches the probe through window (evaluate sends the function alone).
export const readThread = (): ThreadReport => (window as unknown as ProbeWindow).__hostileProbe.thread();
export const resetThread = (): void => (window as unknown as ProbeWindow).__hostileProbe.reset();
export const readPlantedNames = (): PlantedName[] => (window as unknown as ProbeWindow).__hostileProbe.plantedNames();
export const readStrayHighlights = (): StrayHighlight[] =>
  (window as unknown as ProbeWindow).__hostileProbe.strayHighlights();
export const readShadowHighlightStyles = (): boolean[] =>
  (window as unknown as ProbeWindow).__hostileProbe.shadowHighlightStyles();
export const locatePlanted = (index: number) => (window as unknown as ProbeWindow).__hostileProbe.locate(index);
export const appendPlanted = (name: string): void =>
  (window as unknown as ProbeWindow).__hostileProbe.appendPlanted(name);
export const readHostileCard = () => (window as unknown as ProbeWindow).__hostileProbe.card();
