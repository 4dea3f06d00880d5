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
  };
}

/** Runs in an extension page: the knowledge base the background serves to the popup. */
export async function requestKnowledge(): Promise<{
  entities: { id: string; name: string }[];
  quotes: { text: string; speakerId: string | null }[];
}> {
  type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ knowledge: never }> } };
  const { browser, chrome } = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const reply = await (browser ?? chrome)!.runtime.sendMessage({ type: 'getKnowledge' });
  return reply.knowledge;
}
