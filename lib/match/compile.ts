import type { Entity, EntityType } from '../knowledge/schema';
import { foldCode } from './chars';
import type { NamePattern } from './patterns';
import { isAmbiguousId, namePatterns, type PatternOptions } from './patterns';
import { TransitionTable } from './transitions';

export type { NamePattern } from './patterns';

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

const ROOT = 0;

/** Every name and alias of every entity, compiled once. */
export function compileMatcher(entities: readonly Entity[], options: PatternOptions = {}): Matcher {
  const patterns = namePatterns(entities, options);
  const entityTypes = new Map(entities.map((e) => [e.id, e.type]));
  for (const pattern of patterns) if (isAmbiguousId(pattern.entityId)) entityTypes.set(pattern.entityId, pattern.type);

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
    entityTypes,
    patternCount: patterns.length,
  };
}
