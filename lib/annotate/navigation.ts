import { type MentionHit, toHit } from './hits';
import type { MentionRecord, MentionStore } from './mention-store';

export function documentOrder(a: MentionRecord, b: MentionRecord): number {
  try {
    return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  } catch {
    return 0; // ranges in different trees (a shadow root): keep their found order
  }
}

/** Mentions in reading order, and stepping through them from the last one revealed or from the view. */
export class MentionNavigator {
  private lastRevealed: MentionRecord | null = null;
  private ordered: { version: number; records: MentionRecord[] } | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly store: MentionStore,
  ) {}

  inOrder(): MentionRecord[] {
    if (!this.ordered || this.ordered.version !== this.store.version) {
      const records = [...this.store.records()].filter((r) => this.store.isEnabled(r.type)).sort(documentOrder);
      this.ordered = { version: this.store.version, records };
    }
    return this.ordered.records;
  }

  forget(): void {
    this.lastRevealed = null;
  }

  revealNext(entityId?: string, direction: 1 | -1 = 1): MentionHit | null {
    const list = this.inOrder().filter((r) => !entityId || r.entityId === entityId);
    if (list.length === 0) return null;
    const current = this.lastRevealed ? list.indexOf(this.lastRevealed) : -1;
    let index: number;
    if (current >= 0) index = (current + direction + list.length) % list.length;
    else if (direction === 1) index = list.findIndex((r) => r.range.getBoundingClientRect().bottom > 0);
    else index = list.findLastIndex((r) => r.range.getBoundingClientRect().top < this.win.innerHeight);
    if (index < 0) index = direction === 1 ? 0 : list.length - 1;
    const record = list[index];
    this.lastRevealed = record;
    // The nearest scroll container first, then the window, so the mention ends up mid-view.
    record.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = record.range.getBoundingClientRect();
    this.win.scrollBy?.(0, rect.top + rect.height / 2 - this.win.innerHeight / 2);
    return toHit(record);
  }
}
