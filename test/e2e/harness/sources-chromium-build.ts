import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Import this module before ./session: it points E2E_CHROMIUM_BUILD at a copy of the Chromium build whose
 * manifest also holds host_permissions for the test server.
 *
 * Why: "Add this article" runs scripting.executeScript under activeTab, which Chromium grants only when the
 * reader clicks the toolbar button. Tests open popup.html in a tab, where no activeTab grant exists, and
 * Chromium does not count the content script's <all_urls> match as host access for the scripting API
 * ("Cannot access contents of the page. Extension manifest must request permission to access the respective
 * host."). The extra host permission stands in for that one grant. Firefox MV3 needs nothing: it grants the
 * content script's <all_urls> at install, and scripting.executeScript works from popup.html in a tab.
 */
const TEST_SERVER_ORIGIN = 'http://127.0.0.1/*';

function copyWithHostAccess(build: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'news-context-e2e-sources-build-'));
  cpSync(build, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_SERVER_ORIGIN];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
  return copy;
}

const wantsChromium = (process.env.E2E_BROWSERS ?? 'chromium').includes('chromium');
if (wantsChromium) {
  const chosen = process.env.E2E_CHROMIUM_BUILD;
  process.env.E2E_CHROMIUM_BUILD = copyWithHostAccess(
    resolve(import.meta.dirname, '../../../.output', chosen ?? 'chrome-mv3'),
  );
  // chromium.ts reads the variable once, when loaded: load it now, then put the variable back for other spec files.
  await import('./chromium');
  if (chosen === undefined) delete process.env.E2E_CHROMIUM_BUILD;
  else process.env.E2E_CHROMIUM_BUILD = chosen;
}
