import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { type BrowserDriver, CLOSE_TIMEOUT_MS, type LaunchOptions, VIEWPORT, withinMs } from './driver';
import { playwrightPage } from './page-handle';

/** .output/chrome-mv3, or the folder in E2E_CHROMIUM_BUILD. */
export const CHROMIUM_BUILD = resolve(
  import.meta.dirname,
  '../../../.output',
  process.env.E2E_CHROMIUM_BUILD ?? 'chrome-mv3',
);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium in new headless mode, with the unpacked build loaded when asked. */
export async function launchChromium(options: LaunchOptions): Promise<BrowserDriver> {
  const profile = await mkdtemp(join(tmpdir(), 'news-context-e2e-chromium-'));
  const extensionArgs = options.withExtension
    ? [`--disable-extensions-except=${CHROMIUM_BUILD}`, `--load-extension=${CHROMIUM_BUILD}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    colorScheme: options.colorScheme,
    args: [...extensionArgs, ...chromiumArgs(options.proxy)],
  });
  let extensionBase: string | null = null;
  if (options.withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  return {
    name: 'chromium',
    extensionBase,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return playwrightPage(page);
    },
    async close() {
      const closed = await withinMs(
        context.close().then(() => true),
        CLOSE_TIMEOUT_MS,
      );
      if (!closed) killProcessesUsing(profile);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Last resort when Chromium hangs on close: kill, by pid, the processes started with this profile. */
function killProcessesUsing(profile: string): void {
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // The process ended meanwhile.
    }
  }
}

/** Every Chromium the tests launch: through the network guard, and quiet (no sync, updates or first-run UI). */
export function chromiumArgs(proxy: { host: string; port: number }): string[] {
  return [
    `--proxy-server=http://${proxy.host}:${proxy.port}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
