import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** One tab, the same for both browsers. Functions given to evaluate run in the page's main world. */
export interface PageHandle {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A key name as both tools spell it: 'Escape', 'Tab', 'ArrowDown'. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  setViewportSize(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /** A popup closes itself when it loses focus (Chromium, on a permission prompt). */
  isClosed(): boolean;
}

/** Steps a mouse move takes, so the page sees a real path of pointermove events. */
const MOUSE_STEPS = 5;

export function playwrightPage(page: PlaywrightPage): PageHandle {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: MOUSE_STEPS }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    bringToFront: () => page.bringToFront(),
    setViewportSize: (width, height) => page.setViewportSize({ width, height }),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
    isClosed: () => page.isClosed(),
  };
}

export function puppeteerPage(page: PuppeteerPage): PageHandle {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: MOUSE_STEPS }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    setViewportSize: (width, height) => page.setViewport({ width, height }),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
    isClosed: () => page.isClosed(),
  };
}
