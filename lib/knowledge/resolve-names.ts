/** Name keys and the rules on names that entity resolution uses. */
import { slugify } from './ids';
import type { Entity, EntityType, MergeReason } from './schema';

/** One entity as one source reported it. */
export interface Member {
  /** The type this source gave it (a merged entity takes its members' most common type). */
  type: EntityType;
  sourceId: string;
  /** Its id inside that source's own extraction. */
  localId: string;
  name: string;
  aliases: string[];
  description?: string;
  date: string | null;
}

/** A merged entity with the members it was made of and why they were joined. */
export interface MergedEntity extends Entity {
  members: Member[];
  /** One per member that joined an existing entity. */
  mergedBecause: MergeReason[];
}

/** Folded for comparing names: case, accents, dots and a leading "the" do not matter. */
export function nameKey(name: string): string {
  return slugify(name.replace(/\./g, '')).replace(/^the-/, '');
}

export const wordsOf = (name: string): string[] => name.split(/\s+/).filter(Boolean);
export const isInitial = (word: string): boolean => /^\p{Lu}\.?$/u.test(word);
/** "U.S.", "EU", "NATO": an acronym names one thing, unlike a single ordinary word. */
const isAcronym = (alias: string): boolean => /^(\p{Lu}\.?){2,}$/u.test(alias.replace(/\s/g, ''));

/** "Bill Clinton" / "Hillary Clinton": no. "J. Smith" / "John Smith": yes. One-word names say nothing. */
export function givenNamesAgree(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.length < 2 || y.length < 2) return true;
  const [first, second] = [nameKey(x[0]), nameKey(y[0])];
  if (first === second) return true;
  if (isInitial(x[0]) || isInitial(y[0])) return first[0] === second[0];
  return false;
}

export const isFullName = (name: string): boolean => {
  const words = wordsOf(name);
  return words.length >= 2 && !isInitial(words[0]!);
};
/** Its members all name it by an initial and a surname ("J. Smith"). */
export const onlyInitials = (group: { members: Member[] }): boolean =>
  group.members.every((m) => isInitial(wordsOf(m.name)[0] ?? ''));
export const surnameKey = (name: string): string => nameKey(wordsOf(name).at(-1) ?? name);
export const typed = (space: string, key: string) => `${space}|${key}`;
export const keyOf = (typedKey: string) => typedKey.slice(typedKey.indexOf('|') + 1);

/**
 * Where a name is looked up: a full name of several words is one person's or body's whichever of the two a
 * source typed it ("Wasim Akram" in a cricket scorecard read as a team); places, and single words, keep their type.
 */
export function keySpace(type: EntityType, name: string): string {
  return type !== 'place' && wordsOf(name).length >= 2 ? 'agent' : type;
}

/** The keys that identify a member surely: its name, its multi-word aliases, and a body's or place's acronyms. */
export function strongKeys(member: Member): string[] {
  const keys = [member.name];
  for (const alias of member.aliases) {
    if (wordsOf(alias).length >= 2 || (member.type !== 'person' && isAcronym(alias))) keys.push(alias);
  }
  const typedKeys = keys.map((name) => typed(keySpace(member.type, name), nameKey(name)));
  return [...new Set(typedKeys.filter((key) => !key.endsWith('|')))];
}

/** The type most of its members were given; a tie keeps the type it had. */
export function majorityType(members: readonly Member[], current: EntityType): EntityType {
  const counts = new Map<EntityType, number>();
  for (const member of members) counts.set(member.type, (counts.get(member.type) ?? 0) + 1);
  let best = current;
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}
