/** The name table: all a content script needs to find names (no facts, quotes or roles), saved after each change. */
import type { EntityResolver } from './resolve';
import type { Entity, EntityType } from './schema';

/** [id, type, canonical name, ...aliases] */
export type NameEntry = [id: string, type: EntityType, name: string, ...aliases: string[]];

export interface NameTable {
  /** Bumped by every change; a page that holds this revision has nothing to reload. */
  revision: number;
  entries: NameEntry[];
  /** Its one-word spellings that are everyday words, lower case: pages match them only capitalised mid-sentence. */
  ordinaryWords?: string[];
}

/** Tells an everyday word ("security") from a name; given by the caller, which has the word list. */
export type OrdinaryWordTest = (word: string) => boolean;

/** Built once per change and saved, so a waking worker and every page read it as it is. */
export function nameTableOf(resolver: EntityResolver, revision: number, isOrdinary?: OrdinaryWordTest): NameTable {
  const entries: NameEntry[] = [];
  const ordinary = new Set<string>();
  for (const entity of resolver.entities()) {
    entries.push([entity.id, entity.type, entity.name, ...entity.aliases]);
    if (!isOrdinary) continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      if (/^\p{L}+$/u.test(spelling) && isOrdinary(spelling)) ordinary.add(spelling.toLowerCase());
    }
  }
  return { revision, entries, ordinaryWords: [...ordinary] };
}

/** The name table as entities for the matcher. */
export function entitiesOfNameTable(table: NameTable): Entity[] {
  return table.entries.map(([id, type, name, ...aliases]) => ({ id, type, name, aliases, sourceIds: [] }));
}
