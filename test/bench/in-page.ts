/** Code run inside the benchmark page (serialized by Playwright: no imports, no outer variables). */
import type { Entity } from '../../lib/knowledge/schema';

export interface RunFigures {
  ms: number;
  mentions: number;
  /** The longest main-thread task seen by the long-task observer (it reports tasks of 50 ms and more), or 0. */
  longestTaskMs: number;
  workMs?: number;
  longestSliceMs?: number;
}

/** Runs the project's annotator until the page is fully read. */
export async function runAnnotator(entities: Entity[]): Promise<RunFigures> {
  const api = (globalThis as unknown as { newsContextBench: typeof import('./page-entry-types').Api }).newsContextBench;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let mentions = 0;
  const started = performance.now();
  const annotator = api.startAnnotator({
    document,
    matcher: api.compileMatcher(entities),
    entities,
    enabledTypes: { person: true, place: true, organization: true },
    style: 'underline',
    signal: new AbortController().signal,
    onMentionsChanged: (_counts, total) => {
      mentions = total;
    },
    onHover: () => undefined,
  });
  await annotator.whenIdle();
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 100)); // long-task entries arrive after the task
  observer.disconnect();
  const stats = annotator.stats();
  return {
    ms,
    mentions,
    longestTaskMs: Math.max(0, ...longTasks),
    workMs: stats.workMs,
    longestSliceMs: stats.longestSliceMs,
  };
}

/** Runs mark.js with the same names: case-sensitive, whole words, longest names first. */
export async function runMarkJs(names: string[]): Promise<RunFigures> {
  const Mark = (globalThis as unknown as { Mark: new (root: Element) => MarkInstance }).Mark;
  const limiters = ',.;:?!\'"()[]“”‘’—–-'.split('');
  const started = performance.now();
  const mentions = await new Promise<number>((resolve) =>
    new Mark(document.body).mark(names, {
      separateWordSearch: false,
      caseSensitive: true,
      diacritics: false,
      accuracy: { value: 'exactly', limiters },
      exclude: ['script', 'style', 'noscript', 'textarea', 'input', 'select', '[contenteditable]'],
      done: resolve,
    }),
  );
  const ms = performance.now() - started;
  return { ms, mentions, longestTaskMs: ms };
}

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}

/** Times the matcher alone over the page's text with each set of names (the best of a few runs each). */
export function timeMatching({ sets, repeats }: { sets: Entity[][]; repeats: number }): {
  compileMs: number;
  matchMs: number;
  mentions: number;
}[] {
  const api = (globalThis as unknown as { newsContextBench: typeof import('./page-entry-types').Api }).newsContextBench;
  const text = document.body.textContent ?? '';
  const matchers = sets.map((entities) => {
    const started = performance.now();
    const matcher = api.compileMatcher(entities);
    return { matcher, compileMs: performance.now() - started, matchMs: Number.POSITIVE_INFINITY, mentions: 0 };
  });
  // Interleaved, after a warm-up, so both sets meet the same JIT state and the same background load.
  for (let round = 0; round <= repeats; round++) {
    for (const entry of matchers) {
      const started = performance.now();
      entry.mentions = api.findMentions(entry.matcher, text).length;
      if (round > 0) entry.matchMs = Math.min(entry.matchMs, performance.now() - started);
    }
  }
  return matchers.map(({ compileMs, matchMs, mentions }) => ({ compileMs, matchMs, mentions }));
}
