// Prints where the built packages are, after `npm run build`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

for (const target of ['chrome-mv3', 'firefox-mv3', 'firefox-mv2']) {
  const dir = resolve('.output', target);
  console.log(`${existsSync(dir) ? '✔' : '✘'} ${target.padEnd(12)} ${dir}`);
}
