import type { MentionRecord } from './mention-store';

export interface MentionHit {
  entityId: string;
  range: Range;
  /** getClientRects of the mention, for placing a card across wrapped lines (read when asked). */
  rects: DOMRect[];
}

export function toHit(record: MentionRecord): MentionHit {
  return {
    entityId: record.entityId,
    range: record.range,
    get rects() {
      return Array.from(record.range.getClientRects());
    },
  };
}
