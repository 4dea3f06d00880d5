import type { HostilePage } from './hostile-browser';
import { type PlantedName, readPlantedNames, readStrayHighlights, type StrayHighlight } from './hostile-probe';

/** How often the page is read while waiting for the extension to finish it. */
const POLL_MS = 250;
/** Unchanged for this many reads in a row: the extension has finished (or given up on) the page. */
const STABLE_READS = 4;
/** Firefox takes about 3 s from launch to the first content-script run: no verdict of "stable" before this. */
const MIN_WAIT_MS = 5_000;
/** Beyond this the page is read as it is: the figures then say what was missing. */
const SETTLE_TIMEOUT_MS = 25_000;

export interface SettledPage {
  planted: PlantedName[];
  strays: StrayHighlight[];
  /** The toolbar badge as a number: how many mentions the extension counted on the page. */
  mentions: number;
  /** From the call until every planted name was counted and those in view highlighted, or nothing changed. */
  waitedMs: number;
}

/** Planted names in view that carry no highlight, as "where: name". */
export function unhighlightedInView(planted: PlantedName[]): string[] {
  return planted.filter((name) => name.inView && !name.highlighted).map(({ where, text }) => `${where}: ${text}`);
}

/** Waits until the badge counts every planted name and those in view are highlighted, or nothing changes any more. */
export async function waitForSettledPage(page: HostilePage, expectedCount?: number): Promise<SettledPage> {
  const started = Date.now();
  let previous = '';
  let stableReads = 0;
  for (;;) {
    const planted = await page.evaluate(readPlantedNames);
    const strays = await page.evaluate(readStrayHighlights);
    const badge = await page.badgeText();
    const mentions = badge === '' ? 0 : Number(badge);
    const key = JSON.stringify([planted, strays.length, mentions]);
    stableReads = key === previous ? stableReads + 1 : 0;
    previous = key;
    const waitedMs = Date.now() - started;
    const complete = badge === String(expectedCount ?? planted.length) && unhighlightedInView(planted).length === 0;
    const stable = waitedMs >= MIN_WAIT_MS && stableReads >= STABLE_READS;
    if (complete || stable || waitedMs >= SETTLE_TIMEOUT_MS) return { planted, strays, mentions, waitedMs };
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** Polls read() until accept() holds or timeoutMs passes; returns the last value either way. */
export async function pollFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, POLL_MS));
    value = await read();
  }
  return value;
}
