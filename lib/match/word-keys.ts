/**
 * Folded words of a text. An iframe sends the words it holds and gets back only the names that could occur in
 * it (a name's first word must be among them): a frame never receives, nor compiles, the whole name table.
 */
import type { NameEntry, NameTable } from '../knowledge/name-table';
import { foldCode, isIgnorableCode, isSpacedWordCode, isSpacelessWordCode } from './chars';

/** Adds the text's words, folded as the matcher folds them ("Xi's" → "xi", "s"), to into. */
export function addWordKeys(text: string, into: Set<string>): Set<string> {
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorableCode(code)) continue;
    if (isSpacedWordCode(code)) {
      word += String.fromCharCode(foldCode(code));
      continue;
    }
    if (word) into.add(word);
    word = '';
    // Han, Kana and Hangul run words together: each character may open a name.
    if (isSpacelessWordCode(code)) into.add(String.fromCharCode(code));
  }
  if (word) into.add(word);
  return into;
}

export function firstWordKey(name: string): string | null {
  const [first] = addWordKeys(name, new Set());
  return first ?? null;
}

/** Entries by the first word of each of their spellings; built once per name table. */
export function indexByFirstWord(table: NameTable): Map<string, NameEntry[]> {
  const index = new Map<string, NameEntry[]>();
  for (const entry of table.entries) {
    const keys = new Set(entry.slice(2).map((spelling) => firstWordKey(spelling as string)));
    for (const key of keys) {
      if (key === null) continue;
      const entries = index.get(key) ?? [];
      entries.push(entry);
      index.set(key, entries);
    }
  }
  return index;
}

/** The entries any of whose spellings starts with one of the words. */
export function entriesForWords(index: Map<string, NameEntry[]>, words: Iterable<string>): NameEntry[] {
  const found = new Set<NameEntry>();
  for (const word of words) for (const entry of index.get(word) ?? []) found.add(entry);
  return [...found];
}
