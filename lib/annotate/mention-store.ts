import type { EntityType } from '../knowledge/schema';
import { type Mention, OTHER_PERSON_ID } from '../match';
import { NearView } from './near-view';
import { nameWords } from './page-names';
import type { TextRun } from './segments';
import { ENTITY_TYPES, highlightName } from './styles';

export interface MentionRecord {
  /** Who it is taken to mean now (a person's short form is settled by the page's own full names). */
  entityId: string;
  /** What the matcher found there. */
  foundId: string;
  /** The words it was written with, lower case. */
  words: string[];
  /** People the page may mean instead of what was found (see Mention). */
  alternatives?: readonly string[];
  /** Not shown, counted nor stepped to: a short form the page used for somebody else. */
  hidden: boolean;
  type: EntityType;
  range: Range;
  run: TextRun;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
}

/** The node holding character `offset` of a run: the last node starting at or before it. */
function nodeIndexAt(starts: number[], offset: number, isEnd: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid];
    if (start < offset || (!isEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Every mention on the page: its live Range, its place in one Highlight per type, and the counts. */
export class MentionStore {
  readonly highlights = new Map<EntityType, HighlightLike>();
  private readonly runOfNode = new WeakMap<Text, TextRun>();
  private readonly recordsOfRun = new Map<TextRun, MentionRecord[]>();
  readonly recordOfRange = new Map<AbstractRange, MentionRecord>();
  private readonly counts = new Map<string, number>();
  private readonly nearView: NearView;
  /** Bumped on every change, so readers can cache. */
  version = 0;

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistryLike,
    createHighlight: () => HighlightLike,
    private enabledTypes: Record<EntityType, boolean>,
    /** Called before a run's mentions are first painted (the styles reach its tree only then). */
    private readonly beforePaint: (run: TextRun) => void = () => undefined,
  ) {
    for (const type of ENTITY_TYPES) this.highlights.set(type, createHighlight());
    this.registerEnabled();
    const win = doc.defaultView as Window & typeof globalThis;
    this.nearView = new NearView(
      win,
      (runs) => this.paint(runs, true),
      (runs) => this.paint(runs, false),
    );
  }

  private paint(runs: Iterable<TextRun>, shown: boolean): void {
    for (const run of runs) {
      if (shown) this.beforePaint(run);
      for (const record of this.recordsOfRun.get(run) ?? []) {
        const highlight = this.highlights.get(record.type)!;
        if (shown && !record.hidden) highlight.add(record.range);
        else highlight.delete(record.range);
      }
    }
  }

  private count(entityId: string, change: number): void {
    const left = (this.counts.get(entityId) ?? 0) + change;
    if (left > 0) this.counts.set(entityId, left);
    else this.counts.delete(entityId);
  }

  /** Points a mention at another entity of this type (or hides it: null), repainting and recounting it. */
  retarget(record: MentionRecord, entityId: string | null, type: EntityType = record.type): void {
    const hidden = entityId === null;
    if (record.hidden === hidden && (hidden || (record.entityId === entityId && record.type === type))) return;
    if (!record.hidden) this.count(record.entityId, -1);
    if (!hidden) this.count(entityId, 1);
    this.highlights.get(record.type)!.delete(record.range);
    record.hidden = hidden;
    record.type = type;
    if (!hidden) record.entityId = entityId;
    if (!hidden && this.nearView.isShown(record.run)) this.highlights.get(type)!.add(record.range);
    this.version++;
  }

  private registerEnabled(): void {
    for (const type of ENTITY_TYPES) {
      if (this.enabledTypes[type]) this.registry.set(highlightName(type), this.highlights.get(type)!);
      else this.registry.delete(highlightName(type));
    }
  }

  setEnabledTypes(types: Record<EntityType, boolean>): void {
    this.enabledTypes = { ...types };
    this.registerEnabled();
    this.version++;
  }

  isEnabled(type: EntityType): boolean {
    return this.enabledTypes[type];
  }

  runOf(node: Text): TextRun | undefined {
    return this.runOfNode.get(node);
  }

  recordsOf(run: TextRun): readonly MentionRecord[] {
    return this.recordsOfRun.get(run) ?? [];
  }

  /** Adds a run and its mentions, replacing any older run that shared a node with it. */
  addRun(run: TextRun, mentions: Mention[], typeOf: (entityId: string) => EntityType | undefined, text: string): void {
    for (const node of run.nodes) {
      const old = this.runOfNode.get(node);
      if (old && old !== run) this.dropRun(old);
    }
    const records: MentionRecord[] = [];
    for (const mention of mentions) {
      const other = mention.entityId === OTHER_PERSON_ID;
      const type = other ? 'person' : typeOf(mention.entityId);
      if (!type) continue;
      const first = nodeIndexAt(run.starts, mention.start, false);
      const last = nodeIndexAt(run.starts, mention.end, true);
      const range = this.doc.createRange();
      range.setStart(run.nodes[first], mention.start - run.starts[first]);
      range.setEnd(run.nodes[last], mention.end - run.starts[last]);
      const words = nameWords(text.slice(mention.start, mention.end));
      const record: MentionRecord = {
        entityId: mention.entityId,
        foundId: mention.entityId,
        words,
        hidden: other,
        type,
        range,
        run,
      };
      if (mention.alternatives) record.alternatives = mention.alternatives;
      records.push(record);
      this.recordOfRange.set(range, record);
      if (!other) this.count(record.entityId, 1);
    }
    if (records.length === 0) return; // runs without mentions are not kept: nothing to drop later
    for (const node of run.nodes) this.runOfNode.set(node, run);
    this.recordsOfRun.set(run, records);
    if (this.nearView.track(run)) this.paint([run], true);
    this.version++;
  }

  /** Removes a run's highlights; returns its nodes still in the page, which need reading again. */
  dropRun(run: TextRun): Text[] {
    const records = this.recordsOfRun.get(run);
    if (!records) return [];
    for (const record of records) {
      this.highlights.get(record.type)!.delete(record.range);
      this.recordOfRange.delete(record.range);
      if (!record.hidden) this.count(record.entityId, -1);
    }
    this.recordsOfRun.delete(run);
    this.nearView.untrack(run);
    const connected: Text[] = [];
    for (const node of run.nodes) {
      if (this.runOfNode.get(node) === run) this.runOfNode.delete(node);
      if (node.isConnected) connected.push(node);
    }
    this.version++;
    return connected;
  }

  dropAll(): void {
    this.nearView.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const run of [...this.recordsOfRun.keys()]) for (const node of run.nodes) this.runOfNode.delete(node);
    this.recordsOfRun.clear();
    this.recordOfRange.clear();
    this.counts.clear();
    this.version++;
  }

  /** Mentions per entity of the enabled types, and their total. */
  enabledCounts(typeOf: (entityId: string) => EntityType | undefined): {
    counts: Record<string, number>;
    total: number;
  } {
    const counts: Record<string, number> = {};
    let total = 0;
    for (const [entityId, count] of this.counts) {
      const type = typeOf(entityId);
      if (!type || !this.enabledTypes[type]) continue;
      counts[entityId] = count;
      total += count;
    }
    return { counts, total };
  }

  /** Every mention shown (hidden ones only with includeHidden). */
  *records(includeHidden = false): Generator<MentionRecord> {
    for (const records of this.recordsOfRun.values()) {
      for (const record of records) if (includeHidden || !record.hidden) yield record;
    }
  }

  unregister(): void {
    for (const type of ENTITY_TYPES) this.registry.delete(highlightName(type));
  }
}
