/**
 * `npm run --silent extract -- FILE...`: the merged KnowledgeBase of the files as JSON on stdout.
 * `npm run --silent extract -- --sources FILE...`: a JSON array of one-source knowledge bases, one per file.
 */
import { readFileSync, statSync } from 'node:fs';
import { mergeKnowledge } from '../knowledge/merge';
import type { KnowledgeBase } from '../knowledge/schema';
import { ExtractionError } from './errors';
import { checkArticleText, MAX_FILE_BYTES } from './files';
import { extractArticle } from './index';

const USAGE_EXIT = 2;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(USAGE_EXIT);
}

function readArticle(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) fail(`${path}: not a file`);
    size = stat.size;
  } catch {
    fail(`${path}: no such file`);
  }
  if (size > MAX_FILE_BYTES) fail(`${path}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (size === 0) fail(`${path}: file is empty`);
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${path}: file is binary or not UTF-8 text`);
  }
}

const USAGE = 'usage: npm run --silent extract -- [--sources] FILE...';

function main(args: string[]): void {
  const perSource = args[0] === '--sources';
  const paths = perSource ? args.slice(1) : args;
  if (paths.length === 0 || paths.some((path) => path.startsWith('--'))) fail(USAGE);
  const bases: KnowledgeBase[] = [];
  for (const path of paths) {
    const text = readArticle(path);
    try {
      checkArticleText(text);
      bases.push(extractArticle({ text, builtIn: false }));
    } catch (error) {
      if (error instanceof ExtractionError) fail(`${path}: ${error.message}`);
      fail(`${path}: could not extract (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  process.stdout.write(`${JSON.stringify(perSource ? bases : mergeKnowledge(bases), null, 2)}\n`);
}

main(process.argv.slice(2));
