// Functions run inside the browser by PageHandle.evaluate: each must be self-contained (no imports, no outer names).

/** One highlighted range, read from CSS.highlights in the page. */
export interface HighlightedRange {
  /** 'person' for the highlight named news-context-person. */
  type: string;
  text: string;
  /** Tag of the nearest input, textarea, select, [contenteditable], script, style or noscript around it, else null. */
  insideExcluded: string | null;
  /** id of the nearest element with an id around it (the test page's paragraphs have ids), else null. */
  within: string | null;
}

/** Reads every range of every highlight named news-context-*, in document order. */
export function readHighlights(): HighlightedRange[] {
  const PREFIX = 'news-context-';
  const EXCLUDED = 'input, textarea, select, [contenteditable], script, style, noscript';
  const found: { range: Range; type: string }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(PREFIX)) continue;
    for (const abstract of highlight) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      found.push({ range, type: name.slice(PREFIX.length) });
    }
  }
  found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return found.map(({ range, type }) => {
    const start = range.startContainer;
    const element = start instanceof Element ? start : start.parentElement;
    return {
      type,
      text: range.toString(),
      insideExcluded: element?.closest(EXCLUDED)?.tagName.toLowerCase() ?? null,
      within: element?.closest('[id]')?.id ?? null,
    };
  });
}

/** Where to point at the n-th (0-based) occurrence of text in the page's readable text; scrolls it into view. */
export function locateText({ text, occurrence }: { text: string; occurrence: number }): { x: number; y: number } {
  const SKIPPED = 'script, style, noscript, template, textarea, news-context-ui';
  const nodes: { node: Text; start: number }[] = [];
  let joined = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    nodes.push({ node: node as Text, start: joined.length });
    joined += (node as Text).data;
  }
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = joined.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" occurs fewer than ${occurrence + 1} times on the page`);
  }
  const at = (offset: number, isEnd: boolean) => {
    const hit = nodes.findLast((entry) =>
      isEnd ? entry.start < offset : entry.start <= offset && offset < entry.start + entry.node.data.length,
    )!;
    return { node: hit.node, offset: offset - hit.start };
  };
  const start = at(index, false);
  const end = at(index + text.length, true);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  start.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The open hover card: role="dialog" in the shadow root of <news-context-ui>, or null. */
export interface CardState {
  /** Its accessible name: aria-label, or the text of the aria-labelledby elements. */
  name: string;
  text: string;
  centre: { x: number; y: number };
}

export function readCard(): CardState | null {
  const root = document.querySelector('news-context-ui')?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (!root || !dialog) return null;
  const rect = dialog.getBoundingClientRect();
  const style = getComputedStyle(dialog);
  if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || style.display === 'none') return null;
  const labelledBy = (dialog.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ');
  return {
    name: (dialog.getAttribute('aria-label') ?? labelledBy).trim(),
    text: (dialog.textContent ?? '').replace(/\s+/g, ' '),
    centre: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
  };
}

/** The page's DOM as HTML, leaving out the extension's one host element if present. */
export function serializeDom(): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const host of copy.querySelectorAll('news-context-ui')) host.remove();
  return copy.outerHTML;
}

/** The few extension APIs the harness calls from an extension page; `browser` in Firefox, `chrome` in Chromium. */
interface ExtensionApi {
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}
type ExtensionGlobals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/** Runs in an extension page: the toolbar badge text of a tab (MV3 action, or MV2 browserAction). */
export async function readBadgeText(tabId: number): Promise<string> {
  const { browser, chrome } = globalThis as unknown as ExtensionGlobals;
  const api = (browser ?? chrome)!;
  const action = (api.action ?? api.browserAction)!;
  return action.getBadgeText({ tabId });
}

/** Runs in an extension page: the id of the active tab of the last focused window. */
export async function readActiveTabId(): Promise<number> {
  const { browser, chrome } = globalThis as unknown as ExtensionGlobals;
  const api = (browser ?? chrome)!;
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** Runs in an extension page: sends a message to a tab's content script, as the background does. */
export async function sendToTab({ tabId, message }: { tabId: number; message: unknown }): Promise<void> {
  const { browser, chrome } = globalThis as unknown as ExtensionGlobals;
  const api = (browser ?? chrome)!;
  await api.tabs.sendMessage(tabId, message);
}
