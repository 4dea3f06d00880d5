import type { Entity, EntityType } from '../knowledge/schema';
import { findMentions, type Matcher, OTHER_PERSON_ID } from '../match';
import { blockOf, isInsideSkipped } from './dom-rules';
import { type MentionHit, toHit } from './hits';
import { HoverTracker } from './hover';
import { type HighlightRegistryLike, MentionStore } from './mention-store';
import { collectChangedText } from './mutations';
import { documentOrder, MentionNavigator } from './navigation';
import { resolveNamesOnPage } from './page-names';
import { queueTask, SLICE_BUDGET_MS } from './scheduler';
import { type TextRun, walkTextRuns } from './segments';
import { AdoptedHighlightStyles, type HighlightStyle } from './styles';

export type { MentionHit } from './hits';
export type { HighlightStyle } from './styles';
export { highlightCss, highlightName } from './styles';

export interface AnnotatorOptions {
  document: Document;
  matcher: Matcher;
  entities: Entity[];
  enabledTypes: Record<EntityType, boolean>;
  style: HighlightStyle;
  /** True for the extension's own UI host (and anything inside it): never read, never a reason to work. */
  exclude?: (node: Node) => boolean;
  signal: AbortSignal;
  onMentionsChanged(counts: Record<string, number>, total: number): void;
  onHover(hit: MentionHit | null): void;
}

export interface AnnotatorStats {
  slices: number;
  longestSliceMs: number;
  workMs: number;
  runs: number;
  total: number;
}

export interface Annotator {
  /** Mentions of the enabled types in reading order, for keyboard next/previous. */
  mentionsInOrder(): MentionHit[];
  /** Scrolls to the next (or previous) mention, of one entity if given, from the last revealed or the view. */
  revealNext(entityId?: string, direction?: 1 | -1): MentionHit | null;
  setStyle(style: HighlightStyle): void;
  setEnabledTypes(types: Record<EntityType, boolean>): void;
  /** The knowledge changed: clear and read the page again. */
  setMatcher(matcher: Matcher, entities: Entity[]): void;
  /** Clears every highlight at once and stops all work and listeners. */
  destroy(): void;
  /** Resolves when no work is queued (the page is fully read). */
  whenIdle(): Promise<void>;
  stats(): AnnotatorStats;
}

/** More mutation records than this in one batch: read the whole page again instead of each change. */
const HUGE_MUTATION_COUNT = 2000;
/** More changed blocks than this in one batch: likewise. */
const HUGE_CHANGED_BLOCKS = 500;
/** While a long read goes on, counts are reported at most this often. */
const REPORT_INTERVAL_MS = 500;
/** The point whose block is read first: the top middle of the viewport. */
const VIEW_START_OFFSET_PX = 8;

type PageWindow = Window & typeof globalThis;

function highlightApi(win: PageWindow): { registry: HighlightRegistryLike; create: () => Set<AbstractRange> } {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const HighlightClass = (win as unknown as { Highlight?: new () => Set<AbstractRange> }).Highlight;
  if (css?.highlights && HighlightClass) return { registry: css.highlights, create: () => new HighlightClass() };
  // No Custom Highlight API: nothing is painted, but mentions are still counted and navigable.
  return { registry: new Map(), create: () => new Set() };
}

