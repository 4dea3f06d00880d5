/**
 * The spellings the matcher looks for, and how each may appear: an ordinary word only capitalised mid-sentence,
 * never in a headline's capitals, and a short form several people share as one ambiguous pattern the page resolves.
 */
import type { Entity, EntityType } from '../knowledge/schema';
import { normalizeName } from './chars';
import { COMMON_WORDS, FUNCTION_WORDS } from './common-words';

/** One spelling of one entity (or of several, when ambiguous), as it must appear in text. */
export interface NamePattern {
  entityId: string;
  type: EntityType;
  /** Normalized as written: "Xi Jinping", "U.S.". */
  text: string;
  /** All-capitals form ("BEIJING"), or null when that form is not accepted. */
  upper: string | null;
  /** A lone ordinary word ("Said", "Bush", "Security"): needs its capital, must not open a sentence nor a longer name. */
  commonWord: boolean;
  /** A person's one-word name ("Smith", "Ross"): never part of someone else's full name on the page. */
  shortForm: boolean;
  /**
   * People whose short form this place's or body's one-word name also is ("Clinton"): the page may mean one of
   * them, when it last named them in full with that word.
   */
  alternatives?: readonly string[];
}

export interface PatternOptions {
  /** Lower-case single words that are everyday English (the background knows the word list; pages do not). */
  ordinaryWords?: ReadonlySet<string>;
}

/** Shorter names are too ambiguous to highlight ("U", "X"). */
const MIN_NAME_LENGTH = 2;
/** Two-letter names in capitals are mostly other things ("XI" as a numeral, "US" the pronoun in a headline). */
const MIN_UPPERCASE_VARIANT_LENGTH = 3;
const AMBIGUOUS_PREFIX = 'ambiguous:';

/** "ambiguous:person:bill-clinton|person:hillary-rodham-clinton": a short form several people share. */
export const isAmbiguousId = (id: string): boolean => id.startsWith(AMBIGUOUS_PREFIX);
export const ambiguousId = (ids: readonly string[]): string => `${AMBIGUOUS_PREFIX}${[...ids].sort().join('|')}`;
export const candidatesOf = (id: string): string[] =>
  isAmbiguousId(id) ? id.slice(AMBIGUOUS_PREFIX.length).split('|') : [id];

const isCapitalizedWord = (text: string) => /^\p{Lu}\p{Ll}+$/u.test(text);
const isOneWord = (text: string) => !/\s/.test(text);

function toPattern(entity: Entity, text: string, isCanonical: boolean, options: PatternOptions): NamePattern | null {
  if (text.length < MIN_NAME_LENGTH) return null;
  const lower = text.toLowerCase();
  // "An" for "An Marchal" in the one article that called her so would light every "An" of a title-case headline
  if (!isCanonical && FUNCTION_WORDS.has(lower) && !isAcronymOf(text, entity.name)) return null;
  // An ordinary word as a name is one only where its capital shows it (the background leaves real places such as
  // "China" out of the list); an acronym of its own entity ("US") is always a name.
  const ordinary = isOneWord(text) && !isAcronymOf(text, entity.name) && (options.ordinaryWords?.has(lower) ?? false);
  const commonWord = isCapitalizedWord(text) && (ordinary || (!isCanonical && COMMON_WORDS.has(lower)));
  // An ordinary word in capitals is a headline's word ("NO", "FOR", "SECURITY"), not a name.
  if (ordinary && !isCapitalizedWord(text)) return null;
  const upperForm = text.toUpperCase();
  const upper =
    !commonWord && upperForm !== text && upperForm.length === text.length && text.length >= MIN_UPPERCASE_VARIANT_LENGTH
      ? upperForm
      : null;
  const shortForm = entity.type === 'person' && isOneWord(text);
  return { entityId: entity.id, type: entity.type, text, upper, commonWord, shortForm };
}

/** "US" for "United States", "WHO" for "World Health Organization": an acronym, never an everyday word. */
function isAcronymOf(alias: string, name: string): boolean {
  const letters = alias.replace(/\./g, '');
  if (!/^\p{Lu}{2,}$/u.test(letters)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]);
  return initials.join('') === letters;
}

/** Every pattern, canonical names first; a one-word short form shared by several people becomes one ambiguous pattern. */
export function namePatterns(entities: readonly Entity[], options: PatternOptions = {}): NamePattern[] {
  const canonical: NamePattern[] = [];
  const aliases: NamePattern[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    for (const [index, spelling] of [entity.name, ...entity.aliases].entries()) {
      // A short form is here only when the article itself used it ("Xi", "Blinken"): extraction decides that.
      const text = normalizeName(spelling);
      const pattern = toPattern(entity, text, index === 0, options);
      const key = pattern && `${pattern.entityId}\u0000${pattern.text}`;
      if (!pattern || !key || seen.has(key)) continue;
      seen.add(key);
      (index === 0 ? canonical : aliases).push(pattern);
    }
  }
  return groupShared([...canonical, ...aliases], canonical);
}

/**
 * A one-word spelling several people hold ("Clinton") becomes one ambiguous pattern naming them all: the
 * annotator picks the one the page names in full, or shows them all. When a place or body has it as its own
 * name, that name keeps it, with the people as alternatives the page may mean instead.
 */
function groupShared(patterns: NamePattern[], canonical: NamePattern[]): NamePattern[] {
  const ownerOf = new Map<string, NamePattern>();
  for (const pattern of canonical) {
    if (pattern.type !== 'person' && !ownerOf.has(pattern.text)) ownerOf.set(pattern.text, pattern);
  }
  const people = new Map<string, NamePattern[]>();
  for (const pattern of patterns) {
    if (pattern.type !== 'person' || !isOneWord(pattern.text)) continue;
    people.set(pattern.text, [...(people.get(pattern.text) ?? []), pattern]);
  }
  const merged = new Map<string, NamePattern>();
  for (const [text, sharing] of people) {
    const ids = sharing.map((p) => p.entityId);
    const owner = ownerOf.get(text);
    if (owner) merged.set(text, { ...owner, alternatives: ids });
    else if (sharing.length > 1) {
      merged.set(text, { ...sharing[0]!, entityId: ambiguousId(ids), commonWord: sharing.some((p) => p.commonWord) });
    }
  }
  const placed = new Set<string>();
  return patterns.flatMap((pattern) => {
    const one = merged.get(pattern.text);
    if (!one || (pattern.type !== 'person' && ownerOf.get(pattern.text) !== pattern)) return [pattern];
    if (placed.has(pattern.text)) return [];
    placed.add(pattern.text);
    return [one];
  });
}
