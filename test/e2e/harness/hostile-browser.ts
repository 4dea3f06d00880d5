import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { CHROMIUM_BUILD } from './chromium';
import { type BrowserName, CLOSE_TIMEOUT_MS, VIEWPORT, withinMs } from './driver';
import { FIREFOX_BUILD } from './firefox';
import { installHostileProbe } from './hostile-probe';
import { isTaskTraceEvent, TASK_TRACE_CATEGORIES, type TaskTimes, type TraceEvent, taskTimes } from './hostile-trace';
import { type NetworkGuard, startNetworkGuard } from './network-guard';
import { readActiveTabId, readBadgeText } from './page-queries';

// The shared harness hides the tool's page object; these tests need its error events, init scripts and CDP.

/** Where the extension's content script lives, as it appears in stacks and trace URLs. */
const CONTENT_SCRIPT_URL = /^(chrome|moz)-extension:\/\/[^/]+\/content-scripts\//;
const EXTENSION_URL = /(chrome|moz)-extension:\/\//;
const BYTES_PER_MB = 1024 * 1024;

/** An uncaught error or console error seen on a page. */
export interface PageProblem {
  kind: 'pageerror' | 'console';
  text: string;
  /** Stack or source location, when the browser gave one. */
  where: string;
  /** True when the stack or location points into the extension. */
  fromExtension: boolean;
}

export interface HostilePage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  problems: PageProblem[];
  /** Chromium when opened with trace: our content script's time per task since navigation; otherwise null. */
  stopTaskTrace(): Promise<TaskTimes | null>;
  /** The toolbar badge of this page's tab (the extension's mention count), read from an extension page. */
  badgeText(): Promise<string>;
  /** Chromium: the renderer's used JS heap after a forced GC, in MB (all worlds, ours included); Firefox: null. */
  heapUsedMb(): Promise<number | null>;
  close(): Promise<void>;
}

export interface HostileBrowser {
  name: BrowserName;
  withExtension: boolean;
  open(url: string, options?: { trace?: boolean }): Promise<HostilePage>;
  close(): Promise<void>;
}

/** browser_specific_settings.gecko.id in wxt.config.ts, and a pinned UUID so extension pages have a known origin. */
const GECKO_ID = 'news-context@example.org';
const EXTENSION_UUID = '3b1f0c2a-7d4e-4c1b-9f5a-6e2d8c4b1a90';
const AGENT_PAGE = 'options.html';
const AGENT_POLL_MS = 50;
const AGENT_TIMEOUT_MS = 15_000;

/** Something that can evaluate in a page and bring it to the front. */
interface Evaluating {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  bringToFront(): Promise<void>;
}

/** The badge of a page's tab: the page is brought to the front, then an extension page asks for the active tab's. */
async function badgeOf(page: Evaluating, agent: Evaluating): Promise<string> {
  await page.bringToFront();
  const tabId = await agent.evaluate(readActiveTabId, undefined);
  return agent.evaluate(readBadgeText, tabId);
}

function problem(kind: PageProblem['kind'], text: string, where: string): PageProblem {
  return { kind, text, where, fromExtension: EXTENSION_URL.test(where) };
}

/** Chromium (playwright-core) or Firefox (puppeteer-core over BiDi), with or without the built extension. */
export async function launchHostileBrowser(name: BrowserName, withExtension: boolean): Promise<HostileBrowser> {
  const guard = await startNetworkGuard();
  try {
    return name === 'chromium' ? await launchChromium(withExtension, guard) : await launchFirefox(withExtension, guard);
  } catch (error) {
    await guard.close();
    throw error;
  }
}

