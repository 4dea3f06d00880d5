/**
 * Export and import files. Version 2 keeps each source's own extraction, its switch and when it was added, so
 * export → import gives back exactly what was stored. Import also reads version 1 (one merged knowledge base),
 * a bare knowledge base, and the array of one-source bases that `npm run extract -- --sources` prints.
 */
import type { KnowledgeBase } from './schema';
import { splitBySource } from './stored-sources';
import { isRecord, shown, type Validated, validateKnowledgeBase } from './validate';

export const KNOWLEDGE_FILE_FORMAT = 'news-context-knowledge';
export const KNOWLEDGE_FILE_VERSION = 2;
/** About 30,000 articles' knowledge: beyond that a file is not one of ours. */
export const MAX_KNOWLEDGE_FILE_CHARS = 100_000_000;

/** One source as a file carries it. */
export interface SourceImport {
  knowledge: KnowledgeBase;
  enabled?: boolean;
  addedAt?: string;
  /** The site it was learned on, when it added itself (see lib/learn). */
  learnedFrom?: string;
  textHash?: string;
}

export interface KnowledgeFileV2 {
  format: typeof KNOWLEDGE_FILE_FORMAT;
  version: 2;
  exportedAt: string;
  sources: SourceImport[];
}

export function knowledgeFileText(sources: SourceImport[], exportedAt: Date): string {
  const file: KnowledgeFileV2 = {
    format: KNOWLEDGE_FILE_FORMAT,
    version: KNOWLEDGE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    sources,
  };
  return JSON.stringify(file);
}

const asImports = (knowledge: KnowledgeBase): SourceImport[] =>
  splitBySource(knowledge).map((part) => ({ knowledge: part }));

/** One item of a file or an import message: a knowledge base, or one wrapped with its switch and date. */
export function readImportItem(item: unknown, path: string): Validated<SourceImport[]> {
  const wrapped = isRecord(item) && 'knowledge' in item;
  const checked = validateKnowledgeBase(wrapped ? item.knowledge : item, path);
  if (!checked.ok) return checked;
  const parts = asImports(checked.value);
  for (const part of parts) {
    if (wrapped && typeof item.enabled === 'boolean') part.enabled = item.enabled;
    if (wrapped && typeof item.addedAt === 'string') part.addedAt = item.addedAt;
    if (wrapped && typeof item.learnedFrom === 'string') part.learnedFrom = item.learnedFrom;
    if (wrapped && typeof item.textHash === 'string') part.textHash = item.textHash;
  }
  return { ok: true, value: parts };
}

/** Every part must be valid: a wrong or partial file is refused whole, so nothing stored changes. */
function readParts(items: unknown[], path: string, offset = 0): Validated<SourceImport[]> {
  const parts: SourceImport[] = [];
  for (const [i, item] of items.entries()) {
    const read = readImportItem(item, `${path}[${offset + i}]`);
    if (!read.ok) return read;
    parts.push(...read.value);
  }
  return { ok: true, value: parts };
}

/** A file's items before they are checked: each a knowledge base, or one wrapped with its switch and date. */
export interface FileItems {
  items: unknown[];
  /** Where they sit in the file, for messages: "sources", "knowledge", or "" for a bare knowledge base. */
  path: string;
}

/** Reads the file's shape (format, version, where its sources are); the sources themselves are checked after. */
export function readKnowledgeFile(text: string): Validated<FileItems> {
  if (text.length > MAX_KNOWLEDGE_FILE_CHARS) {
    return { ok: false, reason: `too large: ${text.length} characters, at most ${MAX_KNOWLEDGE_FILE_CHARS}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (Array.isArray(raw)) return { ok: true, value: { items: raw, path: 'sources' } };
  if (!isRecord(raw) || !('format' in raw)) return { ok: true, value: { items: [raw], path: '' } };
  if (raw.format !== KNOWLEDGE_FILE_FORMAT) {
    return { ok: false, reason: `not a News Context knowledge file: format is ${shown(raw.format)}` };
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return { ok: false, reason: `version is not a positive whole number: ${shown(raw.version)}` };
  }
  if (raw.version > KNOWLEDGE_FILE_VERSION) {
    return {
      ok: false,
      reason: `made by a newer version of News Context (file version ${raw.version}, this one reads up to ${KNOWLEDGE_FILE_VERSION})`,
    };
  }
  if (raw.version === 1) return { ok: true, value: { items: [raw.knowledge], path: 'knowledge' } };
  if (!Array.isArray(raw.sources)) return { ok: false, reason: `sources is not a list: ${shown(raw.sources)}` };
  return { ok: true, value: { items: raw.sources, path: 'sources' } };
}

/** Checks items from..to of a file; a single item is named by the path alone ("knowledge.quotes[0]…"). */
export function checkFileItems(file: FileItems, from = 0, to = file.items.length): Validated<SourceImport[]> {
  if (file.items.length === 1 && file.path !== 'sources') return readImportItem(file.items[0], file.path);
  return readParts(file.items.slice(from, to), file.path, from);
}

/** The whole file, read and checked at once (tests, small files). */
export function parseKnowledgeFile(text: string): Validated<SourceImport[]> {
  const file = readKnowledgeFile(text);
  if (!file.ok) return file;
  return checkFileItems(file.value);
}