export function startAnnotator(options: AnnotatorOptions): Annotator {
  const doc = options.document;
  const win = doc.defaultView as PageWindow;
  const exclude = options.exclude ?? (() => false);
  const { registry, create } = highlightApi(win);
  const styles = new AdoptedHighlightStyles(win, options.style);
  // A stylesheet with ::highlight rules restyles every element of its tree (about 250 ms for 100,000 elements):
  // a tree gets it only once a mention in it is painted, so pages without known names never pay that.
  const adoptStylesFor = (run: TextRun) => styles.adoptInto(run.block.getRootNode() as Document | ShadowRoot);
  const store = new MentionStore(doc, registry, create, { ...options.enabledTypes }, adoptStylesFor);
  const listeners = new AbortController();
  /** Read each time: a script may replace the body. */
  const pageRoot = (): Node => doc.body ?? doc.documentElement;
  const hover = new HoverTracker(doc, registry, store, exclude, options.onHover, listeners.signal);
  const navigator = new MentionNavigator(win, store);
  /** The store's version when people's names were last settled in document order. */
  let namesSettledAt = -1;

  let matcher = options.matcher;
  let typeOfEntity = new Map(options.entities.map((e) => [e.id, e.type]));
  const typeOf = (id: string) => typeOfEntity.get(id) ?? matcher.entityTypes.get(id);
  let jobs: Generator<TextRun | null>[] = [];
  let pendingRecords: MutationRecord[] = [];
  let cancelTask: (() => void) | null = null;
  let destroyed = false;
  let reportedVersion = -1;
  let reportedAt = 0;
  let idleWaiters: (() => void)[] = [];
  const stats: AnnotatorStats = { slices: 0, longestSliceMs: 0, workMs: 0, runs: 0, total: 0 };
  const shadowRoots = new Set<ShadowRoot>();

  const observer = new win.MutationObserver((records) => {
    for (const record of records) if (!exclude(record.target)) pendingRecords.push(record);
    if (pendingRecords.length > 0) schedule();
  });
  // Of attributes, only those that change what is never annotated: the rest cannot move a highlight.
  const OBSERVED = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  };
  observer.observe(doc, OBSERVED);

  const onShadowRoot = (shadow: ShadowRoot) => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    observer.observe(shadow, OBSERVED);
    jobs.push(walkTextRuns(shadow, { exclude, onShadowRoot }));
  };

  function viewStartBlock(): Node | null {
    if (win.scrollY === 0 || typeof doc.elementFromPoint !== 'function') return null;
    const element = doc.elementFromPoint(win.innerWidth / 2, VIEW_START_OFFSET_PX);
    if (!element || !pageRoot().contains(element) || isInsideSkipped(element, exclude)) return null;
    return blockOf(element);
  }

  function readWholePage(): void {
    store.dropAll();
    pendingRecords = [];
    // The walk only judges nodes under its root: an editable body (a rich-text editor's frame) is never read.
    const root = pageRoot();
    jobs = isInsideSkipped(root, exclude)
      ? []
      : [walkTextRuns(root, { exclude, onShadowRoot, startAt: viewStartBlock() })];
    for (const shadow of shadowRoots)
      if (!isInsideSkipped(shadow, exclude)) jobs.push(walkTextRuns(shadow, { exclude, onShadowRoot }));
    schedule();
  }

  function schedule(): void {
    if (!cancelTask && !destroyed) cancelTask = queueTask(win, runSlice);
  }

  function takeMutations(): void {
    const records = pendingRecords;
    pendingRecords = [];
    const roots = records.length > HUGE_MUTATION_COUNT ? null : collectChangedText(records, store, exclude).roots;
    if (!roots || roots.size > HUGE_CHANGED_BLOCKS) readWholePage();
    else
      for (const [changed, mode] of roots)
        jobs.push(walkTextRuns(changed, { exclude, onShadowRoot, shallow: mode === 'shallow' }));
  }

  function reportCounts(force: boolean): void {
    const now = win.performance.now();
    if (store.version === reportedVersion || (!force && now - reportedAt < REPORT_INTERVAL_MS)) return;
    reportedVersion = store.version;
    reportedAt = now;
    const { counts, total } = store.enabledCounts(typeOf);
    stats.total = total;
    options.onMentionsChanged(counts, total);
  }

  function runSlice(): void {
    cancelTask = null;
    if (destroyed) return;
    const started = win.performance.now();
    const deadline = started + SLICE_BUDGET_MS;
    if (pendingRecords.length > 0) takeMutations();
    while (jobs.length > 0 && win.performance.now() < deadline) {
      const step = jobs[0].next();
      if (step.done) {
        jobs.shift();
        continue;
      }
      const run = step.value;
      if (!run) continue; // a pause in a long stretch without text
      store.addRun(run, findMentions(matcher, run.text, { otherPeople: true }), typeOf, run.text);
      run.text = ''; // the string is only needed for matching
      stats.runs++;
    }
    const spent = win.performance.now() - started;
    stats.slices++;
    stats.workMs += spent;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    hover.forgetIfGone();
    if (jobs.length > 0 || pendingRecords.length > 0) {
      reportCounts(false);
      schedule();
      return;
    }
    settleNames();
    reportCounts(true);
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Whom each person's short name means, once the page is read: in document order, so a page read in any
   * order (the view first, then mutations) ends as a fresh read from the top would.
   */
  function settleNames(): void {
    if (store.version === namesSettledAt) return;
    const people = [...store.records(true)].filter((record) => record.type === 'person' || record.alternatives);
    // Only short names can mean someone else: without any, every name stays as found and nothing is sorted.
    if (people.some((record) => record.words.length === 1 || record.foundId === OTHER_PERSON_ID)) {
      people.sort(documentOrder);
      const meant = resolveNamesOnPage(people);
      for (const [i, record] of people.entries()) {
        const id = meant[i]!;
        store.retarget(record, id, id === null ? record.type : (typeOf(id) ?? record.type));
      }
    }
    namesSettledAt = store.version;
  }

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    cancelTask?.();
    observer.disconnect();
    listeners.abort();
    store.dropAll();
    store.unregister();
    styles.removeAll();
    jobs = [];
    pendingRecords = [];
    hover.clear();
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  }

  if (options.signal.aborted) destroy();
  else {
    options.signal.addEventListener('abort', destroy, { once: true });
    readWholePage();
  }

  return {
    mentionsInOrder: () => navigator.inOrder().map(toHit),
    revealNext: (entityId, direction) => navigator.revealNext(entityId, direction),
    setStyle: (style) => styles.setStyle(style),
    setEnabledTypes(types) {
      store.setEnabledTypes(types);
      hover.forgetIfGone();
      reportCounts(true);
    },
    setMatcher(next, entities) {
      if (destroyed) return;
      matcher = next;
      typeOfEntity = new Map(entities.map((e) => [e.id, e.type]));
      navigator.forget();
      readWholePage();
    },
    destroy,
    whenIdle: () =>
      destroyed || (!cancelTask && jobs.length === 0 && pendingRecords.length === 0)
        ? Promise.resolve()
        : new Promise((resolve) => idleWaiters.push(resolve)),
    stats: () => ({ ...stats }),
  };
}
