/**
 * Chromium with the built extension (.output/chrome-mv3) in a profile of its own, driven from outside: an
 * extension page (the build's manifest.json opened in a tab: an extension document with runtime messaging and
 * no UI of its own to refresh) sends the messages the popup and options page send, and pages on 127.0.0.1 are
 * timed through the probe (knowledge-probe.ts) in their main world.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { type FrameProbe, installProbe } from './knowledge-probe';
import { ROOT } from './knowledge-sources';

export const BUILD = resolve(ROOT, '.output/chrome-mv3');

/**
 * A private copy of the build, loaded for the whole run: another build in this checkout (which empties
 * .output/chrome-mv3 for a moment) must not pull files from under a running profile.
 */
export async function copyOfBuild(): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'news-context-bench-build-'));
  const path = join(dir, 'chrome-mv3');
  await cp(BUILD, path, { recursive: true });
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT_MS = 60_000;
/** Every request but loopback goes to a closed port (a proxy that is not there): nothing leaves the machine. */
const CHROMIUM_FLAGS = (
  '--proxy-server=http://127.0.0.1:9 --no-sandbox --disable-gpu --disable-quic --no-first-run ' +
  '--disable-background-networking --disable-component-update --disable-sync'
).split(' ');
/** Pause between timed runs, so one run's leftovers (reports, storage writes) do not land on the next. */
const SETTLE_MS = 300;
/**
 * Pause before each timed add: the background announces a change at once, then at most once a second
 * (ANNOUNCE_INTERVAL_MS in entrypoints/background/knowledge.ts), and one lone new article is what is timed.
 */
const ADD_GAP_MS = 1200;

type Probe = FrameProbe;
type ProbeWindow = { __ncProbe?: Probe };

/** tsx keeps function names through a `__name` helper that pages lack: give it to them, then the probe. */
const PROBE_SCRIPT = `globalThis.__name ??= (f) => f; (${installProbe.toString()})();`;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface AddFigures {
  replyMs: number;
  revisionMs: number;
  highlightedMs: number;
}

export interface FrameFigures {
  /** Navigation start → every frame (and the page) has a highlight; for ad frames, the page's own. */
  allHighlightedMs: number;
  /** Navigation start → the page's load event (every frame loaded). */
  loadMs: number;
  /** JS heap of the page's renderer after two garbage collections (CDP Runtime.getHeapUsage). */
  heapBytes: number;
  framesHighlighted: number;
}

export class ExtensionSession {
  /** Requests to hosts other than 127.0.0.1 (all fail: the proxy is a closed port). */
  blocked = 0;
  private helper!: Page;
  private helperCdp!: CDPSession;
  private workerStatus = new Map<string, string>();

  private constructor(
    readonly context: BrowserContext,
    readonly base: string,
  ) {}

