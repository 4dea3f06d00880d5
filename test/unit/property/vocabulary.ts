import fc from 'fast-check';
import type { Entity, EntityType } from '../../../lib/knowledge/schema';
import { TEST_ENTITIES } from '../match/entities';

/** FC_SEED=123 replays one run; FC_RUNS scales every property up or down. */
export function runOptions(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : defaultRuns;
  return seed === undefined ? { numRuns } : { numRuns, seed };
}

function entity(type: EntityType, id: string, name: string, aliases: string[] = []): Entity {
  return { id: `${type}:${id}`, name, type, aliases, sourceIds: ['source:seed'] };
}

/** The seed names plus accents, an inner apostrophe, a shared alias and a symbol inside a name. */
export const ENTITY_POOL: Entity[] = [
  ...TEST_ENTITIES,
  entity('person', 'zoe-angstrom', 'Zoë Ångström', ['Ångström']),
  entity('place', 'sao-paulo', 'São Paulo'),
  entity('person', 'conan-obrien', "Conan O'Brien", ["O'Brien"]),
  entity('person', 'china-smith', 'China Smith', ['China']),
  entity('organization', 'att', 'AT&T'),
];

/** Every spelling a text may carry: names, their parts, other cases, other spaces and apostrophes. */
const NAMES = ENTITY_POOL.flatMap((e) => [e.name, ...e.aliases]);
const NAME_PARTS = ['Jinping', 'Antony', 'Department', 'Hall', 'People', 'United', 'States', 'Paulo', 'Conan', 'Yi'];
const OTHER_CASES = [
  ...['beijing', 'xi', 'XI', 'blinken', 'BEIJING', 'ANTONY BLINKEN', 'china', 'said', 'SAID', 'bush', 'BUSH'],
  ...['Xi jinping', 'SÃO PAULO', 'ZOË ÅNGSTRÖM', 'BeIjInG', 'O’BRIEN', 'U.s.', 'at&t'],
];
const RESPELLED = [
  'Xi\u00a0Jinping',
  'Wang \n Yi',
  'United\tStates',
  'O’Brien',
  'Conan O‘Brien',
  'Department  of Defence',
];
const WORDS = ['the', 'and', 'met', 'He', 'It', 'Critics', 'President', 'said', 'talks', 'in', 'of'];
const SPACES = [' ', ' ', ' ', '\u00a0', '\n', '  ', '\t'];
const PUNCTUATION = ['.', ',', '!', '?', '—', '(', ')', '"', '“', '”', '-', ':', ';', '…', '*'];
/** Glued right after a name, these make it part of a longer word ("Xinhua", "Xi'an") or a possessive. */
const GLUE = ["'s", '’s', "'", '’', "'an", '’sville', 'nhua', 'town', 's', 'x', '2', 'é', 'O’', 'Mc'];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

/** One piece of text; pieces are joined with nothing between them, so names get glued to letters. */
export const tokenArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(NAMES), weight: 10 },
  { arbitrary: pick(NAME_PARTS), weight: 2 },
  { arbitrary: pick(OTHER_CASES), weight: 2 },
  { arbitrary: pick(RESPELLED), weight: 2 },
  { arbitrary: pick(WORDS), weight: 2 },
  { arbitrary: pick(SPACES), weight: 12 },
  { arbitrary: pick(PUNCTUATION), weight: 3 },
  { arbitrary: pick(GLUE), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'abcXYZ'), minLength: 1, maxLength: 3 }), weight: 1 },
);

/** A known name as written, or respelled with other spaces and apostrophes. */
export const nameArb: fc.Arbitrary<string> = fc.oneof(pick(NAMES), pick(RESPELLED));

export const textArb: fc.Arbitrary<string> = fc
  .array(tokenArb, { maxLength: 30, size: 'medium' })
  .map((tokens) => tokens.join(''));

/** Some of the pool, in some order: which names exist and which comes first both change the answer. */
export const entitiesArb: fc.Arbitrary<Entity[]> = fc.shuffledSubarray(ENTITY_POOL, { minLength: 1 });
