// Functions run inside a page by PageHandle.evaluate: each must be self-contained (no imports, no outer names).

/** One highlighted mention of a name: the id of the paragraph around it and whether it is on screen now. */
export interface MentionPlace {
  within: string | null;
  inView: boolean;
}

/** Every highlighted range whose text is name, in document order, with whether its box is inside the viewport. */
export function readMentionPlaces(name: string): MentionPlace[] {
  const PREFIX = 'news-context-';
  const found: Range[] = [];
  for (const [key, highlight] of CSS.highlights) {
    if (!key.startsWith(PREFIX)) continue;
    for (const abstract of highlight) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      if (range.toString() === name) found.push(range);
    }
  }
  found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return found.map((range) => {
    const rect = range.getBoundingClientRect();
    const start = range.startContainer;
    const element = start instanceof Element ? start : start.parentElement;
    return {
      within: element?.closest('[id]')?.id ?? null,
      inView: rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight,
    };
  });
}

/** Scrolls the window to the very top, at once. */
export function scrollToTop(): number {
  window.scrollTo({ top: 0, behavior: 'instant' });
  return window.scrollY;
}

/** How a highlight is painted over one element, as getComputedStyle reports it for ::highlight(name). */
export interface HighlightPaint {
  backgroundColor: string;
  textDecorationLine: string;
}

/** The computed ::highlight(name) style of the element with id elementId, or null where the browser gives none. */
export function readHighlightPaint({ name, elementId }: { name: string; elementId: string }): HighlightPaint | null {
  const element = document.getElementById(elementId);
  if (!element) return null;
  try {
    const style = getComputedStyle(element, `::highlight(${name})`);
    return { backgroundColor: style.backgroundColor, textDecorationLine: style.textDecorationLine };
  } catch {
    return null;
  }
}

/** A radio button or checkbox found by its label's text: where to click it, and whether it is checked. */
export interface ChoiceState {
  centre: { x: number; y: number };
  checked: boolean;
}

/** The radio or checkbox whose label text starts with label (after trimming), scrolled into view. */
export function findChoice(label: string): ChoiceState | null {
  const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const input = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].find(
    (element) => [...(element.labels ?? [])].some((item) => clean(item.textContent).startsWith(label)),
  );
  if (!input) return null;
  input.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = input.getBoundingClientRect();
  return { centre: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, checked: input.checked };
}

/** The current value of the input with this id, or null. */
export function readInputValue(id: string): string | null {
  const element = document.getElementById(id);
  return element instanceof HTMLInputElement ? element.value : null;
}

/** Focuses the input with this id and selects its text, so typing replaces it. */
export function focusAndSelect(id: string): boolean {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement)) return false;
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  element.focus();
  element.select();
  return document.activeElement === element;
}

type SyncStorage = {
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
};

/** Runs in an extension page: what browser.storage.sync holds under key, or null. */
export async function readSyncValue(key: string): Promise<unknown> {
  const { browser, chrome } = globalThis as unknown as { browser?: SyncStorage; chrome?: SyncStorage };
  const stored = await (browser ?? chrome)!.storage.sync.get(key);
  return stored[key] ?? null;
}

/** Runs in an extension page: writes value under key in browser.storage.sync, as a corrupt or old copy would be. */
export async function writeSyncValue({ key, value }: { key: string; value: unknown }): Promise<void> {
  const { browser, chrome } = globalThis as unknown as { browser?: SyncStorage; chrome?: SyncStorage };
  await (browser ?? chrome)!.storage.sync.set({ [key]: value });
}

/** Every occurrence of text in the page's readable text, highlighted or not, with whether its box is on screen. */
export function readTextPlaces(text: string): MentionPlace[] {
  const SKIPPED = 'script, style, noscript, template, textarea, news-context-ui';
  const nodes: { node: Text; start: number }[] = [];
  let joined = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    nodes.push({ node: node as Text, start: joined.length });
    joined += (node as Text).data;
  }
  const at = (offset: number, isEnd: boolean) => {
    const hit = nodes.findLast((entry) =>
      isEnd ? entry.start < offset : entry.start <= offset && offset < entry.start + entry.node.data.length,
    )!;
    return { node: hit.node, offset: offset - hit.start };
  };
  const places: MentionPlace[] = [];
  for (let index = joined.indexOf(text); index >= 0; index = joined.indexOf(text, index + 1)) {
    const start = at(index, false);
    const end = at(index + text.length, true);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const rect = range.getBoundingClientRect();
    places.push({
      within: start.node.parentElement?.closest('[id]')?.id ?? null,
      inView: rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight,
    });
  }
  return places;
}