  static async launch(profile: string, build: string): Promise<ExtensionSession> {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, ...CHROMIUM_FLAGS],
    });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const session = new ExtensionSession(context, `chrome-extension://${new URL(worker.url()).host}/`);
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1') session.blocked++;
    });
    await session.openHelper();
    return session;
  }

  private async openHelper() {
    this.helper = await this.context.newPage();
    this.helper.setDefaultTimeout(WAIT_MS);
    await this.helper.goto(`${this.base}manifest.json`);
    this.helperCdp = await this.context.newCDPSession(this.helper);
    this.helperCdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) this.workerStatus.set(version.versionId, version.runningStatus);
    });
    await this.helperCdp.send('ServiceWorker.enable');
  }

  /** A message to the background, as an extension page sends it. */
  send<T>(request: unknown): Promise<T> {
    return this.helper.evaluate(
      (message) => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage(message),
      request,
    ) as Promise<T>;
  }

  /** addSources in chunks, as the options page imports a file; each chunk's time in order. */
  async importSources(bases: KnowledgeBase[], chunk: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < bases.length; i += chunk) {
      const started = performance.now();
      const reply = await this.send<{ ok: boolean; reason?: string }>({
        type: 'addSources',
        items: bases.slice(i, i + chunk),
      });
      times.push(performance.now() - started);
      if (!reply?.ok) throw new Error(`addSources refused chunk ${i / chunk}: ${reply?.reason}`);
    }
    return times;
  }

  /** Stops the extension's service worker (it loses its memory, as after 30 s idle) and waits until it has. */
  async stopWorker(): Promise<void> {
    await this.helperCdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 5000;
    while ([...this.workerStatus.values()].some((status) => status !== 'stopped') && Date.now() < deadline) {
      await pause(20);
    }
  }

  async newTab(url: string): Promise<{ page: Page; tabId: number }> {
    const tabIds = () =>
      this.helper.evaluate(async () =>
        (await (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.query({})).map((tab) => tab.id),
      );
    const before = new Set(await tabIds());
    const page = await this.context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(url);
    const tabId = (await tabIds()).find((id) => !before.has(id));
    if (tabId === undefined) throw new Error('the new tab has no id');
    return { page, tabId };
  }

  /** Navigation start → the first highlight on the page; the worker stopped first when `asleep`. */
  async firstHighlightMs(page: Page, url: string, asleep: boolean): Promise<number> {
    if (asleep) await this.stopWorker();
    else await this.send({ type: 'getStatus' });
    await page.goto(url, { waitUntil: 'commit' });
    const probe = await waitForProbe(page, (p) => p.firstHighlight > 0);
    await pause(SETTLE_MS);
    return probe.firstHighlight - probe.origin;
  }

  /**
   * Adds one article from the extension page and times, from the moment it is sent: the reply, the
   * knowledgeRevision storage change, and the open tab's highlight of the article's new person.
   */
  async addOne(tab: Page, article: KnowledgeBase, freshKey: string): Promise<AddFigures> {
    await pause(ADD_GAP_MS);
    await tab.evaluate((key) => {
      (window as unknown as ProbeWindow).__ncProbe!.watch.push(key);
    }, freshKey);
    const sent = await this.helper.evaluate(async (item) => {
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const now = () => performance.timeOrigin + performance.now();
      let changed = 0;
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && 'knowledgeRevision' in changes && !changed) changed = now();
      };
      chrome.storage.onChanged.addListener(onChanged);
      const start = now();
      const reply = (await chrome.runtime.sendMessage({ type: 'addSources', items: [item] })) as { ok: boolean };
      const replied = now();
      for (let i = 0; i < 500 && !changed; i++) await new Promise((done) => setTimeout(done, 10));
      chrome.storage.onChanged.removeListener(onChanged);
      return { start, replied, changed, ok: reply?.ok === true };
    }, article);
    if (!sent.ok) throw new Error('addSources refused the new article');
    const probe = await waitForProbe(tab, (p) => (p.fresh[freshKey] ?? 0) > 0);
    await pause(SETTLE_MS);
    return {
      replyMs: sent.replied - sent.start,
      revisionMs: sent.changed ? sent.changed - sent.start : Number.NaN,
      highlightedMs: probe.fresh[freshKey] - sent.start,
    };
  }

  /** popup.html?tab=ID opened in a tab: navigation start → facts and quotes listed, nothing busy. */
  async popupMs(tabId: number): Promise<number> {
    await this.send({ type: 'getStatus' });
    const popup = await this.context.newPage();
    popup.setDefaultTimeout(WAIT_MS);
    await popup.goto(`${this.base}popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    const probe = await waitForProbe(popup, (p) => p.popupReady > 0);
    await popup.close();
    await pause(SETTLE_MS);
    return probe.popupReady - probe.origin;
  }

  /**
   * Reads of the knowledge database from an extension page, each timed alone: the name table record (what a
   * waking worker reads), and every record of each store (the popup's readKnowledge reads sources, extractions and
   * entities whole).
   */
  idbReads(): Promise<{ store: string; ms: number; count: number }[]> {
    return this.helper.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('news-context');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const read = (store: string, key?: string) =>
        new Promise<{ store: string; ms: number; count: number }>((done, fail) => {
          const started = performance.now();
          const objects = db.transaction(store).objectStore(store);
          const request = key ? objects.get(key) : objects.getAll();
          request.onsuccess = () =>
            done({
              store: key ?? store,
              ms: performance.now() - started,
              count: Array.isArray(request.result) ? request.result.length : 1,
            });
          request.onerror = () => fail(request.error);
        });
      const reads = [];
      for (const [store, key] of [['meta', 'nameTable'], ['sources'], ['entities'], ['extractions']]) {
        reads.push(await read(store, key));
      }
      db.close();
      return reads;
    });
  }

  /** One page with frames (see measureFramesPage), the worker awake. */
  async framesPage(page: Page, cdp: CDPSession, url: string, textFrames: number, settleMs: number) {
    await this.send({ type: 'getStatus' });
    return measureFramesPage(page, cdp, url, textFrames, settleMs);
  }

  cdpFor(page: Page): Promise<CDPSession> {
    return cdpFor(this.context, page);
  }

  async close(): Promise<void> {
    await Promise.race([this.context.close(), pause(15_000)]);
  }
}

async function cdpFor(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  return cdp;
}

/**
 * One page with frames: time until the page and `textFrames` frames show highlights (null: no extension, wait
 * for nothing but the load event), its load event, and its JS heap once settled (`settleMs` later, so frames that
 * are never highlighted have done their work).
 */
async function measureFramesPage(
  page: Page,
  cdp: CDPSession,
  url: string,
  textFrames: number | null,
  settleMs: number,
): Promise<FrameFigures> {
  await page.goto(url, { waitUntil: 'load' });
  const probe =
    textFrames === null
      ? await waitForProbe(page, () => true)
      : await waitForProbe(page, (p) => p.firstHighlight > 0 && p.frames.length >= textFrames);
  await pause(settleMs);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const loadMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const last = Math.max(probe.firstHighlight, ...probe.frames.map((f) => f.firstHighlight));
  return {
    allHighlightedMs: textFrames === null ? Number.NaN : last - probe.origin,
    loadMs,
    heapBytes: usedSize,
    framesHighlighted: probe.frames.length,
  };
}

/** The same frame pages in Chromium without the extension: what the frames cost by themselves. */
export async function framesWithoutExtension(
  pages: { url: string; repeats: number; settleMs: number; key: string }[],
): Promise<Map<string, FrameFigures[]>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const figures = new Map<string, FrameFigures[]>();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const cdp = await cdpFor(context, page);
    for (const { url, repeats, settleMs, key } of pages) {
      for (let i = 0; i < repeats; i++) {
        const list = figures.get(key) ?? [];
        list.push(await measureFramesPage(page, cdp, `${url}?plain=${i}`, null, settleMs));
        figures.set(key, list);
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** Polls the page's probe (every 25 ms, from node) until `done`; the probe itself holds the exact times. */
async function waitForProbe(page: Page, done: (probe: Probe) => boolean): Promise<Probe> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__ncProbe ?? null).catch(() => null);
    if (probe && done(probe)) return probe;
    if (Date.now() > deadline) throw new Error(`timed out on ${page.url()}: ${JSON.stringify(probe)?.slice(0, 300)}`);
    await pause(25);
  }
}
