import { migrateStored } from './migrate';
import type { KnowledgeBase } from './schema';
import { splitBySource, summariseSources, toStoredSource, upsertSource } from './stored-sources';
import {
  CORRUPT_KEY_PREFIX,
  CURRENT_SCHEMA_VERSION,
  corruptKey,
  SOURCES_KEY,
  type SourceSummary,
  type StorageAreaLike,
  type StoredState,
} from './stored-state';
import { knowledgeFileText, parseKnowledgeFile, validateKnowledgeBase } from './validate';

/** Data set aside by an earlier load, still kept under its `corrupt-<timestamp>` key. */
export interface SetAsideReport {
  key: string;
  problems: string[];
}

export type StoreResult = { ok: true } | { ok: false; reason: string };
export type AddResult =
  | { ok: true; added: number; replaced: number; skippedBuiltIn: number }
  | { ok: false; reason: string };

interface SourceStoreOptions {
  area: StorageAreaLike;
  /** The bundled built-in knowledge; never stored, only its on/off switch is. */
  seed: KnowledgeBase;
  now?: () => Date;
}

/**
 * The reader's own sources in one storage key. Every operation reads, migrates, and writes back with one
 * set() call, so a failure never leaves half an operation stored and set-aside data is saved in the same call.
 */
export class SourceStore {
  private readonly area: StorageAreaLike;
  private readonly seed: KnowledgeBase;
  private readonly now: () => Date;
  private readonly seedIds: Set<string>;
  private writes: Promise<unknown> = Promise.resolve();

  constructor({ area, seed, now = () => new Date() }: SourceStoreOptions) {
    this.area = area;
    this.seed = seed;
    this.now = now;
    this.seedIds = new Set(seed.sources.map((source) => source.id));
  }

