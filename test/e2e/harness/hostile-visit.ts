import { expect } from 'vitest';
import type { HostileBrowser, HostilePage, PageProblem } from './hostile-browser';
import { type SettledPage, waitForSettledPage } from './hostile-measure';
import { readThread, type ThreadReport } from './hostile-probe';
import type { TaskTimes } from './hostile-trace';

/** No task of ours may hold the page's main thread longer than this. */
export const MAX_TASK_MS = 200;
/**
 * Work we cause outside our own script (style, layout, intersection and highlight painting) shows only as a longer
 * wait in a setTimeout(0) chain: with the extension it may exceed the same page's without it by at most this.
 * It is also the only measure in Firefox, which has neither longtask entries nor script attribution.
 */
export const TIMER_GAP_ALLOWANCE_MS = MAX_TASK_MS;
/** The page's own longest gap (its first layout of 100,000 elements takes about a second) varies this much between runs. */
export const BARE_GAP_JITTER = 0.25;

export interface HostileVisit {
  page: HostilePage;
  settled: SettledPage;
  thread: ThreadReport;
  /** Chromium: our content script's time per task from a trace; Firefox: null. */
  tasks: TaskTimes | null;
}

export interface BareVisit {
  thread: ThreadReport;
  problems: PageProblem[];
}

/** Opens url with the extension (traced in Chromium) and waits until it has finished with the page. */
export async function visitWithExtension(
  browser: HostileBrowser,
  url: string,
  expectedCount?: number,
): Promise<HostileVisit> {
  const page = await browser.open(url, { trace: browser.name === 'chromium' });
  try {
    const settled = await waitForSettledPage(page, expectedCount);
    const thread = await page.evaluate(readThread);
    return { page, settled, thread, tasks: await page.stopTaskTrace() };
  } catch (error) {
    await page.stopTaskTrace().catch(() => undefined); // a trace left running blocks the next one
    throw error;
  }
}

/** The same page without the extension, left for as long: the page's own longest gap and its own errors. */
export async function visitBare(browser: HostileBrowser, url: string, forMs: number): Promise<BareVisit> {
  // Traced like the visit with the extension, so both carry the same tracing overhead.
  const page = await browser.open(url, { trace: browser.name === 'chromium' });
  await new Promise((done) => setTimeout(done, forMs));
  const thread = await page.evaluate(readThread);
  await page.stopTaskTrace();
  await page.close();
  return { thread, problems: page.problems };
}

/** Errors that point into the extension, or that the page does not raise on its own. */
export function problemsOfOurs(problems: PageProblem[], baseline: PageProblem[]): PageProblem[] {
  return problems.filter((seen) => seen.fromExtension || !baseline.some((peer) => peer.text === seen.text));
}

/** One line of figures per page, printed for the report. */
export function describeVisit(label: string, seen: HostileVisit, peer: BareVisit): string {
  const { settled, tasks, thread } = seen;
  const highlighted = settled.planted.filter((name) => name.highlighted).length;
  const ours = tasks
    ? `our longest ${tasks.maxOursMs.toFixed(0)} ms (in a ${tasks.maxOursTaskMs.toFixed(0)} ms task; ${tasks.totalOursMs.toFixed(0)} ms over ${tasks.tasks} tasks)`
    : 'no attribution';
  return (
    `${label}: badge ${settled.mentions}/${settled.planted.length} planted, ${highlighted} highlighted, ` +
    `${settled.strays.length} stray, settled ${settled.waitedMs} ms; ${ours}; longest timer gap ` +
    `${thread.maxGapMs} ms vs ${peer.thread.maxGapMs} ms bare; longtasks max ${Math.max(0, ...thread.longTaskMs)} ms vs ${Math.max(0, ...peer.thread.longTaskMs)} ms bare`
  );
}

/** Our script's time in any one task (Chromium), and the timer-gap excess over the page without us (both). */
export function expectNoTaskOverLimit(label: string, seen: HostileVisit, peer: BareVisit): void {
  console.log(`[hostile] ${describeVisit(label, seen, peer)}`);
  expect.soft(seen.tasks?.maxOursMs ?? 0, 'ms our script ran in one task').toBeLessThanOrEqual(MAX_TASK_MS);
  const bareGapMs = peer.thread.maxGapMs;
  expect
    .soft(seen.thread.maxGapMs, `ms of longest timer gap, against ${bareGapMs} ms without the extension`)
    .toBeLessThanOrEqual(bareGapMs * (1 + BARE_GAP_JITTER) + TIMER_GAP_ALLOWANCE_MS);
}
