/**
 * The heavy reader: every CoNLL-2003 eng.train document rebuilt as an article (articleText) and extracted as its own
 * source (url https://conll.example/doc-N, the dateline's date), cached in .output/eval-cache/ by the contents of
 * lib/extract, the corpus file and the document count, so a change to extraction extracts again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ExtractionError, extractArticle } from '../../lib/extract';
import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { type ConllDocument, conllArticle, readConll } from './conll';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const ENG_TRAIN = join(CORPUS, 'conll2003/eng.train');
const CACHE_DIR = resolve(ROOT, '.output/eval-cache');

/** One document of the heavy reader: its gold, its article text and its extraction (null: extraction refused it). */
export interface HeavySource {
  doc: ConllDocument;
  url: string;
  text: string;
  base: KnowledgeBase | null;
}

const urlOf = (doc: ConllDocument) => `https://conll.example/doc-${doc.index}`;

/** "ROME 1996-12-06", "AKRON , Ohio 1996-08-22": a short line ending in a date (the second or third sentence). */
export function datelineDate(doc: ConllDocument): string | null {
  for (const tokens of doc.sentences.slice(1, 3)) {
    const last = tokens.at(-1)?.text ?? '';
    if (tokens.length <= 8 && /^(?:19|20)\d\d-\d\d-\d\d$/.test(last)) return last;
  }
  return null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
    )
    .sort();
}

/** What extraction depends on: every file of lib/extract (committed or not) and the ids it makes. */
function extractionVersion(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(ROOT, 'lib/extract')), join(ROOT, 'lib/knowledge/ids.ts')]) {
    hash.update(file.slice(ROOT.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export function heavyReader(log: (line: string) => void = () => {}, file = ENG_TRAIN): HeavySource[] {
  const docs = readConll(readFileSync(file, 'utf8'));
  const stat = statSync(file);
  const key = `heavy-${stat.size}-${docs.length}-${extractionVersion()}.json`;
  const cached = join(CACHE_DIR, key);
  let bases: (KnowledgeBase | null)[];
  if (existsSync(cached)) {
    log(`extractions from ${cached}`);
    bases = JSON.parse(readFileSync(cached, 'utf8')) as (KnowledgeBase | null)[];
  } else {
    log(`extracting ${docs.length} documents (cached in ${CACHE_DIR})…`);
    const started = performance.now();
    bases = docs.map((doc) => {
      try {
        return extractArticle({ text: conllArticle(doc).text, url: urlOf(doc), date: datelineDate(doc) });
      } catch (error) {
        if (error instanceof ExtractionError) return null;
        throw error;
      }
    });
    log(`extracted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, JSON.stringify(bases));
  }
  return docs.map((doc, i) => ({ doc, url: urlOf(doc), text: conllArticle(doc).text, base: bases[i] }));
}