  /** Reads the stored state, migrating it and saving anything unreadable under `corrupt-<timestamp>`. */
  async load(): Promise<{ state: StoredState; problems: string[] }> {
    const { state, problems, pending } = await this.read();
    if (!Object.keys(pending).length) return { state, problems };
    try {
      await this.area.set(pending);
    } catch (error) {
      // The unreadable data is still under SOURCES_KEY untouched, so nothing is lost; say so and go on.
      problems.push(`Could not save the cleaned-up sources: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { state, problems };
  }

  /** Adds extracted knowledge; the same article (same id or URL) again replaces its earlier copy. */
  async addSource(knowledge: KnowledgeBase): Promise<AddResult> {
    const checked = validateKnowledgeBase(knowledge);
    if (!checked.ok) return { ok: false, reason: `The extracted knowledge is invalid: ${checked.reason}` };
    if (checked.value.sources.length === 0) return { ok: false, reason: 'The extracted knowledge names no source' };
    return this.addAll(checked.value);
  }

  /** Imports an exported file. A wrong or partial file is refused whole, and nothing stored changes. */
  async importKnowledge(text: string): Promise<AddResult> {
    const parsed = parseKnowledgeFile(text);
    if (!parsed.ok) return { ok: false, reason: `This file cannot be imported: ${parsed.reason}` };
    if (parsed.value.sources.length === 0)
      return { ok: false, reason: 'This file cannot be imported: it holds no source' };
    return this.addAll(parsed.value);
  }

  async removeSource(id: string): Promise<StoreResult> {
    if (this.seedIds.has(id))
      return { ok: false, reason: 'The built-in source cannot be removed; switch it off instead' };
    return this.update((state) => {
      const sources = state.sources.filter((stored) => stored.source.id !== id);
      if (sources.length === state.sources.length) return `No source with id ${id}`;
      return { ...state, sources };
    });
  }

  /** Switches one source on or off; any built-in id switches the bundled seed. */
  async setEnabled(id: string, enabled: boolean): Promise<StoreResult> {
    return this.update((state) => {
      if (this.seedIds.has(id)) return { ...state, seedEnabled: enabled };
      if (!state.sources.some((stored) => stored.source.id === id)) return `No source with id ${id}`;
      const sources = state.sources.map((stored) => (stored.source.id === id ? { ...stored, enabled } : stored));
      return { ...state, sources };
    });
  }

  /** The export file's text for the merged knowledge the caller built from the enabled sources. */
  exportKnowledge(merged: KnowledgeBase): string {
    return knowledgeFileText(merged, this.now());
  }

  /** One row per source, built-in first, for the popup and options lists. */
  async summaries(): Promise<SourceSummary[]> {
    const { state } = await this.load();
    return summariseSources(this.seed, state.seedEnabled, state.sources);
  }

  /** The knowledge bases switched on, seed first: what the caller merges for the content script. */
  async enabledKnowledge(): Promise<KnowledgeBase[]> {
    const { state } = await this.load();
    const own = state.sources.filter((stored) => stored.enabled).map((stored) => stored.knowledge);
    return state.seedEnabled ? [this.seed, ...own] : own;
  }

  /**
   * Every set-aside record still stored, oldest first. load() reports a problem once (it then writes the cleaned
   * state back); this lets a page keep showing it until the reader discards the record.
   */
  async setAsideReports(): Promise<SetAsideReport[]> {
    const everything = await this.area.get(null);
    return Object.entries(everything)
      .filter(([key]) => key.startsWith(CORRUPT_KEY_PREFIX))
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([key, record]) => {
        const problems = (record as { problems?: unknown } | null)?.problems;
        return { key, problems: Array.isArray(problems) ? problems.filter((p) => typeof p === 'string') : [] };
      });
  }

  /** One sentence for the popup and options while any set-aside record remains, else null. */
  async problemSummary(): Promise<string | null> {
    const problems = (await this.setAsideReports()).flatMap((report) => report.problems);
    if (problems.length === 0) return null;
    return `Some stored data could not be read; it was set aside, not deleted (${problems.join('; ')}).`;
  }

  /** Deletes one set-aside record, when the reader chooses to; nothing else removes them. */
  async discardSetAside(key: string): Promise<void> {
    if (key.startsWith(CORRUPT_KEY_PREFIX)) await this.area.remove(key);
  }

  private async addAll(knowledge: KnowledgeBase): Promise<AddResult> {
    const parts = splitBySource(knowledge);
    const own = parts.filter((part) => !this.isBuiltIn(part));
    const skippedBuiltIn = parts.length - own.length;
    if (own.length === 0) return { ok: false, reason: 'It holds only the built-in source, which is already included' };
    let added = 0;
    let replaced = 0;
    const result = await this.update((state) => {
      let sources = state.sources;
      for (const part of own) {
        const next = upsertSource(sources, toStoredSource(part, this.now()));
        sources = next.sources;
        if (next.replaced) replaced++;
        else added++;
      }
      return { ...state, sources };
    });
    return result.ok ? { ok: true, added, replaced, skippedBuiltIn } : result;
  }

  private isBuiltIn(part: KnowledgeBase): boolean {
    const source = part.sources[0]!;
    return source.builtIn || this.seedIds.has(source.id);
  }

  /** Applies one change (or a reason it cannot be made) and writes it together with any set-aside data. */
  /** One change at a time: two quick toggles must not both read the old state and lose one write. */
  private update(change: (state: StoredState) => StoredState | string): Promise<StoreResult> {
    const run = this.writes.then(() => this.applyChange(change));
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async applyChange(change: (state: StoredState) => StoredState | string): Promise<StoreResult> {
    const { state, pending } = await this.read();
    const next = change(state);
    if (typeof next === 'string') {
      if (Object.keys(pending).length) await this.area.set(pending);
      return { ok: false, reason: next };
    }
    try {
      await this.area.set({ ...pending, [SOURCES_KEY]: next });
    } catch (error) {
      // Quota exceeded or storage unavailable: the single set() failed whole, so the old state is intact.
      return { ok: false, reason: `Could not save: ${error instanceof Error ? error.message : String(error)}` };
    }
    return { ok: true };
  }

  private async read(): Promise<{ state: StoredState; problems: string[]; pending: Record<string, unknown> }> {
    const stored = await this.area.get(SOURCES_KEY);
    const now = this.now();
    const migration = migrateStored(stored[SOURCES_KEY], now);
    const pending: Record<string, unknown> = {};
    if (migration.setAside.length) {
      pending[corruptKey(now)] = { problems: migration.problems, data: migration.setAside };
    }
    if (migration.changed) pending[SOURCES_KEY] = migration.value;
    return {
      state: { ...migration.value, schemaVersion: CURRENT_SCHEMA_VERSION },
      problems: migration.problems,
      pending,
    };
  }
}
