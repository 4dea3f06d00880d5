import { describe, expect, it } from 'vitest';
import { type DOMRectLike, EDGE_MARGIN_PX, placeCard } from '../../../components/card/placement';

const rect = (left: number, top: number, width: number, height = 18): DOMRectLike => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const CARD = { width: 360, height: 300 };
const VIEWPORT = { width: 1280, height: 800 };
const GAP = 6;

describe('placeCard', () => {
  it.each([
    ['a mention mid-page opens below it', rect(100, 200, 80), CARD, VIEWPORT, { side: 'below', left: 100, top: 224 }],
    [
      'a mention near the bottom flips above',
      rect(100, 700, 80),
      CARD,
      VIEWPORT,
      { side: 'above', left: 100, top: 394 },
    ],
    [
      'exactly enough room below stays below',
      rect(100, 800 - EDGE_MARGIN_PX - 300 - GAP - 18, 80),
      CARD,
      VIEWPORT,
      { side: 'below', top: 800 - EDGE_MARGIN_PX - 300 },
    ],
    ['a mention at the right edge is pulled left', rect(1250, 200, 60), CARD, VIEWPORT, { left: 1280 - 360 - 8 }],
    ['a mention cut by the left edge is pushed right', rect(-40, 200, 80), CARD, VIEWPORT, { left: EDGE_MARGIN_PX }],
    [
      'a card wider than a narrow viewport starts at the margin',
      rect(100, 200, 80),
      { width: 380, height: 300 },
      { width: 320, height: 640 },
      { left: EDGE_MARGIN_PX },
    ],
    [
      'a mention above the top of the viewport keeps the card on screen',
      rect(100, -30, 80),
      CARD,
      VIEWPORT,
      { side: 'below', top: EDGE_MARGIN_PX },
    ],
  ])('%s', (_name, anchor, card, viewport, expected) => {
    expect(placeCard([anchor], card, viewport, GAP)).toMatchObject(expected);
  });

  it('anchors a wrapped mention on the first rect passed (the line under the pointer)', () => {
    const secondLine = rect(20, 240, 60);
    const firstLine = rect(900, 218, 120);
    expect(placeCard([secondLine, firstLine], CARD, VIEWPORT, GAP)).toMatchObject({ left: 20, top: 264 });
    expect(placeCard([firstLine, secondLine], CARD, VIEWPORT, GAP)).toMatchObject({ left: 900, top: 242 });
  });

  it('when neither side fits, takes the roomier side and reports the height left for scrolling', () => {
    const tall = { width: 360, height: 700 };
    const nearTop = placeCard([rect(100, 100, 80)], tall, VIEWPORT, GAP);
    expect(nearTop).toMatchObject({ side: 'below', top: 124, maxHeight: 800 - EDGE_MARGIN_PX - 124 });
    const nearBottom = placeCard([rect(100, 600, 80)], tall, VIEWPORT, GAP);
    expect(nearBottom).toMatchObject({ side: 'above', top: EDGE_MARGIN_PX, maxHeight: 600 - GAP - EDGE_MARGIN_PX });
  });

  it.each([
    [
      'below: no bottom, the room below to grow into',
      rect(100, 200, 80),
      { side: 'below', bottom: null, maxHeight: 800 - 8 - 224 },
    ],
    [
      'above: its bottom a gap above the mention, the room above to grow into',
      rect(100, 700, 80),
      { side: 'above', bottom: 800 - 694, maxHeight: 700 - GAP - EDGE_MARGIN_PX },
    ],
  ])('%s (a card that expands grows away from its mention)', (_name, anchor, expected) => {
    expect(placeCard([anchor], CARD, VIEWPORT, GAP)).toMatchObject(expected);
  });

  it('gives viewport coordinates for position: fixed, plus page coordinates when the page is scrolled', () => {
    const scrolled = { ...VIEWPORT, scrollX: 500, scrollY: 2000 };
    const placement = placeCard([rect(1250, 200, 60)], CARD, scrolled, GAP);
    expect(placement).toMatchObject({ left: 912, top: 224, pageLeft: 1412, pageTop: 2224 });
  });

  it('never returns a position off-screen for any anchor in or near the viewport', () => {
    for (let x = -200; x <= 1500; x += 97) {
      for (let y = -100; y <= 900; y += 53) {
        const { left, top } = placeCard([rect(x, y, 80)], CARD, VIEWPORT, GAP);
        expect(left).toBeGreaterThanOrEqual(EDGE_MARGIN_PX);
        expect(left + CARD.width).toBeLessThanOrEqual(VIEWPORT.width - EDGE_MARGIN_PX);
        expect(top).toBeGreaterThanOrEqual(EDGE_MARGIN_PX);
        expect(top).toBeLessThan(VIEWPORT.height);
      }
    }
  });
});
