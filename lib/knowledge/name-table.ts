/** The name table: all a content script needs to find names (no facts, quotes or roles), saved after each change. */
import type { EntityResolver } from './resolve';
import type { Entity, EntityType } from './schema';

/** [id, type, canonical name, ...aliases] */
export type NameEntry = [id: string, type: EntityType, name: string, ...aliases: string[]];

export interface NameTable {
  /** Bumped by every change; a page that holds this revision has nothing to reload. */
  revision: number;
  entries: NameEntry[];
}

export function nameTableOf(resolver: EntityResolver, revision: number): NameTable {
  const entries: NameEntry[] = [];
  for (const entity of resolver.entities()) entries.push([entity.id, entity.type, entity.name, ...entity.aliases]);
  return { revision, entries };
}

/** The name table as entities for the matcher. */
export function entitiesOfNameTable(table: NameTable): Entity[] {
  return table.entries.map(([id, type, name, ...aliases]) => ({ id, type, name, aliases, sourceIds: [] }));
}
