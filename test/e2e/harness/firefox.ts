import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { type BrowserDriver, closePuppeteerBrowser, type LaunchOptions, VIEWPORT } from './driver';
import { puppeteerPage } from './page-handle';

/** .output/firefox-mv3 by default; E2E_FIREFOX_BUILD=firefox-mv2 (or any folder) tests another package. */
export const FIREFOX_BUILD = resolve(
  import.meta.dirname,
  '../../../.output',
  process.env.E2E_FIREFOX_BUILD ?? 'firefox-mv3',
);
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const GECKO_ID = 'news-context@example.org';
/** Pinned so extension pages have a known moz-extension:// origin. */
const EXTENSION_UUID = '6d1c0b5e-3f0a-4c55-9d8e-0e2e5c0a7e11';
/** layout.css.prefers-color-scheme.content-override: what pages see as prefers-color-scheme. */
const CONTENT_SCHEME = { dark: 0, light: 1 } as const;
/** Polling for extension pages, whose load event never reaches WebDriver BiDi. */
const PAGE_LOAD_POLL_MS = 50;
const PAGE_LOAD_TIMEOUT_MS = 15_000;

/** Firefox ESR over WebDriver BiDi, with the build installed as a temporary add-on when asked. */
export async function launchFirefox(options: LaunchOptions): Promise<BrowserDriver> {
  const profile = await mkdtemp(join(tmpdir(), 'news-context-e2e-firefox-'));
  const { host, port } = options.proxy;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'layout.css.prefers-color-scheme.content-override': CONTENT_SCHEME[options.colorScheme],
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': port,
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': port,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      // permissions.request is granted without the doorhanger a person would click (no UI to click headless).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  let extensionBase: string | null = null;
  if (options.withExtension) {
    await browser.installExtension(FIREFOX_BUILD);
    extensionBase = `moz-extension://${EXTENSION_UUID}/`;
  }
  return {
    name: 'firefox',
    extensionBase,
    async newPage(url) {
      const page = await browser.newPage();
      if (url.startsWith('moz-extension:')) await openExtensionPage(page, url);
      else await page.goto(url);
      return puppeteerPage(page);
    },
    close: () => closePuppeteerBrowser(browser, profile),
  };
}

/** Starts the navigation without awaiting it (its load event never reports) and polls the document instead. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + PAGE_LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    await new Promise((done) => setTimeout(done, PAGE_LOAD_POLL_MS));
  }
  throw new Error(`Firefox did not load ${url} within ${PAGE_LOAD_TIMEOUT_MS} ms`);
}
