import { rm } from 'node:fs/promises';
import type { PageHandle } from './page-handle';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Browsers to test, from E2E_BROWSERS=chromium,firefox (default: both). */
export function browsersUnderTest(): BrowserName[] {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((name) => name.trim());
  return wanted ? BROWSERS.filter((name) => wanted.includes(name)) : BROWSERS;
}

export interface LaunchOptions {
  /** False launches the same browser without the extension (the reference for "the DOM is unchanged"). */
  withExtension: boolean;
  colorScheme: 'light' | 'dark';
  /** The network guard every off-machine request goes through. */
  proxy: { host: string; port: number };
  /** Chromium only: launched so the toolbar button can be pressed (puppeteer over a pipe). */
  toolbar?: boolean;
}

/** What differs between the two browsers; ExtensionSession builds everything else on top of this. */
export interface BrowserDriver {
  name: BrowserName;
  /** chrome-extension://ID/ or moz-extension://UUID/; null without the extension. */
  extensionBase: string | null;
  /** Opens url in a new tab and resolves once its document has loaded. */
  newPage(url: string): Promise<PageHandle>;
  /** Presses the toolbar button with page in front, as a person would, and returns the popup it opens. */
  openToolbarPopup?(page: PageHandle): Promise<PageHandle>;
  close(): Promise<void>;
}

/** Window and viewport size for every page, so screenshots match between browsers. */
export const VIEWPORT = { width: 1280, height: 800 };
/** How long a browser may take to close before its processes are killed. */
export const CLOSE_TIMEOUT_MS = 10_000;

/** Resolves with the promise's value, or with undefined after ms. */
export async function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((done) => {
    timer = setTimeout(() => done(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes a puppeteer-launched browser, killing it if it hangs, then deletes its profile. */
export async function closePuppeteerBrowser(
  browser: { close(): Promise<void>; process(): { kill(signal: 'SIGKILL'): boolean } | null },
  profile: string,
): Promise<void> {
  const closed = await withinMs(
    browser.close().then(() => true),
    CLOSE_TIMEOUT_MS,
  );
  if (!closed) browser.process()?.kill('SIGKILL');
  await rm(profile, { recursive: true, force: true });
}
