import type { Entity, EntityType } from '../../../lib/knowledge/schema';

function entity(type: EntityType, name: string, aliases: string[] = []): Entity {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `${type}:${slug}`, name, type, aliases, sourceIds: ['source:seed'] };
}

/** Names from the seed article, plus surnames that are also English words. */
export const TEST_ENTITIES: Entity[] = [
  entity('person', 'Antony Blinken', ['Blinken']),
  entity('person', 'Xi Jinping', ['Xi']),
  entity('person', 'Wang Yi', ['Wang']),
  entity('person', 'Joe Biden', ['Biden']),
  entity('person', 'Edward Said', ['Said']),
  entity('person', 'George Bush', ['Bush']),
  entity('place', 'United States', ['U.S.']),
  entity('place', 'China'),
  entity('place', 'Beijing'),
  entity('place', 'Taiwan'),
  entity('organization', 'Department of Defence', ['Defence']),
  entity('organization', 'Great Hall of the People'),
];
