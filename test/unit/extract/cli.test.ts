import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/index';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...paths: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/extract/cli.ts', ...paths], { cwd: ROOT, encoding: 'utf8' });

describe('extract CLI', () => {
  it('prints one merged knowledge base for several files', () => {
    const a = file(
      'a.txt',
      'date 2024-01-02\nMayor Ana Silva opened the bridge in Porto on Monday, the first in a decade.',
    );
    const b = file('b.txt', 'Silva said the bridge cost 40 million euros. "It is ours," Silva said.');
    const result = run(a, b);
    expect(result.status).toBe(0);
    const kb = JSON.parse(result.stdout);
    expect(kb.sources).toHaveLength(2);
    expect(
      kb.entities.filter((e: { name: string }) => e.name.includes('Silva')).map((e: { name: string }) => e.name),
    ).toEqual(['Ana Silva']);
  });

  it('prints one knowledge base per file with --sources, each exactly what extraction gives', () => {
    const texts = [
      'date 2024-01-02\nMayor Ana Silva opened the bridge in Porto on Monday, the first in a decade.',
      'Silva said the bridge cost 40 million euros. "It is ours," Silva said.',
    ];
    const result = run('--sources', file('s1.txt', texts[0]), file('s2.txt', texts[1]));
    expect(result.status).toBe(0);
    const bases = JSON.parse(result.stdout);
    expect(bases).toEqual(texts.map((text) => extractArticle({ text, builtIn: false })));
    for (const kb of bases) expect(kb.sources).toHaveLength(1);
  });

  it.each([
    ['--sources without files', () => ['--sources']],
    ['an unknown flag', () => ['--merge', file('c.txt', 'Ana Silva opened the bridge in Porto on Monday.')]],
  ])('refuses %s with the usage line and exit code 2', (_, args) => {
    const result = run(...args());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^extract: usage: .*--sources/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', ''), /file is empty/],
    ['a binary file', () => file('bin.txt', Buffer.from([0x61, 0x00, 0x62])), /binary/],
    ['invalid UTF-8', () => file('bad.txt', Buffer.from([0xff, 0xfe, 0x41])), /binary or not UTF-8/],
    ['text with no sentences', () => file('nos.txt', '1 2 3\n---\n'), /no sentences/],
    ['a file over 5 MB', () => file('big.txt', 'word '.repeat(1_100_000)), /larger than 5 MB/],
  ])('refuses %s with one line on stderr and exit code 2', (_, make, message) => {
    const result = run(make());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^extract: /);
    expect(result.stderr).toMatch(message);
  });
});
