import type { Entity, EntityType } from '../knowledge/schema';
import { foldCode, normalizeName } from './chars';
import { COMMON_WORDS } from './common-words';
import { TransitionTable } from './transitions';

/** One spelling of one entity, as it must appear in text. */
export interface NamePattern {
  entityId: string;
  type: EntityType;
  /** Normalized as written: "Xi Jinping", "U.S.". */
  text: string;
  /** All-capitals form ("BEIJING"), or null when that form is not accepted. */
  upper: string | null;
  /** A lone common English word ("Said", "Bush"): needs its capital and must not open a sentence. */
  commonWord: boolean;
}

/**
 * A trie over case-folded names. Matches may only start at word starts, so the scan restarts at each word
 * instead of following failure links: cost grows with the text and the longest name, not the number of names.
 */
export interface Matcher {
  /** Folded UTF-16 code → symbol (0: in no name). */
  readonly symbolOf: Uint16Array;
  readonly symbolCount: number;
  readonly spaceSymbol: number;
  /** Root transitions, dense: symbol → node (0: none). */
  readonly rootNext: Int32Array;
  /** Symbol → 1 when some name starts with it in lower case ("de Gaulle"): other lower-case words can be skipped. */
  readonly lowerCaseStart: Uint8Array;
  /** Deeper transitions: (node, symbol) → node. */
  readonly next: TransitionTable;
  /** Node → the patterns ending there, names before aliases. */
  readonly terminals: Map<number, NamePattern[]>;
  /** Node → 1 when some pattern ends there (a typed-array check in the hot loop). */
  readonly isTerminal: Uint8Array;
  readonly entityTypes: Map<string, EntityType>;
  readonly patternCount: number;
}

/** Shorter names are too ambiguous to highlight ("U", "X"). */
const MIN_NAME_LENGTH = 2;
/** Two-letter names in capitals are mostly other things ("XI" as a numeral, "US" the pronoun in a headline). */
const MIN_UPPERCASE_VARIANT_LENGTH = 3;
const ROOT = 0;

function isCapitalizedWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text);
}

function toPattern(entity: Entity, spelling: string, isCanonical: boolean): NamePattern | null {
  const text = normalizeName(spelling);
  if (text.length < MIN_NAME_LENGTH) return null;
  const commonWord = !isCanonical && isCapitalizedWord(text) && COMMON_WORDS.has(text.toLowerCase());
  const upperForm = text.toUpperCase();
  const upper =
    !commonWord && upperForm !== text && upperForm.length === text.length && text.length >= MIN_UPPERCASE_VARIANT_LENGTH
      ? upperForm
      : null;
  return { entityId: entity.id, type: entity.type, text, upper, commonWord };
}

/** Every name and alias of every entity, compiled once. */
export function compileMatcher(entities: readonly Entity[]): Matcher {
  const patterns: NamePattern[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    for (const [index, spelling] of [entity.name, ...entity.aliases].entries()) {
      const pattern = toPattern(entity, spelling, index === 0);
      const key = pattern && `${pattern.entityId}\u0000${pattern.text}`;
      if (!pattern || !key || seen.has(key)) continue;
      seen.add(key);
      patterns.push(pattern);
    }
  }
  // Canonical names come first so a spelling shared by a name and another entity's alias goes to the name.
  const canonical = new Set(entities.map((e) => `${e.id}\u0000${normalizeName(e.name)}`));
  patterns.sort(
    (a, b) =>
      Number(!canonical.has(`${a.entityId}\u0000${a.text}`)) - Number(!canonical.has(`${b.entityId}\u0000${b.text}`)),
  );

  const symbolOf = new Uint16Array(0x10000);
  let symbolCount = 1;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.text.length; i++) {
      const folded = foldCode(pattern.text.charCodeAt(i));
      if (symbolOf[folded] === 0) symbolOf[folded] = symbolCount++;
    }
  }
  const spaceSymbol = symbolOf[0x20];
  const rootNext = new Int32Array(symbolCount);
  const lowerCaseStart = new Uint8Array(symbolCount);
  for (const pattern of patterns) {
    const first = pattern.text.charCodeAt(0);
    if (foldCode(first) === first) lowerCaseStart[symbolOf[first]] = 1;
  }
  const next = new TransitionTable();
  const terminals = new Map<number, NamePattern[]>();
  let nodeCount = 1;
  for (const pattern of patterns) {
    let node = ROOT;
    for (let i = 0; i < pattern.text.length; i++) {
      const symbol = symbolOf[foldCode(pattern.text.charCodeAt(i))];
      const existing = node === ROOT ? rootNext[symbol] : next.get(node, symbol);
      if (existing !== 0) {
        node = existing;
        continue;
      }
      const created = nodeCount++;
      if (node === ROOT) rootNext[symbol] = created;
      else next.set(node, symbol, created);
      node = created;
    }
    const list = terminals.get(node);
    if (list) list.push(pattern);
    else terminals.set(node, [pattern]);
  }
  const isTerminal = new Uint8Array(nodeCount);
  for (const node of terminals.keys()) isTerminal[node] = 1;
  return {
    isTerminal,
    symbolOf,
    symbolCount,
    spaceSymbol,
    rootNext,
    lowerCaseStart,
    next,
    terminals,
    entityTypes: new Map(entities.map((e) => [e.id, e.type])),
    patternCount: patterns.length,
  };
}
