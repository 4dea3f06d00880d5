import { mentionAtPoint } from './hit-test';
import { type MentionHit, toHit } from './hits';
import type { MentionRecord, MentionStore } from './mention-store';
import { queueFrame } from './scheduler';

/** Follows the pointer to the mention under it, reading its position at most once per frame. */
export class HoverTracker {
  private hovered: MentionRecord | null = null;
  private pointer: { x: number; y: number } | null = null;
  private cancelFrame: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly registry: object,
    private readonly store: MentionStore,
    exclude: (node: Node) => boolean,
    private readonly onHover: (hit: MentionHit | null) => void,
    signal: AbortSignal,
  ) {
    const win = doc.defaultView as Window & typeof globalThis;
    const passive = { capture: true, passive: true, signal };
    doc.addEventListener(
      'pointermove',
      (event) => {
        if (event.target instanceof win.Node && exclude(event.target)) return; // over our own card: keep the hit
        this.pointer = { x: event.clientX, y: event.clientY };
        this.queueCheck();
      },
      passive,
    );
    doc.addEventListener('scroll', () => this.queueCheck(), passive);
    doc.addEventListener(
      'pointerout',
      (event) => {
        if (event.relatedTarget) return;
        this.pointer = null;
        this.set(null);
      },
      passive,
    );
    signal.addEventListener('abort', () => this.cancelFrame?.(), { once: true });
  }

  /** The hovered mention's highlight is gone (text removed, type switched off): report that it left. */
  forgetIfGone(): void {
    const record = this.hovered;
    if (record && (!this.store.recordOfRange.has(record.range) || !this.store.isEnabled(record.type))) this.set(null);
  }

  clear(): void {
    this.set(null);
  }

  private set(record: MentionRecord | null): void {
    if (record === this.hovered) return;
    this.hovered = record;
    this.onHover(record ? toHit(record) : null);
  }

  private queueCheck(): void {
    if (this.cancelFrame || !this.pointer) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.cancelFrame = queueFrame(win, () => {
      this.cancelFrame = null;
      if (this.pointer) this.set(mentionAtPoint(this.doc, this.registry, this.store, this.pointer.x, this.pointer.y));
    });
  }
}
