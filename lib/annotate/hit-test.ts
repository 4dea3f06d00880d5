import type { MentionRecord, MentionStore } from './mention-store';

interface HighlightHitResult {
  highlight?: unknown;
  ranges?: AbstractRange[];
}

interface RegistryWithHitTest {
  highlightsFromPoint?: (x: number, y: number) => (HighlightHitResult | object)[];
}

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

function containsPoint(rects: DOMRectList | DOMRect[], x: number, y: number): boolean {
  for (const rect of Array.from(rects)) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The caret under the pointer, from whichever API this browser has. */
function caretAt(doc: Document, x: number, y: number): CaretPosition | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') return withPosition.caretPositionFromPoint(x, y);
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The mention painted under viewport point (x, y), if any. */
export function mentionAtPoint(
  doc: Document,
  registry: RegistryWithHitTest,
  store: MentionStore,
  x: number,
  y: number,
): MentionRecord | null {
  if (typeof registry.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y);
    let sawRanges = false;
    for (const hit of hits) {
      const ranges = (hit as HighlightHitResult).ranges;
      if (!ranges) continue;
      sawRanges = true;
      for (const range of ranges) {
        const record = store.recordOfRange.get(range);
        if (record && store.isEnabled(record.type)) return record;
      }
    }
    if (sawRanges || hits.length === 0) return null;
  }
  const caret = caretAt(doc, x, y);
  if (caret?.offsetNode.nodeType !== 3) return null;
  const run = store.runOf(caret.offsetNode as Text);
  if (!run) return null;
  for (const record of store.recordsOf(run)) {
    if (!store.isEnabled(record.type)) continue;
    if (
      record.range.isPointInRange(caret.offsetNode, caret.offset) &&
      containsPoint(record.range.getClientRects(), x, y)
    )
      return record;
  }
  return null;
}
