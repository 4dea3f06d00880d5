// Functions run inside a page by PageHandle.evaluate: each must be self-contained (no imports, no outer names).

/** A button found by its accessible text: where to click it, and whether it can be clicked. */
export interface ButtonState {
  centre: { x: number; y: number };
  disabled: boolean;
}

/** The first visible button whose text (visually hidden parts included) starts with name, scrolled into view. */
export function findButton(name: string): ButtonState | null {
  const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const button = [...document.querySelectorAll<HTMLButtonElement>('button, [role="button"]')].find(
    (element) => clean(element.textContent).startsWith(name) && element.getClientRects().length > 0,
  );
  if (!button) return null;
  button.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = button.getBoundingClientRect();
  return {
    centre: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
    disabled: button.disabled || button.getAttribute('aria-disabled') === 'true',
  };
}

/** The role=status (or role=alert) text that sits beside the button whose text starts with name, or null. */
export function readStatusBeside(name: string): string | null {
  const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const button = [...document.querySelectorAll('button')].find((element) =>
    clean(element.textContent).startsWith(name),
  );
  const status = button?.parentElement?.querySelector('[role="status"], [role="alert"]');
  return status ? clean(status.textContent) : null;
}

/**
 * Runs in an extension page: the reader's own sources as stored in the extension's IndexedDB (each record
 * with its extraction), as JSON text, stable for comparing. Self-contained.
 */
export async function readStoredSourcesJson(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('news-context');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (store: string) =>
    new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const [records, extractions] = await Promise.all([all('sources'), all('extractions')]);
  db.close();
  type Record = { source: { builtIn: boolean } };
  const own = (records as Record[]).filter((record) => !record.source.builtIn);
  return JSON.stringify({ sources: own, extractions: extractions.length - (records.length - own.length) });
}

/**
 * Puts a file into the file input labelled label and fires change, as choosing it in the file dialog does
 * (neither browser opens a real dialog headless).
 */
export function chooseFile({ label, fileName, text }: { label: string; fileName: string; text: string }): boolean {
  const input = [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')].find((element) =>
    [...(element.labels ?? [])].some((item) => (item.textContent ?? '').includes(label)),
  );
  if (!input) return false;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], fileName, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The text of the element with this id (the options page's import message), or null. */
export function readTextOf(id: string): string | null {
  const element = document.getElementById(id);
  return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** True once the page script of a generated test page has finished building its content. */
export function isPageBuilt(): boolean {
  return (globalThis as { pageBuilt?: boolean }).pageBuilt === true;
}

/** Length and FNV-1a hash of the page's markup without the extension's <news-context-ui> host: equal means untouched. */
export function domFingerprint(): { length: number; hash: number } {
  const FNV_OFFSET = 0x811c9dc5;
  const FNV_PRIME = 0x01000193;
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const host of copy.querySelectorAll('news-context-ui')) host.remove();
  const markup = copy.outerHTML;
  let hash = FNV_OFFSET;
  for (let i = 0; i < markup.length; i++) hash = Math.imul(hash ^ markup.charCodeAt(i), FNV_PRIME) >>> 0;
  return { length: markup.length, hash };
}
