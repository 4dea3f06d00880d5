// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Annotator, startAnnotator } from '../../../lib/annotate';
import { compileMatcher } from '../../../lib/match';
import {
  applyMutation,
  buildPage,
  EXCLUDED_SELECTOR,
  type Mutation,
  mutationArb,
  pageSpecArb,
  UI_HOST_ID,
} from './dom-trees';
import { ENTITY_POOL, runOptions } from './vocabulary';

const ALL_TYPES = { person: true, place: true, organization: true };
const DOM_RUNS = 50;
/** Generous: one run builds a page, reads it, changes it and reads it again in happy-dom. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** happy-dom has no CSS Custom Highlight API: a registry of Sets stands in for it. */
class FakeHighlight extends Set<AbstractRange> {}
let registry: Map<string, FakeHighlight>;

/** Every observed block is reported near the view, so every mention is painted. */
class AllInViewObserver {
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {}
  observe(target: Element): void {
    queueMicrotask(() => this.callback([{ target, isIntersecting: true }]));
  }
  unobserve(): void {}
  disconnect(): void {}
}

beforeEach(() => {
  registry = new Map();
  Object.assign(window, { Highlight: FakeHighlight, IntersectionObserver: AllInViewObserver });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
});
afterEach(() => {
  document.body.replaceChildren();
});

interface Running {
  annotator: Annotator;
  controller: AbortController;
  counts: { value: Record<string, number> };
}

function ownUi(node: Node): boolean {
  const host = document.getElementById(UI_HOST_ID);
  if (!host) return false;
  return host.contains(node) || (node.getRootNode() as ShadowRoot).host === host;
}

function start(): Running {
  const controller = new AbortController();
  const counts = { value: {} as Record<string, number> };
  const annotator = startAnnotator({
    document,
    matcher: compileMatcher(ENTITY_POOL),
    entities: ENTITY_POOL,
    enabledTypes: { ...ALL_TYPES },
    style: 'underline',
    exclude: ownUi,
    signal: controller.signal,
    onMentionsChanged: (value) => {
      counts.value = value;
    },
    onHover: () => undefined,
  });
  return { annotator, controller, counts };
}

/** Lets the MutationObserver deliver, the annotator finish its batch, and the view observer report. */
async function settle(annotator: Annotator): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await annotator.whenIdle();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a node sits: child indices from the body. */
function pathOf(node: Node): string {
  const steps: number[] = [];
  for (let n: Node = node; n !== document.body && n.parentNode; n = n.parentNode) {
    steps.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  }
  return steps.join('.');
}

function paintedRanges(): Range[] {
  return [...registry.values()].flatMap((highlight) => [...highlight] as Range[]);
}

/** What a reader sees highlighted: each range's highlight name, place and text, sorted. */
function paintedMentions(): string[] {
  return [...registry.entries()]
    .flatMap(([name, highlight]) =>
      [...highlight].map((r) => {
        const range = r as Range;
        const place = `${pathOf(range.startContainer)}:${range.startOffset}-${pathOf(range.endContainer)}:${range.endOffset}`;
        return `${name} ${place} ${JSON.stringify(range.toString())}`;
      }),
    )
    .sort();
}

/** A painted range that starts or ends in a form field, script, editable area or the extension's UI. */
function paintedInsideExcluded(): string[] {
  const inside = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return Boolean(element?.closest(EXCLUDED_SELECTOR)) || ownUi(node);
  };
  return paintedRanges()
    .filter((r) => inside(r.startContainer) || inside(r.endContainer))
    .map((r) => r.toString());
}

function highlightsLeft(): number {
  return [...registry.values()].reduce((sum, highlight) => sum + highlight.size, 0);
}

/** Applies the changes in batches split by 'settle', checking after each batch that the page was not touched. */
async function mutateAndSettle(annotator: Annotator, mutations: Mutation[]): Promise<void> {
  for (const mutation of mutations) {
    if (mutation.kind !== 'settle') {
      applyMutation(document, mutation);
      continue;
    }
    const page = document.documentElement.outerHTML;
    await settle(annotator);
    expect(document.documentElement.outerHTML).toBe(page);
  }
  const page = document.documentElement.outerHTML;
  await settle(annotator);
  expect(document.documentElement.outerHTML).toBe(page);
}

const changesArb = fc.array(mutationArb, { maxLength: 16, size: 'medium' });

describe('startAnnotator on random pages', () => {
  it(
    'leaves the page as it was and paints nothing inside excluded elements, on the first read and after changes',
    async () => {
      await fc.assert(
        fc.asyncProperty(pageSpecArb, changesArb, async (page, changes) => {
          buildPage(document, page);
          const before = document.documentElement.outerHTML;
          const { annotator, controller } = start();
          await settle(annotator);
          expect(document.documentElement.outerHTML).toBe(before);
          expect(paintedInsideExcluded()).toEqual([]);
          await mutateAndSettle(annotator, changes);
          expect(paintedInsideExcluded()).toEqual([]);
          controller.abort();
        }),
        runOptions(DOM_RUNS),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'leaves no highlight once switched off (destroy or abort), even if the page changes afterwards',
    async () => {
      await fc.assert(
        fc.asyncProperty(pageSpecArb, changesArb, fc.boolean(), async (page, changes, byAbort) => {
          buildPage(document, page);
          const { annotator, controller } = start();
          await settle(annotator);
          if (byAbort) controller.abort();
          else annotator.destroy();
          expect(highlightsLeft()).toBe(0);
          await mutateAndSettle(annotator, changes);
          expect(highlightsLeft()).toBe(0);
          expect(registry.size).toBe(0);
        }),
        runOptions(DOM_RUNS),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'after random changes, paints and counts exactly what a fresh read of the final page paints',
    async () => {
      await fc.assert(
        fc.asyncProperty(pageSpecArb, changesArb, fc.boolean(), async (page, changes, changeWhileReading) => {
          buildPage(document, page);
          const running = start();
          // Changes made before the first read ran test the queue of records against the walk.
          if (!changeWhileReading) await settle(running.annotator);
          await mutateAndSettle(running.annotator, changes);
          const incremental = paintedMentions();
          const incrementalCounts = running.counts.value;
          running.controller.abort();

          const fresh = start();
          await settle(fresh.annotator);
          expect(incremental).toEqual(paintedMentions());
          expect(incrementalCounts).toEqual(fresh.counts.value);
          fresh.controller.abort();
        }),
        runOptions(DOM_RUNS),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
