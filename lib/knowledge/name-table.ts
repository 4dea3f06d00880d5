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

/** Word tests the caller has the lists for (extraction's word lists, kept out of this layer). */
export interface NameWordTests {
  /** An everyday word ("security"). */
  isOrdinary?(word: string): boolean;
  /** A given name ("david", "elizabeth"). */
  isGivenName?(word: string): boolean;
  /** An everyday word that is also a name ("China", "Turkey"): a place so called is a name wherever it stands. */
  isAlsoProperNoun?(word: string): boolean;
}

const isOneWord = (text: string) => /^\p{L}+$/u.test(text);

/**
 * The spellings pages may match: a lone given name never (a person known only as "David", or "Andrew" for
 * Andrew Smith ties any David on a page to one person), nor a thing called by an everyday word; every other
 * name and alias.
 */
function matchableSpellings(entity: Entity, tests: NameWordTests): string[] {
  const given = tests.isGivenName ?? (() => false);
  // A thing called by one everyday word the dictionary never lists as a name ("Security", "Other", "Island")
  // is more often a misread than a name: it stays in the reader's knowledge, off their pages.
  const everyday = isOneWord(entity.name) && tests.isOrdinary?.(entity.name) && !tests.isAlsoProperNoun?.(entity.name);
  if (everyday) return [];
  if (entity.type !== 'person') return [entity.name, ...entity.aliases];
  if (isOneWord(entity.name) && given(entity.name)) return [];
  const first = entity.name.split(/\s+/)[0];
  return [entity.name, ...entity.aliases.filter((alias) => !(alias === first && given(alias)))];
}

/** One entity's entry: its id, type and the spellings pages may match (its name first). */
export function nameEntryOf(entity: Entity, spellings = [entity.name, ...entity.aliases]): NameEntry {
  const [name, ...aliases] = spellings as [string, ...string[]];
  return [entity.id, entity.type, name, ...aliases];
}

/** Shorter person names are names first ("Xi", "Li", "Ma"), whatever a dictionary lists. */
const MIN_EVERYDAY_PERSON_NAME = 3;

/**
 * A one-word spelling that is a name before it is a word: a place's own name the dictionary also lists as a
 * name ("China"), or a person's short name that is very short or such a name too ("Xi", "Trump").
 */
function isNameFirst(entity: Entity, spelling: string, tests: NameWordTests): boolean {
  const alsoName = tests.isAlsoProperNoun?.(spelling) ?? false;
  if (entity.type === 'place') return spelling === entity.name && alsoName;
  return entity.type === 'person' && (spelling.length < MIN_EVERYDAY_PERSON_NAME || alsoName);
}

/** Built once per change and saved, so a waking worker and every page read it as it is. */
export function nameTableOf(resolver: EntityResolver, revision: number, tests: NameWordTests = {}): NameTable {
  const entries: NameEntry[] = [];
  const ordinary = new Set<string>();
  for (const entity of resolver.entities()) {
    const spellings = matchableSpellings(entity, tests);
    if (spellings.length === 0) continue;
    entries.push(nameEntryOf(entity, spellings));
    if (!tests.isOrdinary) continue;
    for (const spelling of spellings) {
      if (!isOneWord(spelling) || !tests.isOrdinary(spelling)) continue;
      if (isNameFirst(entity, spelling, tests)) continue;
      ordinary.add(spelling.toLowerCase());
    }
  }
  return { revision, entries, ordinaryWords: [...ordinary] };
}

/** The name table as entities for the matcher. */
export function entitiesOfNameTable(table: NameTable): Entity[] {
  return table.entries.map(([id, type, name, ...aliases]) => ({ id, type, name, aliases, sourceIds: [] }));
}
