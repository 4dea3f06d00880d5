import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_CSS, createHoverIntent, HoverCard, placeCard } from '@/components/card';
import { DEFAULT_CLOSE_DELAY_MS } from '@/components/card/hover-intent';
import type { MentionHit } from '@/lib/annotate';
import type { Entity, KnowledgeBase } from '@/lib/knowledge/schema';
import type { Settings } from '@/lib/settings';

const HOST_NAME = 'news-context-ui';
const CARD_GAP_PX = 8;
/** Above anything the page stacks. */
const TOPMOST_Z_INDEX = '2147483647';

interface CardLayerDeps {
  settings(): Settings;
  /** The names the page is matched with. */
  names(): Entity[] | null;
  /** What a card shows about one entity (facts, quotes, roles), fetched from the background when needed. */
  cardKnowledge(entityId: string): Promise<KnowledgeBase | null>;
  mentionCount(entityId: string): number;
}

/** Same mention under the pointer across frames: the hover intent must not restart for it. */
const mentionKey = (hit: MentionHit) =>
  `${hit.entityId}@${hit.range.startOffset}:${hit.range.endOffset}:${hit.range.startContainer.textContent?.length}`;

/** The one shadow-root host the extension adds to a page, holding at most one card. */
export async function mountCardLayer(ctx: ContentScriptContext, deps: CardLayerDeps) {
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let shadowRoot: ShadowRoot | null = null;
  let openHit: MentionHit | null = null;
  let hoveredKey: string | null = null;
  let placement = 0;
  let placementFrame = 0;

  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount(uiContainer, shadow, shadowHost) {
      const style = document.createElement('style');
      style.textContent = CARD_CSS;
      shadow.prepend(style);
      container = uiContainer;
      host = shadowHost;
      shadowRoot = shadow;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  // Mounted on the first card only: pages (and frames) where no card ever opens get no node at all.
  let mounted = false;

  const intent = createHoverIntent<MentionHit>({
    openDelayMs: deps.settings().hoverDelayMs,
    closeDelayMs: DEFAULT_CLOSE_DELAY_MS,
    onOpen: (hit) => show(hit),
    onClose: () => show(null),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id as number),
    sameTarget: (a, b) => mentionKey(a) === mentionKey(b),
  });
  ctx.onInvalidated(() => intent.dispose());

  /** Card details by entity id, fetched once per knowledge revision (a hover prefetches them). */
  let details = new Map<string, Promise<KnowledgeBase | null>>();
  const detailsOf = (entityId: string) => {
    let pending = details.get(entityId);
    if (!pending) {
      pending = deps.cardKnowledge(entityId).catch(() => null);
      details.set(entityId, pending);
    }
    return pending;
  };
  const settled = new Map<string, KnowledgeBase | null>();
  /** Keyboard and popup navigation move focus into the card once it is shown. */
  let focusWhenShown = false;

  /** Cards opened by a hover or by a command (which bypasses the hover intent) close the same way. */
  function closeCard() {
    intent.closeNow();
    if (openHit) show(null);
  }

  function show(hit: MentionHit | null) {
    if (hit && !settled.has(hit.entityId)) {
      // Details arrive in a few milliseconds; the card opens with them, unless another one was asked for meanwhile.
      openHit = hit;
      void detailsOf(hit.entityId).then((knowledge) => {
        settled.set(hit.entityId, knowledge);
        if (openHit === hit) show(hit);
      });
      return;
    }
    if (hit && !mounted) {
      ui.mount();
      mounted = true;
    }
    openHit = hit;
    const knowledge = hit ? settled.get(hit.entityId) : null;
    const entity = hit && knowledge?.entities.find((e) => e.id === hit.entityId);
    if (!container) return;
    if (!hit || !entity || !knowledge) {
      openHit = null;
      render(null, container);
      return;
    }
    render(
      <PlacedCard anchor={hit} placement={placement}>
        <HoverCard
          entity={entity}
          knowledge={knowledge}
          mentionsOnPage={deps.mentionCount(entity.id)}
          onClose={() => closeCard()}
          onCopy={(text) => navigator.clipboard.writeText(text)}
          onPointerEnter={() => intent.pointerInCard(true)}
          onPointerLeave={() => intent.pointerInCard(false)}
        />
      </PlacedCard>,
      container,
    );
    if (focusWhenShown) {
      focusWhenShown = false;
      container.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    }
  }

  const listen = { capture: true, signal: ctx.signal };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && openHit) closeCard();
    },
    listen,
  );
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (openHit && host && !event.composedPath().includes(host)) closeCard();
    },
    listen,
  );
  window.addEventListener(
    'scroll',
    () => {
      if (!openHit || placementFrame) return;
      // At most once a frame: close when the mention scrolled away, else move the card with it.
      placementFrame = requestAnimationFrame(() => {
        placementFrame = 0;
        if (!openHit) return;
        if (!isInViewport(openHit.range.getBoundingClientRect())) closeCard();
        else {
          placement++;
          show(openHit);
        }
      });
    },
    { ...listen, passive: true },
  );

  return {
    /** The host, or anything inside its shadow root (which host.contains() does not see). */
    contains: (node: Node) =>
      host !== null && (node === host || host.contains(node) || node.getRootNode() === shadowRoot),
    pointerOnMention(hit: MentionHit | null) {
      const key = hit ? mentionKey(hit) : null;
      if (key === hoveredKey) return;
      hoveredKey = key;
      if (hit) void detailsOf(hit.entityId);
      intent.setOpenDelay(deps.settings().hoverDelayMs);
      intent.pointerOnMention(hit);
    },
    /** Opens at once: keyboard and popup navigation are explicit requests, not hovers. */
    openNow(hit: MentionHit) {
      intent.closeNow();
      focusWhenShown = true;
      show(hit);
    },
    close: closeCard,
    /** The knowledge changed: details fetched before are stale. */
    forgetDetails() {
      details = new Map();
      settled.clear();
    },
  };
}

interface PlacedCardProps {
  anchor: MentionHit;
  /** Bumped when the page scrolls, so the card follows its mention. */
  placement: number;
  children: preact.ComponentChildren;
}

function PlacedCard({ anchor, placement, children }: PlacedCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number; maxHeight: number } | null>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const rects = anchor.rects.length ? anchor.rects : [anchor.range.getBoundingClientRect()];
    const placed = placeCard(
      rects,
      { width: card.offsetWidth, height: card.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
      CARD_GAP_PX,
    );
    setPosition({ left: placed.left, top: placed.top, maxHeight: placed.maxHeight });
  }, [anchor, placement]);
  return (
    <div
      ref={ref}
      class="nc-card-frame"
      style={{
        position: 'fixed',
        left: `${position?.left ?? 0}px`,
        top: `${position?.top ?? 0}px`,
        visibility: position ? 'visible' : 'hidden',
        zIndex: TOPMOST_Z_INDEX,
        ...(position ? { '--nc-card-max-height': `${position.maxHeight}px` } : {}),
      }}
    >
      {children}
    </div>
  );
}

const isInViewport = (rect: DOMRect) =>
  rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
