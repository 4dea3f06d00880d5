/**
 * Scores extraction against CoNLL gold the way ../shared/corpus/README.md describes, per document and summed:
 * document level (distinct names found, extracted entities right / neutral / wrong) and mention level (the
 * article's own knowledge matched back over its text, exact spans against gold spans).
 */
import type { Entity, EntityType, KnowledgeBase } from '../../lib/knowledge/schema';
import { compileMatcher, findMentions } from '../../lib/match';
import type { ConllType, GoldSpan } from './conll';

const ENTITY_TYPE: Record<Exclude<ConllType, 'MISC'>, EntityType> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
};

/** A name compared with gold: case, a leading "the", a possessive and dots do not count. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s$|(?<=s)'$/, '')
    .replace(/\./g, '')
    .trim();
}

/** One gold name of a document: all its strings (case variants, and for people the shorter forms it subsumes). */
export interface GoldEntity {
  name: string;
  types: Set<EntityType>;
  keys: Set<string>;
}

/** The distinct PER/LOC/ORG names of a document; MISC strings only make an extracted name neutral. */
export function goldEntities(spans: readonly { type: ConllType; text: string }[]): {
  gold: GoldEntity[];
  misc: Set<string>;
} {
  const misc = new Set<string>();
  const byKey = new Map<string, GoldEntity>();
  for (const span of spans) {
    const key = normalizeName(span.text);
    if (!key) continue;
    if (span.type === 'MISC') {
      misc.add(key);
      continue;
    }
    const entity = byKey.get(key) ?? { name: span.text, types: new Set<EntityType>(), keys: new Set([key]) };
    entity.types.add(ENTITY_TYPE[span.type]);
    byKey.set(key, entity);
  }
  // a person's shorter form ("Bitar") is the longer name of the same document whose words include all of its own
  const people = [...byKey.values()].filter((e) => e.types.has('person'));
  for (const short of people) {
    const words = [...short.keys][0].split(' ');
    const longer = people.filter((p) => {
      const pWords = [...p.keys][0].split(' ');
      return p !== short && pWords.length > words.length && words.every((w) => pWords.includes(w));
    });
    if (longer.length === 0 || short.types.size > 1) continue;
    for (const p of longer) for (const key of short.keys) p.keys.add(key);
    byKey.delete([...short.keys][0]);
  }
  return { gold: [...byKey.values()], misc };
}

export interface Counts {
  gold: number;
  found: number;
  extracted: number;
  right: number;
  neutral: number;
  /** Typed: found with a matching type; right with a matching type. */
  foundTyped: number;
  rightTyped: number;
  neutralTyped: number;
  /** Mention level: gold spans, predicted spans (not on a MISC span), exact matches. */
  goldSpans: number;
  predictedSpans: number;
  exactSpans: number;
  exactTypedSpans: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0,
  found: 0,
  extracted: 0,
  right: 0,
  neutral: 0,
  foundTyped: 0,
  rightTyped: 0,
  neutralTyped: 0,
  goldSpans: 0,
  predictedSpans: 0,
  exactSpans: 0,
  exactTypedSpans: 0,
});

export function addCounts(into: Counts, more: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += more[key];
  return into;
}

export interface DocumentScore {
  counts: Counts;
  /** Gold names no extracted entity has. */
  missed: string[];
  /** Extracted entities that name nothing of gold. */
  wrong: string[];
  /** Names found with another type: "Jordan (place → person)". */
  mistyped: string[];
}

const keysOf = (entity: Entity): string[] => [entity.name, ...entity.aliases].map(normalizeName);

/** Scores one document's extracted knowledge against its gold spans. */
export function scoreDocument(kb: KnowledgeBase, text: string, spans: readonly GoldSpan[]): DocumentScore {
  const counts = emptyCounts();
  const { gold, misc } = goldEntities(spans);
  const goldTypes = new Map<string, Set<EntityType>>();
  for (const g of gold)
    for (const key of g.keys) goldTypes.set(key, new Set([...(goldTypes.get(key) ?? []), ...g.types]));
  const missed: string[] = [];
  const mistyped: string[] = [];
  counts.gold = gold.length;
  for (const g of gold) {
    const having = kb.entities.filter((e) => keysOf(e).some((k) => g.keys.has(k)));
    if (having.length > 0) counts.found++;
    else missed.push(`${g.name} [${[...g.types].join('/')}]`);
    if (having.some((e) => g.types.has(e.type))) counts.foundTyped++;
    else if (having.length > 0) mistyped.push(`${g.name} (${[...g.types].join('/')} → ${having[0].type})`);
  }
  const wrong: string[] = [];
  counts.extracted = kb.entities.length;
  for (const entity of kb.entities) {
    const keys = keysOf(entity);
    const types = keys.flatMap((k) => [...(goldTypes.get(k) ?? [])]);
    const isMisc = keys.some((k) => misc.has(k));
    if (types.length > 0) counts.right++;
    else if (isMisc) counts.neutral++;
    else wrong.push(`${entity.name} (${entity.type})`);
    if (types.includes(entity.type)) counts.rightTyped++;
    else if (types.length === 0 && isMisc) counts.neutralTyped++;
  }
  // mention level: the article's own names matched back over its text
  const named = spans.filter((s) => s.type !== 'MISC');
  const goldAt = new Map(named.map((s) => [`${s.start}:${s.end}`, ENTITY_TYPE[s.type as Exclude<ConllType, 'MISC'>]]));
  const miscAt = new Set(spans.filter((s) => s.type === 'MISC').map((s) => `${s.start}:${s.end}`));
  const types = new Map(kb.entities.map((e) => [e.id, e.type]));
  counts.goldSpans = named.length;
  for (const mention of findMentions(compileMatcher(kb.entities), text)) {
    const at = `${mention.start}:${mention.end}`;
    if (miscAt.has(at)) continue;
    counts.predictedSpans++;
    const type = goldAt.get(at);
    if (type) counts.exactSpans++;
    if (type && type === types.get(mention.entityId)) counts.exactTypedSpans++;
  }
  return { counts, missed, wrong, mistyped };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(correctFound: number, gold: number, right: number, judged: number): Prf {
  const precision = judged === 0 ? 1 : right / judged;
  const recall = gold === 0 ? 1 : correctFound / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Summary {
  untyped: Prf;
  typed: Prf;
  mentions: Prf;
  mentionsTyped: Prf;
}

/** P/R/F1 of summed counts: neutral (MISC) entities count neither for nor against precision. */
export function summarize(c: Counts): Summary {
  return {
    untyped: prf(c.found, c.gold, c.right, c.extracted - c.neutral),
    typed: prf(c.foundTyped, c.gold, c.rightTyped, c.extracted - c.neutralTyped),
    mentions: prf(c.exactSpans, c.goldSpans, c.exactSpans, c.predictedSpans),
    mentionsTyped: prf(c.exactTypedSpans, c.goldSpans, c.exactTypedSpans, c.predictedSpans),
  };
}
