import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFiles } from '../../lib/extract/files';
import type { Entity, EntityType } from '../../lib/knowledge/schema';

/** The built-in knowledge: the entities the extension ships with, extracted from seeds/ as the build does. */
export function seedEntities(seedDir: string): Entity[] {
  const files = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: join(seedDir, name), text: readFileSync(join(seedDir, name), 'utf8'), builtIn: true }));
  return extractFiles(files).entities;
}

/** A small deterministic PRNG (mulberry32): the same pages and names on every run. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka lo mi ra ten vor an bel cas dor el fen gal har is jun kel lin mar nor os pel quin ros sal tor ul ven wen yar zed'.split(
    ' ',
  );
const TYPES: EntityType[] = ['person', 'place', 'organization'];

function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** Many plausible made-up names (two words, with the surname as an alias), to load the matcher. */
export function generatedEntities(count: number, seed = 7): Entity[] {
  const random = randomFrom(seed);
  const word = () => {
    const parts = 2 + Math.floor(random() * 2);
    let out = '';
    for (let i = 0; i < parts; i++) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return capitalized(out);
  };
  const entities: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const first = word();
    const last = word();
    const type = TYPES[i % TYPES.length];
    entities.push({
      id: `${type}:generated-${i}`,
      name: `${first} ${last}`,
      type,
      aliases: type === 'person' ? [last] : [],
      sourceIds: ['source:generated'],
    });
  }
  return entities;
}
