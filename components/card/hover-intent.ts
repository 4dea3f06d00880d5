/**
 * When to open and close the hover card. Pure apart from the injected timers, so tests drive it with fake time.
 * Targets are compared with ===: pass a stable value per mention (its id or its object).
 */

/** window.setTimeout's number in browsers, Node's Timeout in tests. */
export type TimerHandle = number | ReturnType<typeof setTimeout>;

export interface HoverIntentOptions<Target> {
  /** How long the pointer must rest on one mention before its card opens. */
  openDelayMs: number;
  /** How long after the pointer leaves both the mention and the card before the card closes. */
  closeDelayMs: number;
  /** Opens the card for target; when a card is already open it replaces it (one card at a time). */
  onOpen(target: Target): void;
  onClose(): void;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** When two targets are the same mention (default ===), e.g. fresh hit objects for one mention. */
  sameTarget?(a: Target, b: Target): boolean;
}

export interface HoverIntent<Target> {
  /** The pointer is over this mention now, or over no mention (null). */
  pointerOnMention(target: Target | null): void;
  pointerInCard(inside: boolean): void;
  /** Escape, scroll, a click elsewhere: close at once and forget any pending open. */
  closeNow(): void;
  /** A new delay (the reader changed the setting); applies from the next mention hovered. */
  setOpenDelay(ms: number): void;
  /** The target whose card is open, or null. */
  openTarget(): Target | null;
  /** Cancels pending timers without calling back (content script teardown). */
  dispose(): void;
}

export const DEFAULT_CLOSE_DELAY_MS = 300;

export function createHoverIntent<Target>(options: HoverIntentOptions<Target>): HoverIntent<Target> {
  let hovered: Target | null = null;
  let open: Target | null = null;
  let inCard = false;
  let openDelayMs = options.openDelayMs;
  let openTimer: TimerHandle | null = null;
  let closeTimer: TimerHandle | null = null;
  const same = (a: Target | null, b: Target | null) =>
    a === b || (a !== null && b !== null && (options.sameTarget?.(a, b) ?? false));

  const cancelOpen = () => {
    if (openTimer !== null) options.clearTimeout(openTimer);
    openTimer = null;
  };
  const cancelClose = () => {
    if (closeTimer !== null) options.clearTimeout(closeTimer);
    closeTimer = null;
  };
  const scheduleOpen = (target: Target) => {
    cancelOpen();
    openTimer = options.setTimeout(() => {
      openTimer = null;
      cancelClose();
      open = target;
      options.onOpen(target);
    }, openDelayMs);
  };
  const scheduleCloseIfAbandoned = () => {
    if (open === null || inCard || hovered !== null || closeTimer !== null) return;
    closeTimer = options.setTimeout(() => {
      closeTimer = null;
      open = null;
      options.onClose();
    }, options.closeDelayMs);
  };

  return {
    pointerOnMention(target) {
      if (same(target, hovered)) return;
      hovered = target;
      if (target === null || same(target, open)) cancelOpen();
      else scheduleOpen(target);
      // On any mention the open card stays: its own mention keeps it, another one will replace it without a flicker.
      if (target !== null) cancelClose();
      scheduleCloseIfAbandoned();
    },
    pointerInCard(inside) {
      inCard = inside;
      if (inside) {
        // The card covers the page, so the pointer left whatever mention it was on.
        hovered = null;
        cancelOpen();
        cancelClose();
      }
      scheduleCloseIfAbandoned();
    },
    closeNow() {
      cancelOpen();
      cancelClose();
      // hovered is kept: a pointer still resting on the mention must not reopen the card it just closed.
      inCard = false;
      if (open === null) return;
      open = null;
      options.onClose();
    },
    setOpenDelay(ms) {
      openDelayMs = ms;
    },
    openTarget: () => open,
    dispose() {
      cancelOpen();
      cancelClose();
    },
  };
}
