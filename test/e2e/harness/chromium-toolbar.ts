import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Extension, type Page } from 'puppeteer-core';
import { CHROMIUM_BUILD, CHROMIUM_PATH, chromiumArgs } from './chromium';
import { type BrowserDriver, closePuppeteerBrowser, type LaunchOptions, VIEWPORT } from './driver';
import { type PageHandle, puppeteerPage } from './page-handle';

const POPUP_TIMEOUT_MS = 10_000;

/**
 * Chromium driven by puppeteer over a pipe, so the toolbar button can be pressed as a person would: the popup it
 * opens gets the activeTab grant for the page, with the shipped manifest unchanged (see ../shared/E2E.md).
 */
export async function launchChromiumWithToolbar(options: LaunchOptions): Promise<BrowserDriver> {
  const profile = await mkdtemp(join(tmpdir(), 'news-context-e2e-chromium-toolbar-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    enableExtensions: options.withExtension ? [CHROMIUM_BUILD] : false,
    args: chromiumArgs(options.proxy),
  });
  let extension: Extension | undefined;
  if (options.withExtension) {
    const deadline = Date.now() + POPUP_TIMEOUT_MS;
    while (!extension && Date.now() < deadline) {
      extension = [...(await browser.extensions()).values()][0];
      if (!extension) await new Promise((done) => setTimeout(done, 100));
    }
    if (!extension) throw new Error('Chromium did not load the extension');
  }
  const pages = new WeakMap<PageHandle, Page>();
  const handleOf = (page: Page) => {
    const handle = puppeteerPage(page);
    pages.set(handle, page);
    return handle;
  };
  return {
    name: 'chromium',
    extensionBase: extension ? `chrome-extension://${extension.id}/` : null,
    async newPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return handleOf(page);
    },
    async openToolbarPopup(handle) {
      const page = pages.get(handle);
      if (!page || !extension) throw new Error('openToolbarPopup needs a page opened by this driver');
      await page.bringToFront();
      await page.triggerExtensionAction(extension);
      const target = await browser.waitForTarget((t) => t.url().includes('/popup.html'), {
        timeout: POPUP_TIMEOUT_MS,
      });
      const popup = await target.asPage();
      await popup.waitForFunction(() => document.readyState === 'complete', { timeout: POPUP_TIMEOUT_MS });
      return handleOf(popup);
    },
    close: () => closePuppeteerBrowser(browser, profile),
  };
}
