// Functions run inside the popup by PageHandle.evaluate: each must be self-contained (no imports, no outer names).

/** A popup section: its heading and the text of its visible list items. */
export interface PopupSection {
  heading: string;
  items: string[];
}

/** Every heading of the popup with the visible top-level li / listitem texts of the section it heads. */
export function readPopupSections(): PopupSection[] {
  const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll('h1, h2, h3, h4, [role="heading"]')].map((heading) => {
    const section = heading.closest('section, [role="region"]') ?? heading.parentElement!;
    const ITEM = 'li, [role="listitem"]';
    // Top-level items only: a fact's entity chips are list items inside it.
    const items = [...section.querySelectorAll<HTMLElement>(ITEM)]
      .filter((item) => !item.parentElement?.closest(ITEM))
      .filter((item) => item.getClientRects().length > 0 && getComputedStyle(item).visibility !== 'hidden')
      .map((item) => clean(item.textContent));
    return { heading: clean(heading.textContent), items };
  });
}

/** A control found by role and accessible name: where to click it, and its state. */
export interface ControlState {
  centre: { x: number; y: number };
  checked: boolean | null;
  disabled?: boolean;
}

/** The search box (input type=search or role=searchbox) or switch (role=switch or checkbox) labelled label. */
export function findControl({ kind, label }: { kind: 'search' | 'switch'; label: string }): ControlState | null {
  const selector =
    kind === 'search' ? 'input[type="search"], [role="searchbox"]' : '[role="switch"], input[type="checkbox"]';
  const nameOf = (element: HTMLElement) => {
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])].map((l) => l.textContent) : [];
    return [element.getAttribute('aria-label'), labelledBy, ...labels].join(' ').replace(/\s+/g, ' ');
  };
  // While the popup loads, its header grows and moves the controls below it: report them once they rest.
  if (document.querySelector('[aria-busy="true"]')) return null;
  const control = [...document.querySelectorAll<HTMLElement>(selector)].find((element) =>
    nameOf(element).includes(label),
  );
  if (!control) return null;
  // A visually hidden checkbox is clicked through its label, as a user would.
  const TINY_PX = 4;
  let target: HTMLElement = control;
  const box = control.getBoundingClientRect();
  if ((box.width < TINY_PX || box.height < TINY_PX) && control instanceof HTMLInputElement && control.labels?.[0]) {
    target = control.labels[0];
  }
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = target.getBoundingClientRect();
  const ariaChecked = control.getAttribute('aria-checked');
  return {
    centre: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
    checked:
      control instanceof HTMLInputElement ? control.checked : ariaChecked === null ? null : ariaChecked === 'true',
    disabled: control instanceof HTMLInputElement ? control.disabled : control.getAttribute('aria-disabled') === 'true',
  };
}

/**
 * Runs in an extension page: the merged knowledge as the popup reads it from the extension's IndexedDB
 * (entities, and every enabled source's quotes with speakers turned into merged ids). Self-contained.
 */
export async function requestKnowledge(): Promise<{
  entities: { id: string; name: string }[];
  quotes: { text: string; speakerId: string | null }[];
}> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('news-context');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = <T>(store: string, keys = false) =>
    new Promise<T[]>((resolve, reject) => {
      const objects = db.transaction(store).objectStore(store);
      const request = keys ? objects.getAllKeys() : objects.getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  type Record = { id: string; enabled: boolean; placement: { [id: string]: string } };
  type Knowledge = { quotes: { text: string; speakerId: string | null }[] };
  const [records, extractions, keys, entities] = await Promise.all([
    all<Record>('sources'),
    all<Knowledge>('extractions'),
    all<string>('extractions', true),
    all<{ id: string; name: string }>('entities'),
  ]);
  db.close();
  const quotes = records.flatMap((record) => {
    const knowledge = extractions[keys.indexOf(record.id)];
    if (!record.enabled || !knowledge) return [];
    return knowledge.quotes.map((quote) => ({
      text: quote.text,
      speakerId: quote.speakerId && (record.placement[quote.speakerId] ?? quote.speakerId),
    }));
  });
  return { entities: entities.map(({ id, name }) => ({ id, name })), quotes };
}
