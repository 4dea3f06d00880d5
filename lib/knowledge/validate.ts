import type { KnowledgeBase } from './schema';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

/** How many problems a reason lists before summarising the rest as a count. */
const MAX_LISTED_PROBLEMS = 3;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ENTITY_TYPES = new Set(['person', 'place', 'organization']);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real calendar day written yyyy-mm-dd (2024-02-30 is not one). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const shown = (value: unknown): string => {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Collects every problem in one knowledge base, each naming its place: "quotes[3].speakerId points at no entity". */
class KnowledgeChecker {
  readonly problems: string[] = [];
  private readonly sourceIds = new Set<string>();
  private readonly entityIds = new Set<string>();

  constructor(private readonly prefix: string) {}

  check(raw: unknown): void {
    if (!isRecord(raw)) {
      this.fail(this.prefix || 'the knowledge', `is not an object: ${shown(raw)}`);
      return;
    }
    const lists = ['sources', 'entities', 'quotes', 'facts'] as const;
    const missing = lists.filter((key) => !Array.isArray(raw[key]));
    if (missing.length) {
      for (const key of missing) this.fail(this.at(key), `is not a list: ${shown(raw[key])}`);
      return;
    }
    // Ids first, so references can be checked whatever the order of the lists.
    this.collectIds(raw.sources as unknown[], 'sources', this.sourceIds);
    this.collectIds(raw.entities as unknown[], 'entities', this.entityIds);
    this.collectIds(raw.quotes as unknown[], 'quotes', new Set());
    this.collectIds(raw.facts as unknown[], 'facts', new Set());
    for (const [i, item] of (raw.sources as unknown[]).entries()) this.checkSource(item, `sources[${i}]`);
    for (const [i, item] of (raw.entities as unknown[]).entries()) this.checkEntity(item, `entities[${i}]`);
    for (const [i, item] of (raw.quotes as unknown[]).entries()) this.checkQuote(item, `quotes[${i}]`);
    for (const [i, item] of (raw.facts as unknown[]).entries()) this.checkFact(item, `facts[${i}]`);
  }

  private at(path: string): string {
    return this.prefix ? `${this.prefix}.${path}` : path;
  }

  private fail(path: string, problem: string): void {
    this.problems.push(`${path} ${problem}`);
  }

  private collectIds(items: unknown[], list: string, seen: Set<string>): void {
    const firstIndex = new Map<string, number>();
    for (const [i, item] of items.entries()) {
      const id = isRecord(item) ? item.id : undefined;
      if (!isRecord(item)) this.fail(this.at(`${list}[${i}]`), `is not an object: ${shown(item)}`);
      else if (typeof id !== 'string' || id.length === 0) {
        this.fail(this.at(`${list}[${i}].id`), `is not a non-empty string: ${shown(id)}`);
      } else if (firstIndex.has(id)) {
        this.fail(this.at(`${list}[${i}].id`), `${shown(id)} repeats ${list}[${firstIndex.get(id)}].id`);
      } else {
        firstIndex.set(id, i);
        seen.add(id);
      }
    }
  }

  private text(item: Record<string, unknown>, path: string, key: string, optional = false): void {
    const value = item[key];
    if (optional && value === undefined) return;
    if (typeof value !== 'string') this.fail(this.at(`${path}.${key}`), `is not a string: ${shown(value)}`);
  }

  private day(item: Record<string, unknown>, path: string, key: string): void {
    const value = item[key];
    if (value !== null && !isIsoDay(value)) {
      this.fail(this.at(`${path}.${key}`), `is not a yyyy-mm-dd date or null: ${shown(value)}`);
    }
  }

  private reference(value: unknown, path: string, ids: Set<string>, kind: 'source' | 'entity'): void {
    if (typeof value !== 'string') {
      this.fail(this.at(path), `is not a string: ${shown(value)}`);
      return;
    }
    if (!ids.has(value)) this.fail(this.at(path), `points at no ${kind}: ${shown(value)}`);
  }

  private references(item: Record<string, unknown>, path: string, key: string, kind: 'source' | 'entity'): void {
    const value = item[key];
    if (!Array.isArray(value)) {
      this.fail(this.at(`${path}.${key}`), `is not a list: ${shown(value)}`);
      return;
    }
    const ids = kind === 'source' ? this.sourceIds : this.entityIds;
    for (const [i, ref] of value.entries()) this.reference(ref, `${path}.${key}[${i}]`, ids, kind);
  }

  private checkSource(item: unknown, path: string): void {
    if (!isRecord(item)) return;
    for (const key of ['title', 'url', 'siteName', 'byline', 'lead']) this.text(item, path, key, true);
    this.day(item, path, 'date');
    if (typeof item.builtIn !== 'boolean')
      this.fail(this.at(`${path}.builtIn`), `is not true or false: ${shown(item.builtIn)}`);
  }

  private checkEntity(item: unknown, path: string): void {
    if (!isRecord(item)) return;
    this.text(item, path, 'name');
    if (!ENTITY_TYPES.has(item.type as string)) {
      this.fail(this.at(`${path}.type`), `is not person, place or organization: ${shown(item.type)}`);
    }
    if (!Array.isArray(item.aliases) || item.aliases.some((alias) => typeof alias !== 'string')) {
      this.fail(this.at(`${path}.aliases`), `is not a list of strings: ${shown(item.aliases)}`);
    }
    this.text(item, path, 'description', true);
    this.references(item, path, 'sourceIds', 'source');
    if (item.roles === undefined) return;
    if (!Array.isArray(item.roles)) {
      this.fail(this.at(`${path}.roles`), `is not a list: ${shown(item.roles)}`);
      return;
    }
    for (const [i, role] of item.roles.entries()) this.checkRole(role, `${path}.roles[${i}]`);
  }

  private checkRole(role: unknown, path: string): void {
    if (!isRecord(role)) {
      this.fail(this.at(path), `is not an object: ${shown(role)}`);
      return;
    }
    this.reference(role.sourceId, `${path}.sourceId`, this.sourceIds, 'source');
    this.text(role, path, 'description');
    this.day(role, path, 'date');
  }

  private checkQuote(item: unknown, path: string): void {
    if (!isRecord(item)) return;
    this.text(item, path, 'text');
    this.text(item, path, 'sentence');
    if (item.speakerId !== null) this.reference(item.speakerId, `${path}.speakerId`, this.entityIds, 'entity');
    this.reference(item.sourceId, `${path}.sourceId`, this.sourceIds, 'source');
  }

  private checkFact(item: unknown, path: string): void {
    if (!isRecord(item)) return;
    this.text(item, path, 'text');
    this.references(item, path, 'entityIds', 'entity');
    this.reference(item.sourceId, `${path}.sourceId`, this.sourceIds, 'source');
    if (typeof item.score !== 'number' || !Number.isFinite(item.score)) {
      this.fail(this.at(`${path}.score`), `is not a finite number: ${shown(item.score)}`);
    }
  }
}

/** Joins problems into one reason: the first few in full, the rest as a count. */
export function summariseProblems(problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return more > 0 ? `${listed}; and ${more} more problem${more === 1 ? '' : 's'}` : listed;
}

/**
 * Checks every field's type per schema.ts, unique ids per list, and that every reference points at an existing id.
 * Extra fields are kept; facts come back sorted by score, best first, as the schema promises.
 */
export function validateKnowledgeBase(raw: unknown, prefix = ''): Validated<KnowledgeBase> {
  const checker = new KnowledgeChecker(prefix);
  checker.check(raw);
  if (checker.problems.length) return { ok: false, reason: summariseProblems(checker.problems) };
  const knowledge = raw as KnowledgeBase;
  const facts = [...knowledge.facts].sort((a, b) => b.score - a.score);
  return { ok: true, value: { ...knowledge, facts } };
}
