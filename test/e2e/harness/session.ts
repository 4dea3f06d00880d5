import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { launchChromium } from './chromium';
import { launchChromiumWithToolbar } from './chromium-toolbar';
import type { BrowserDriver, BrowserName, LaunchOptions } from './driver';
import { launchFirefox } from './firefox';
import { type BlockedRequest, type NetworkGuard, startNetworkGuard } from './network-guard';
import type { PageHandle } from './page-handle';
import {
  type CardState,
  type HighlightedRange,
  locateText,
  readActiveTabId,
  readBadgeText,
  readCard,
  readHighlights,
  sendToTab,
  serializeDom,
} from './page-queries';
import { type PageServer, startPageServer } from './server';

export type { BrowserName, CardState, HighlightedRange, PageHandle };

/** One browser with (or without) the built extension, and the test pages it can open. */
export interface ExtensionSession {
  name: BrowserName;
  server: PageServer;
  /** Requests that tried to leave the machine since launch (all refused). */
  blockedRequests: BlockedRequest[];
  /** Opens test/e2e/pages/<path> from the local server. */
  openPage(path: string): Promise<PageHandle>;
  /** popup.html opened in a tab, for the tab of page when given (popup.html?tab=ID). */
  openPopup(forTabOfPage?: PageHandle): Promise<PageHandle>;
  /**
   * The popup of the toolbar button pressed with page in front (Chromium launched with `toolbar`: it gets the
   * activeTab grant); elsewhere popup.html?tab=ID in a tab.
   */
  openToolbarPopup(page: PageHandle): Promise<PageHandle>;
  openOptions(): Promise<PageHandle>;
  tabId(page: PageHandle): Promise<number>;
  badgeText(page: PageHandle): Promise<string>;
  /** Sends a message to the page's content script the way the background does (tabs.sendMessage). */
  sendToContentScript(page: PageHandle, message: unknown): Promise<void>;
  /** A real mouse move to the middle of the n-th (0-based) occurrence of text. */
  hoverText(page: PageHandle, text: string, occurrence?: number): Promise<void>;
  highlightedTexts(page: PageHandle): Promise<{ type: string; text: string }[]>;
  highlights(page: PageHandle): Promise<HighlightedRange[]>;
  card(page: PageHandle): Promise<CardState | null>;
  /** document.documentElement.outerHTML without the extension's <news-context-ui> host. */
  domSnapshot(page: PageHandle): Promise<string>;
  pressKey(page: PageHandle, key: string): Promise<void>;
  screenshot(page: PageHandle, file: string): Promise<void>;
  close(): Promise<void>;
}

const LAUNCHERS: Record<BrowserName, (options: LaunchOptions) => Promise<BrowserDriver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

export async function launchSession(
  name: BrowserName,
  options: { withExtension?: boolean; colorScheme?: 'light' | 'dark'; toolbar?: boolean } = {},
): Promise<ExtensionSession> {
  const server = await startPageServer();
  const guard: NetworkGuard = await startNetworkGuard();
  let driver: BrowserDriver;
  try {
    const launch = name === 'chromium' && options.toolbar ? launchChromiumWithToolbar : LAUNCHERS[name];
    driver = await launch({
      withExtension: options.withExtension ?? true,
      colorScheme: options.colorScheme ?? 'light',
      proxy: guard,
    });
  } catch (error) {
    await Promise.all([server.close(), guard.close()]);
    throw error;
  }
  const extensionUrl = (path: string) => {
    if (!driver.extensionBase) throw new Error(`${name} was launched without the extension`);
    return new URL(path, driver.extensionBase).href;
  };
  // An extension page kept open in its own tab, where badge and tab APIs are called.
  let agent: Promise<PageHandle> | undefined;
  const inExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    agent ??= driver.newPage(extensionUrl('options.html'));
    return (await agent).evaluate(fn, arg);
  };
  // Without the tabs permission no URL is visible: the page's tab is the active one once brought to front.
  const tabId = async (page: PageHandle) => {
    agent ??= driver.newPage(extensionUrl('options.html'));
    await agent;
    await page.bringToFront();
    return inExtension(readActiveTabId, undefined);
  };

  return {
    name,
    server,
    blockedRequests: guard.blocked,
    openPage: (path) => driver.newPage(server.url(path)),
    async openPopup(forTabOfPage) {
      const query = forTabOfPage ? `?tab=${await tabId(forTabOfPage)}` : '';
      return driver.newPage(extensionUrl(`popup.html${query}`));
    },
    async openToolbarPopup(page) {
      if (driver.openToolbarPopup) return driver.openToolbarPopup(page);
      return driver.newPage(extensionUrl(`popup.html?tab=${await tabId(page)}`));
    },
    openOptions: () => driver.newPage(extensionUrl('options.html')),
    tabId,
    badgeText: async (page) => inExtension(readBadgeText, await tabId(page)),
    sendToContentScript: async (page, message) => inExtension(sendToTab, { tabId: await tabId(page), message }),
    async hoverText(page, text, occurrence = 0) {
      const { x, y } = await page.evaluate(locateText, { text, occurrence });
      await page.mouseMove(x, y);
    },
    highlightedTexts: async (page) => (await page.evaluate(readHighlights)).map(({ type, text }) => ({ type, text })),
    highlights: (page) => page.evaluate(readHighlights),
    card: (page) => page.evaluate(readCard),
    domSnapshot: (page) => page.evaluate(serializeDom),
    pressKey: (page, key) => page.press(key),
    async screenshot(page, file) {
      await mkdir(dirname(file), { recursive: true });
      await page.screenshot(file);
    },
    async close() {
      await driver.close();
      await Promise.all([server.close(), guard.close()]);
    },
  };
}

/** Polls read() until accept() holds; on timeout fails with the last value seen, so failures say what the page showed. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 8_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
  const seen = lastError && last === undefined ? String(lastError) : JSON.stringify(last)?.slice(0, 2000);
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
}
