import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  AmbiguousCard,
  CARD_CSS,
  type Candidate,
  type CardPlacement,
  createHoverIntent,
  HoverCard,
  placeCard,
  shortFormOf,
} from '@/components/card';
import { DEFAULT_CLOSE_DELAY_MS } from '@/components/card/hover-intent';
import { CARD_DEFAULT_MAX_HEIGHT_PX } from '@/components/card/styles';
import type { MentionHit } from '@/lib/annotate';
import type { Entity, KnowledgeBase } from '@/lib/knowledge/schema';
import { candidatesOf, isAmbiguousId } from '@/lib/match/patterns';
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
  /** Every person a mention may mean: one, or all who share a short form ("Clinton"). */
  const isSettled = (entityId: string) => candidatesOf(entityId).every((id) => settled.has(id));
  const settle = (entityId: string) =>
    Promise.all(candidatesOf(entityId).map((id) => detailsOf(id).then((knowledge) => settled.set(id, knowledge))));
  const candidatesFor = (entityId: string): Candidate[] =>
    candidatesOf(entityId).flatMap((id) => {
      const knowledge = settled.get(id);
      const entity = knowledge?.entities.find((e) => e.id === id);
      return knowledge && entity ? [{ entity, knowledge }] : [];
    });
  /** Keyboard and popup navigation move focus into the card once it is shown. */
  let focusWhenShown = false;

  /** Cards opened by a hover or by a command (which bypasses the hover intent) close the same way. */
  function closeCard() {
    intent.closeNow();
    if (openHit) show(null);
  }

  const cardHandlers = {
    onClose: () => closeCard(),
    onCopy: (text: string) => navigator.clipboard.writeText(text),
    onPointerEnter: () => intent.pointerInCard(true),
    onPointerLeave: () => intent.pointerInCard(false),
  };

  /** The card for a mention: its entity's, the shared short form's list of people, or none (nothing known). */
  function cardFor(hit: MentionHit) {
    const candidates = candidatesFor(hit.entityId);
    if (isAmbiguousId(hit.entityId) && candidates.length > 1) {
      return (
        <AmbiguousCard
          shortForm={shortFormOf(hit.range.toString(), candidates)}
          candidates={candidates}
          mentionsOnPage={deps.mentionCount}
          key={mentionKey(hit)}
          onChoose={() => {
            // The card changed size: place it again from its mention.
            placement++;
            show(hit);
          }}
          {...cardHandlers}
        />
      );
    }
    const [only] = candidates;
    if (!only) return null;
    return (
      <HoverCard
        entity={only.entity}
        knowledge={only.knowledge}
        mentionsOnPage={deps.mentionCount(only.entity.id)}
        {...cardHandlers}
      />
    );
  }

  function show(hit: MentionHit | null) {
    if (hit && !isSettled(hit.entityId)) {
      // Details arrive in a few milliseconds; the card opens with them, unless another one was asked for meanwhile.
      openHit = hit;
      void settle(hit.entityId).then(() => {
        if (openHit === hit) show(hit);
      });
      return;
    }
    if (hit && !mounted) {
      ui.mount();
      mounted = true;
    }
    openHit = hit;
    if (!container) return;
    const card = hit && cardFor(hit);
    if (!hit || !card) {
      openHit = null;
      render(null, container);
      return;
    }
    render(
      <PlacedCard anchor={hit} placement={placement}>
        {card}
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
      if (hit) for (const id of candidatesOf(hit.entityId)) void detailsOf(id);
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
  const [position, setPosition] = useState<CardPlacement | null>(null);
  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const rects = anchor.rects.length ? anchor.rects : [anchor.range.getBoundingClientRect()];
    setPosition(
      placeCard(
        rects,
        { width: frame.offsetWidth, height: naturalHeight(frame) },
        { width: window.innerWidth, height: window.innerHeight },
        CARD_GAP_PX,
      ),
    );
  }, [anchor, placement]);
  const vertical =
    position?.bottom != null ? { top: 'auto', bottom: `${position.bottom}px` } : { top: `${position?.top ?? 0}px` };
  return (
    <div
      ref={ref}
      class="nc-card-frame"
      style={{
        position: 'fixed',
        left: `${position?.left ?? 0}px`,
        ...vertical,
        visibility: position ? 'visible' : 'hidden',
        zIndex: TOPMOST_Z_INDEX,
        ...(position ? { '--nc-card-max-height': `${position.maxHeight}px` } : {}),
      }}
    >
      {children}
    </div>
  );
}

/**
 * The card's height were it not squeezed by the room it had last time (it may have changed: a person chosen from
 * a list), up to the height a card normally takes.
 */
function naturalHeight(frame: HTMLElement): number {
  const card = frame.firstElementChild as HTMLElement | null;
  if (!card) return frame.offsetHeight;
  const borders = card.offsetHeight - card.clientHeight;
  return Math.min(card.scrollHeight + borders, CARD_DEFAULT_MAX_HEIGHT_PX);
}

const isInViewport = (rect: DOMRect) =>
  rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
