/** Where the hover card goes: below the hovered mention, above it when there is no room below, never off-screen. */

export interface DOMRectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardSize {
  width: number;
  height: number;
}

export interface ViewportLike {
  width: number;
  height: number;
  scrollX?: number;
  scrollY?: number;
}

export interface CardPlacement {
  /** Viewport coordinates, for a host with `position: fixed`. */
  left: number;
  top: number;
  /** Document coordinates (viewport + scroll), for a host with `position: absolute`. */
  pageLeft: number;
  pageTop: number;
  side: 'below' | 'above';
  /**
   * Above the mention: the card's bottom edge, from the viewport's bottom (for `bottom:` on a fixed host), so a card
   * that grows (More) grows upward, away from its mention; null below it.
   */
  bottom: number | null;
  /** Room on that side; a taller card scrolls inside itself (set it as --nc-card-max-height on the host). */
  maxHeight: number;
}

/** Space between the mention and the card. */
export const DEFAULT_GAP_PX = 6;
/** The card never touches the viewport edge. */
export const EDGE_MARGIN_PX = 8;

const NO_RECT: DOMRectLike = {
  left: EDGE_MARGIN_PX,
  top: EDGE_MARGIN_PX,
  right: EDGE_MARGIN_PX,
  bottom: EDGE_MARGIN_PX,
};

/**
 * anchorRects are the client rects of the mention (viewport coordinates); pass the line the
 * pointer is on first, so a mention wrapped across lines anchors where the reader is looking.
 */
export function placeCard(
  anchorRects: readonly DOMRectLike[],
  card: CardSize,
  viewport: ViewportLike,
  gap: number = DEFAULT_GAP_PX,
): CardPlacement {
  const anchor = anchorRects[0] ?? NO_RECT;
  const { side, top, maxHeight } = placeVertically(anchor, card.height, viewport.height, gap);
  const left = clamp(anchor.left, EDGE_MARGIN_PX, viewport.width - card.width - EDGE_MARGIN_PX);
  const pageLeft = left + (viewport.scrollX ?? 0);
  const bottom = side === 'above' ? viewport.height - (anchor.top - gap) : null;
  return { left, top, side, bottom, maxHeight, pageLeft, pageTop: top + (viewport.scrollY ?? 0) };
}

function placeVertically(
  anchor: DOMRectLike,
  cardHeight: number,
  viewportHeight: number,
  gap: number,
): Pick<CardPlacement, 'side' | 'top' | 'maxHeight'> {
  const roomBelow = viewportHeight - EDGE_MARGIN_PX - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - EDGE_MARGIN_PX;
  if (cardHeight <= roomBelow || roomBelow >= roomAbove) {
    const top = Math.max(EDGE_MARGIN_PX, anchor.bottom + gap);
    return { side: 'below', top, maxHeight: Math.max(0, viewportHeight - EDGE_MARGIN_PX - top) };
  }
  const top = Math.max(EDGE_MARGIN_PX, anchor.top - gap - cardHeight);
  return { side: 'above', top, maxHeight: Math.max(0, roomAbove) };
}

/** Like Math.min(Math.max(...)), but the lower bound wins when the range is empty (card wider than the viewport). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
