import type { KnowledgeBase } from './schema';
import { splitBySource, toStoredSource, upsertSource, validateStoredSource } from './stored-sources';
import {
  CURRENT_SCHEMA_VERSION,
  emptyStoredState,
  type LegacyV1State,
  type StoredSource,
  type StoredState,
} from './stored-state';
import { isRecord, validateKnowledgeBase } from './validate';

export interface MigrationResult {
  value: StoredState;
  /** One line per thing that was wrong, for the reader; empty when all was well. */
  problems: string[];
  /** Unreadable data, to be saved under `corrupt-<timestamp>` by the caller. */
  setAside: unknown[];
  /** True when `value` differs from what is stored and should be written back. */
  changed: boolean;
}

/** Version 1 → 2: each legacy knowledge base becomes one enabled stored source per article it holds. */
function migrateV1(legacy: LegacyV1State, now: Date, problems: string[], setAside: unknown[]): StoredState {
  let sources: StoredSource[] = [];
  legacy.forEach((entry: unknown, i) => {
    const checked = validateKnowledgeBase(entry, `legacy entry ${i}`);
    if (!checked.ok) {
      problems.push(`A saved source could not be read and was set aside: ${checked.reason}`);
      setAside.push(entry);
      return;
    }
    for (const part of splitBySource(checked.value)) {
      if (part.sources[0]?.builtIn) continue; // v1 never stored the bundled seed; nothing to carry over.
      sources = upsertSource(sources, toStoredSource(part, now)).sources;
    }
  });
  return { schemaVersion: 2, sources, seedEnabled: true };
}

/** The current shape, entry by entry: a corrupt entry is set aside, the rest kept. */
function readCurrent(raw: Record<string, unknown>, problems: string[], setAside: unknown[]): StoredState {
  if (!Array.isArray(raw.sources)) {
    problems.push('The saved sources list could not be read and was set aside: sources is not a list');
    setAside.push(raw);
    return emptyStoredState();
  }
  const sources: StoredSource[] = [];
  const seen = new Set<string>();
  raw.sources.forEach((entry: unknown, i) => {
    const checked = validateStoredSource(entry, `sources[${i}]`);
    const duplicate = checked.ok && seen.has(checked.value.source.id);
    if (!checked.ok || duplicate) {
      const reason = checked.ok ? `sources[${i}] repeats source ${checked.value.source.id}` : checked.reason;
      problems.push(`A saved source could not be read and was set aside: ${reason}`);
      setAside.push(entry);
      return;
    }
    seen.add(checked.value.source.id);
    sources.push(checked.value);
  });
  let seedEnabled = true;
  if (typeof raw.seedEnabled === 'boolean') seedEnabled = raw.seedEnabled;
  else if (raw.seedEnabled !== undefined) problems.push('The built-in source switch was unreadable and is on again');
  return { schemaVersion: CURRENT_SCHEMA_VERSION, sources, seedEnabled };
}

/**
 * Turns whatever is stored into the current StoredState. Never drops data silently: anything unreadable is
 * returned in setAside and described in problems; a version newer than this code is refused whole, likewise.
 */
export function migrateStored(raw: unknown, now: Date = new Date()): MigrationResult {
  const problems: string[] = [];
  const setAside: unknown[] = [];
  if (raw === undefined || raw === null) return { value: emptyStoredState(), problems, setAside, changed: false };
  if (Array.isArray(raw)) {
    const value = migrateV1(raw as KnowledgeBase[], now, problems, setAside);
    return { value, problems, setAside, changed: true };
  }
  const version = isRecord(raw) ? raw.schemaVersion : undefined;
  if (!isRecord(raw) || typeof version !== 'number' || !Number.isInteger(version) || version < 2) {
    problems.push('The saved sources were in an unknown format and were set aside');
    return { value: emptyStoredState(), problems, setAside: [raw], changed: true };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    problems.push(
      `The saved sources were written by a newer version of News Context (format ${version}) and were set aside; ` +
        'update the extension to use them',
    );
    return { value: emptyStoredState(), problems, setAside: [raw], changed: true };
  }
  const value = readCurrent(raw, problems, setAside);
  return { value, problems, setAside, changed: problems.length > 0 };
}