async function launchChromium(withExtension: boolean, guard: NetworkGuard): Promise<HostileBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'news-context-hostile-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: VIEWPORT,
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${CHROMIUM_BUILD}`, `--load-extension=${CHROMIUM_BUILD}`]
        : ['--disable-extensions']),
      `--proxy-server=http://${guard.host}:${guard.port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let agent: Promise<PlaywrightPage> | null = null;
  const openAgent = async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/${AGENT_PAGE}`);
    return page;
  };
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  // Opened before any test page: opening it later would background the page while its timer gaps are measured.
  if (withExtension) agent = openAgent();
  const chromiumBadge = async (page: PlaywrightPage) => {
    if (!withExtension) return '';
    agent ??= openAgent();
    const extensionPage = await agent;
    return badgeOf(
      { evaluate: (fn, arg) => page.evaluate(fn as never, arg), bringToFront: () => page.bringToFront() },
      {
        evaluate: (fn, arg) => extensionPage.evaluate(fn as never, arg),
        bringToFront: () => extensionPage.bringToFront(),
      },
    );
  };
  return {
    name: 'chromium',
    withExtension,
    async open(url, options = {}) {
      const page = await context.newPage();
      const problems: PageProblem[] = [];
      page.on('pageerror', (error) => problems.push(problem('pageerror', error.message, error.stack ?? '')));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(problem('console', message.text(), message.location().url));
      });
      await page.addInitScript(installHostileProbe);
      const cdp = await context.newCDPSession(page);
      const trace = options.trace ? await startTrace(cdp) : null;
      await page.goto(url);
      return chromiumPage(page, cdp, problems, trace, () => chromiumBadge(page));
    },
    async close() {
      await withinMs(context.close(), CLOSE_TIMEOUT_MS);
      await Promise.all([rm(profile, { recursive: true, force: true }), guard.close()]);
    },
  };
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TaskTimes>> {
  const kept: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) if (isTaskTraceEvent(event)) kept.push(event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TASK_TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    return taskTimes(kept, CONTENT_SCRIPT_URL);
  };
}

function chromiumPage(
  page: PlaywrightPage,
  cdp: CDPSession,
  problems: PageProblem[],
  stopTrace: (() => Promise<TaskTimes>) | null,
  badgeText: () => Promise<string>,
): HostilePage {
  return {
    badgeText,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 5 }),
    problems,
    stopTaskTrace: async () => (stopTrace ? stopTrace() : null),
    async heapUsedMb() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
      return used / BYTES_PER_MB;
    },
    close: () => page.close(),
  };
}

async function launchFirefox(withExtension: boolean, guard: NetworkGuard): Promise<HostileBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'news-context-hostile-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': guard.host,
      'network.proxy.http_port': guard.port,
      'network.proxy.ssl': guard.host,
      'network.proxy.ssl_port': guard.port,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    },
  });
  if (withExtension) await browser.installExtension(FIREFOX_BUILD);
  let agent: Promise<PuppeteerPage> | null = null;
  const openAgent = async () => {
    const page = await browser.newPage();
    const url = `moz-extension://${EXTENSION_UUID}/${AGENT_PAGE}`;
    // The load event of extension pages never reaches WebDriver BiDi: start the navigation and poll instead.
    void page.goto(url).catch(() => undefined);
    const deadline = Date.now() + AGENT_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const loaded = await page
        .evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:')
        .catch(() => false);
      if (loaded) return page;
      await new Promise((done) => setTimeout(done, AGENT_POLL_MS));
    }
    throw new Error(`Firefox did not open ${url}`);
  };
  // Opened before any test page: opening it later would background the page while its timer gaps are measured.
  if (withExtension) agent = openAgent();
  const firefoxBadge = async (page: PuppeteerPage) => {
    if (!withExtension) return '';
    agent ??= openAgent();
    const extensionPage = await agent;
    return badgeOf(
      { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never, bringToFront: () => page.bringToFront() },
      {
        evaluate: (fn, arg) => extensionPage.evaluate(fn as never, arg) as never,
        bringToFront: () => extensionPage.bringToFront(),
      },
    );
  };
  return {
    name: 'firefox',
    withExtension,
    async open(url) {
      const page = await browser.newPage();
      const problems: PageProblem[] = [];
      page.on('pageerror', (error: unknown) => {
        const thrown = error instanceof Error ? error : new Error(String(error));
        problems.push(problem('pageerror', String(thrown), thrown.stack ?? ''));
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(problem('console', message.text(), message.location().url ?? ''));
      });
      await page.evaluateOnNewDocument(installHostileProbe);
      await page.goto(url);
      return firefoxPage(page, problems, () => firefoxBadge(page));
    },
    async close() {
      const closed = await withinMs(
        browser.close().then(() => true),
        CLOSE_TIMEOUT_MS,
      );
      if (!closed) browser.process()?.kill('SIGKILL');
      await Promise.all([rm(profile, { recursive: true, force: true }), guard.close()]);
    },
  };
}

function firefoxPage(page: PuppeteerPage, problems: PageProblem[], badgeText: () => Promise<string>): HostilePage {
  return {
    badgeText,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 5 }),
    problems,
    stopTaskTrace: async () => null,
    // Firefox exposes no per-page JS heap figure over WebDriver BiDi: memory is checked in Chromium only.
    heapUsedMb: async () => null,
    close: () => page.close(),
  };
}
