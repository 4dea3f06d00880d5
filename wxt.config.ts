import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import pkg from './package.json';

const GECKO_ID = 'news-context@example.org';
const SEED_MODULE = 'virtual:seed-knowledge';

/** The built-in knowledge base, extracted from seeds/*.txt at build time: never written by hand. */
function seedKnowledge(): Plugin {
  const seedDir = resolve(__dirname, 'seeds');
  return {
    name: 'seed-knowledge',
    resolveId: (id) => (id === SEED_MODULE ? `\0${SEED_MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${SEED_MODULE}`) return undefined;
      const { extractFiles } = await import('./lib/extract/files');
      const files = readdirSync(seedDir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          this.addWatchFile(join(seedDir, name));
          return { path: join(seedDir, name), text: readFileSync(join(seedDir, name), 'utf8'), builtIn: true };
        });
      return `export default ${JSON.stringify(extractFiles(files))};`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Reviewers rebuild from the sources zip: sources and seeds in, local output and screenshots out.
  zip: { excludeSources: ['test-results/**', '.bench/**', 'docs/screenshots/**', 'stats.html'] },
  vite: () => ({ plugins: [preact(), seedKnowledge()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'News Context',
    description: pkg.description,
    version: pkg.version,
    // unlimitedStorage: a heavy reader's 10,000 sources outgrow the default quota (see README).
    // offscreen (Chrome): learned articles are extracted in an offscreen document; the worker cannot load compromise.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      ...(browser === 'chrome' ? ['offscreen'] : []),
    ],
    // Learning asks for one site at a time, from the reader's click. Firefox keeps host access optional; Chrome
    // already has it through the content script's <all_urls>, and answers a request for a site at once.
    ...(browser !== 'firefox'
      ? {}
      : manifestVersion === 3
        ? { optional_host_permissions: ['*://*/*'] }
        : { optional_permissions: ['*://*/*'] }),
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Right' },
        description: 'Go to the next highlighted name and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Left' },
        description: 'Go to the previous highlighted name and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
