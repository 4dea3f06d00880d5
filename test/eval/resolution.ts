/**
 * `npm run eval:resolution [-- --all]`: entity resolution across a heavy reader's sources, scored against CoNLL-2003
 * gold people, for the current merging (lib/knowledge/merge.ts, EntityResolver) and the old one (test/eval/old-merge.ts).
 *
 * Gold, generated from the PER spans: in a document, a name of two or more words is a person, and a shorter one
 * whose words all occur in the full names of exactly one person is that person (a bare "Clinton" beside Bill and
 * Hillary Clinton is nobody's; in a document with no full name it is nobody's either). Across documents a person
 * is their given name and surname ("Hillary Rodham Clinton" and "Hillary Clinton" are one). Each gold mention
 * lands on the extracted entity of its document with that name or alias (else the one whose name contains it),
 * then on the merged entity that one joined.
 *
 * Prints: merged persons whose members' full names have two different given names (initials compatible), merged
 * entities holding two gold people, gold people left on several entities, the share of a person's mentions on
 * one entity, and every person who shares a surname with another, with where each of their mentions went.
 * `--all` lists every wrong merge and split instead of the first ones.
 */
import { mergeKnowledge } from '../../lib/knowledge/merge';
import { EntityResolver } from '../../lib/knowledge/resolve';
import type { EntityType, KnowledgeBase } from '../../lib/knowledge/schema';
import { conllArticle } from './conll';
import { type HeavySource, heavyReader } from './heavy-reader';
import { oldMergeWithPlacement } from './old-merge';
import { normalizeName } from './score';

const wordsOf = (key: string): string[] => key.split(' ').filter(Boolean);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** "hillary rodham clinton" → "hillary clinton"; "cal ripken jr" → "cal ripken". */
export function personKey(fullKey: string): string {
  const words = wordsOf(fullKey);
  if (words.length > 2 && SUFFIX.test(words.at(-1)!)) words.pop();
  return `${words[0]} ${words.at(-1)}`;
}

/** First words agree, or one is an initial of the other ("j smith" / "john smith"). */
export function givenCompatible(a: string, b: string): boolean {
  const [x, y] = [wordsOf(normalizeName(a)), wordsOf(normalizeName(b))];
  if (x.length < 2 || y.length < 2) return true;
  if (x[0] === y[0]) return true;
  return (x[0].length === 1 || y[0].length === 1) && x[0][0] === y[0][0];
}

/** The same person by gold keys: equal, or same surname with compatible given names. */
const samePerson = (a: string, b: string) =>
  a === b || (wordsOf(a).at(-1) === wordsOf(b).at(-1) && givenCompatible(a, b));

export interface GoldMention {
  doc: number;
  sourceId: string;
  text: string;
  key: string;
  /** The gold person ("bill clinton"), or null: a short form of several people, or of nobody named in full. */
  person: string | null;
  why?: 'shared' | 'no full name';
  /** The source's own entity it landed on, or why none. */
  local: string | 'ambiguous' | 'missed';
}

/** The gold people of one document and where each mention landed among its extracted entities. */
export function goldMentions(source: HeavySource): GoldMention[] {
  const { spans } = conllArticle(source.doc);
  const people = spans.filter((s) => s.type === 'PER');
  const keys = [...new Set(people.map((s) => normalizeName(s.text)).filter(Boolean))].sort(
    (a, b) => wordsOf(b).length - wordsOf(a).length,
  );
  /** Key → the gold person, or why it is nobody's. */
  const personOf = new Map<string, string | { why: 'shared' | 'no full name' }>();
  for (const key of keys) {
    const words = wordsOf(key);
    const holders = new Set(
      [...personOf]
        .filter(([k, p]) => typeof p === 'string' && wordsOf(k).length > words.length)
        .filter(([k]) => words.every((w) => wordsOf(k).includes(w)))
        .map(([, p]) => p),
    );
    if (holders.size === 1) personOf.set(key, [...holders][0]);
    else if (holders.size > 1) personOf.set(key, { why: 'shared' });
    else personOf.set(key, words.length < 2 ? { why: 'no full name' } : personKey(key));
  }
  const base = source.base;
  const sourceId = base?.sources[0].id ?? source.url;
  const land = base ? localLander(base) : () => 'missed' as const;
  return people.flatMap((span) => {
    const key = normalizeName(span.text);
    if (!key) return [];
    const gold = personOf.get(key)!;
    const person = typeof gold === 'string' ? gold : null;
    const mention: GoldMention = { doc: source.doc.index, sourceId, text: span.text, key, person, local: land(key) };
    if (typeof gold !== 'string') mention.why = gold.why;
    return [mention];
  });
}

/** Gold name key → the source's entity with that name or alias (persons first), else the one whose name holds it. */
function localLander(base: KnowledgeBase): (key: string) => string | 'ambiguous' | 'missed' {
  const byKey = new Map<string, { id: string; type: EntityType }[]>();
  const all: { id: string; type: EntityType; keys: string[] }[] = [];
  for (const entity of base.entities) {
    const keys = [...new Set([entity.name, ...entity.aliases].map(normalizeName).filter(Boolean))];
    all.push({ id: entity.id, type: entity.type, keys });
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), { id: entity.id, type: entity.type }]);
  }
  const pick = (found: { id: string; type: EntityType }[]) => {
    const persons = found.filter((e) => e.type === 'person');
    const pool = persons.length > 0 ? persons : found;
    const ids = [...new Set(pool.map((e) => e.id))];
    return ids.length === 1 ? ids[0] : ids.length > 1 ? 'ambiguous' : 'missed';
  };
  return (key) => {
    const exact = pick(byKey.get(key) ?? []);
    if (exact !== 'missed') return exact;
    const padded = ` ${key} `;
    return pick(all.filter((e) => e.keys.some((k) => ` ${k} `.includes(padded))));
  };
}

/** One merging's outcome: where each source entity went, and what each merged entity was made of. */
export interface Merging {
  label: string;
  placeOf(sourceId: string, localId: string): string | undefined;
  entities: Map<string, { name: string; type: EntityType; memberNames: string[] }>;
}

export function currentMerging(bases: KnowledgeBase[], label = 'new'): Merging {
  // mergeKnowledge's own loop (lib/knowledge/merge.ts), kept open to read the placements; checked against it below.
  const resolver = new EntityResolver();
  for (const base of bases)
    for (const source of base.sources) {
      const own = base.entities.filter((entity) => entity.sourceIds.includes(source.id) || base.sources.length === 1);
      resolver.addSource(source.id, source.date, own);
    }
  const entities = new Map(
    [...resolver.entities()].map((e) => [
      e.id,
      { name: e.name, type: e.type, memberNames: e.members.map((m) => m.name) },
    ]),
  );
  const official = mergeKnowledge(bases).entities;
  if (official.length !== entities.size || official.some((e) => entities.get(e.id)?.name !== e.name))
    throw new Error('the resolver replay differs from mergeKnowledge: update currentMerging');
  return { label, placeOf: (s, l) => resolver.mergedIdOf(s, l), entities };
}

export function oldMerging(bases: KnowledgeBase[]): Merging {
  const { kb, placement, members, keys } = oldMergeWithPlacement(bases);
  const entities = new Map(
    kb.entities.map((e, i) => [
      keys[i],
      { name: e.name, type: e.type, memberNames: (members.get(keys[i]) ?? []).map((m) => m.name) },
    ]),
  );
  return { label: 'old', placeOf: (s, l) => placement.get(s)?.get(l), entities };
}

/** Where a gold mention ended up: a merged id, or "missed" / "ambiguous" in its own source. */
const mergedOf = (merging: Merging, m: GoldMention): string =>
  m.local === 'missed' || m.local === 'ambiguous' ? m.local : (merging.placeOf(m.sourceId, m.local) ?? 'missed');
const landed = (where: string) => where !== 'missed' && where !== 'ambiguous';

export interface ResolutionScore {
  label: string;
  /** Merged persons whose members' full names have two different given names. */
  givenNameMerges: { name: string; names: string[] }[];
  /** Merged entities holding mentions of two gold people who are not one. */
  goldMerges: { name: string; people: string[] }[];
  /** Entities joining an initial form ("c lewis") to one full name while gold has several it could be
   * (Chris Lewis, Carl Lewis): a guess, made by the order sources came in. */
  initialGuesses: { name: string; people: string[] }[];
  /** Gold people (in two or more sources) whose landed mentions are on several entities. */
  splits: { person: string; entities: [string, number][] }[];
  pairsApart: number;
  people: number;
  mentions: number;
  landedMentions: number;
  onOne: number;
  meanShare: number;
  /** Same, over every mention of the person, missed or ambiguous ones too. */
  onOneOfAll: number;
  /** Mentions off the person's main entity: on an entity of another type (extraction typed them otherwise), or not. */
  offMainOtherType: number;
  offMainSameType: number;
  /** The share on one entity among the mentions that landed on person entities (typing set aside). */
  onOneAmongPersons: number;
  /** Gold people written with an initial ("m atherton") whose one compatible full name ("mike atherton") is known:
   * how many share its main entity, and how many do not. */
  initials: { together: number; apart: number; apartExamples: string[] };
}

export function scoreMerging(merging: Merging, mentions: GoldMention[]): ResolutionScore {
  const givenNameMerges: ResolutionScore['givenNameMerges'] = [];
  for (const entity of merging.entities.values()) {
    if (entity.type !== 'person') continue;
    const full = [...new Set(entity.memberNames.filter((n) => wordsOf(n).length >= 2))];
    if (full.some((a, i) => full.slice(i + 1).some((b) => !givenCompatible(a, b))))
      givenNameMerges.push({ name: entity.name, names: full });
  }
  const byEntity = new Map<string, Set<string>>();
  const byPerson = new Map<string, GoldMention[]>();
  for (const m of mentions) {
    if (!m.person) continue;
    byPerson.set(m.person, [...(byPerson.get(m.person) ?? []), m]);
    const where = mergedOf(merging, m);
    if (landed(where)) byEntity.set(where, (byEntity.get(where) ?? new Set()).add(m.person));
  }
  const goldMerges: ResolutionScore['goldMerges'] = [];
  for (const [id, people] of byEntity) {
    const list = [...people];
    if (list.some((a, i) => list.slice(i + 1).some((b) => !samePerson(a, b))))
      goldMerges.push({ name: merging.entities.get(id)?.name ?? id, people: list });
  }
  const fullNamed = [...byPerson.keys()].filter((p) => wordsOf(p)[0].length > 1);
  const initialGuesses: ResolutionScore['initialGuesses'] = [];
  for (const [id, people] of byEntity) {
    const list = [...people];
    const guessed = list.some(
      (i) =>
        wordsOf(i)[0].length === 1 &&
        list.some((f) => f !== i && wordsOf(f)[0].length > 1 && samePerson(f, i)) &&
        fullNamed.filter((f) => samePerson(f, i)).length > 1,
    );
    if (guessed) initialGuesses.push({ name: merging.entities.get(id)?.name ?? id, people: list });
  }
  const splits: ResolutionScore['splits'] = [];
  let [pairsApart, people, total, landedMentions, onOne, shareSum] = [0, 0, 0, 0, 0, 0];
  let [offMainOtherType, offMainSameType, personLanded, personOnOne] = [0, 0, 0, 0];
  const typeOf = (id: string) => merging.entities.get(id)?.type;
  for (const [person, list] of byPerson) {
    if (new Set(list.map((m) => m.doc)).size < 2) continue;
    people++;
    total += list.length;
    const counts = new Map<string, number>();
    for (const m of list) {
      const where = mergedOf(merging, m);
      if (landed(where)) counts.set(where, (counts.get(where) ?? 0) + 1);
    }
    const landedHere = [...counts.values()].reduce((a, b) => a + b, 0);
    const top = Math.max(0, ...counts.values());
    landedMentions += landedHere;
    onOne += top;
    shareSum += landedHere === 0 ? 1 : top / landedHere;
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    for (const [id, n] of ranked.slice(1)) {
      if (typeOf(id) === typeOf(ranked[0][0])) offMainSameType += n;
      else offMainOtherType += n;
    }
    const persons = ranked.filter(([id]) => typeOf(id) === 'person');
    personLanded += persons.reduce((n, [, c]) => n + c, 0);
    personOnOne += persons[0]?.[1] ?? 0;
    if (counts.size > 1) {
      splits.push({ person, entities: [...counts].sort((a, b) => b[1] - a[1]) });
      pairsApart += (counts.size * (counts.size - 1)) / 2;
    }
  }
  const mainOf = new Map<string, string>();
  for (const [person, list] of byPerson) {
    const counts = new Map<string, number>();
    for (const m of list) {
      const where = mergedOf(merging, m);
      if (landed(where)) counts.set(where, (counts.get(where) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) mainOf.set(person, top[0]);
  }
  const initials = { together: 0, apart: 0, apartExamples: [] as string[] };
  for (const person of byPerson.keys()) {
    if (wordsOf(person)[0].length !== 1 || !mainOf.has(person)) continue;
    const full = [...byPerson.keys()].filter(
      (p) => p !== person && wordsOf(p)[0].length > 1 && samePerson(p, person) && mainOf.has(p),
    );
    if (full.length !== 1) continue;
    if (mainOf.get(full[0]) === mainOf.get(person)) initials.together++;
    else {
      initials.apart++;
      initials.apartExamples.push(`${person} / ${full[0]}`);
    }
  }
  return {
    label: merging.label,
    initials,
    givenNameMerges,
    goldMerges,
    initialGuesses,
    splits,
    pairsApart,
    people,
    mentions: total,
    landedMentions,
    onOne: onOne / Math.max(1, landedMentions),
    meanShare: shareSum / Math.max(1, people),
    onOneOfAll: onOne / Math.max(1, total),
    offMainOtherType,
    offMainSameType,
    onOneAmongPersons: personOnOne / Math.max(1, personLanded),
  };
}

/** How many source entities end up with other company when the same sources are added in another order. */
function orderDependence(bases: KnowledgeBase[], a: Merging, b: Merging): string {
  const company = (merging: Merging) => {
    const members = new Map<string, string[]>();
    const of = new Map<string, string>();
    for (const base of bases)
      for (const entity of base.entities) {
        const member = `${base.sources[0].id}|${entity.id}`;
        const id = merging.placeOf(base.sources[0].id, entity.id) ?? member;
        members.set(id, [...(members.get(id) ?? []), member]);
        of.set(member, id);
      }
    return new Map([...of].map(([member, id]) => [member, members.get(id)!.sort().join(' ')]));
  };
  const [x, y] = [company(a), company(b)];
  const moved = [...x].filter(([member, with_]) => y.get(member) !== with_).length;
  return `${moved} of ${x.size} source entities are merged with other ones than in the order read`;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const short = (id: string) => id.replace(/^person:/, '').replace(/^organization:/, 'org:');

function summaryTable(scores: ResolutionScore[], merges: Merging[]): string {
  const row = (label: string, f: (s: ResolutionScore, i: number) => string | number) =>
    `${label.padEnd(58)}${scores.map((s, i) => String(f(s, i)).padStart(10)).join('')}`;
  return [
    row('', (s) => s.label),
    row('merged entities (all types)', (_, i) => merges[i].entities.size),
    row('merged persons', (_, i) => [...merges[i].entities.values()].filter((e) => e.type === 'person').length),
    row('persons merged with two different given names (goal 0)', (s) => s.givenNameMerges.length),
    row('entities holding two different gold people', (s) => s.goldMerges.length),
    row('initial forms joined to one of several full names they fit', (s) => s.initialGuesses.length),
    row('gold people in 2+ sources', (s) => s.people),
    row('  their mentions / landed on some entity', (s) => `${s.mentions}/${s.landedMentions}`),
    row('  people split over several entities', (s) => s.splits.length),
    row('  entity pairs left apart', (s) => s.pairsApart),
    row('  mentions on the person’s main entity (goal ≥ 95%)', (s) => pct(s.onOne)),
    row('  per person, mean share', (s) => pct(s.meanShare)),
    row('  same, missed/ambiguous mentions counted too', (s) => pct(s.onOneOfAll)),
    row(
      '  off the main entity: on one of another type / same type',
      (s) => `${s.offMainOtherType}/${s.offMainSameType}`,
    ),
    row('  on one entity, of the mentions on person entities', (s) => pct(s.onOneAmongPersons)),
    row('initial forms with one known full name: with it / apart', (s) => `${s.initials.together}/${s.initials.apart}`),
  ].join('\n');
}

/** People who share a surname with someone of another given name, and where their mentions went. */
function sharedSurnames(mentions: GoldMention[], merges: Merging[]): string[] {
  const people = new Map<string, GoldMention[]>();
  for (const m of mentions) if (m.person) people.set(m.person, [...(people.get(m.person) ?? []), m]);
  const bySurname = new Map<string, string[]>();
  for (const person of people.keys()) {
    const surname = wordsOf(person).at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  const lines: string[] = [];
  const spread = (merging: Merging, list: GoldMention[]) => {
    const counts = new Map<string, number>();
    for (const m of list) {
      const where = mergedOf(merging, m);
      counts.set(where, (counts.get(where) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${short(id)}×${n}`)
      .join(' ');
  };
  const groups = [...bySurname].filter(([, list]) =>
    list.some((a, i) => list.slice(i + 1).some((b) => !samePerson(a, b))),
  );
  groups.sort((a, b) => count(b[1]) - count(a[1]));
  function count(list: string[]) {
    return list.reduce((n, p) => n + (people.get(p)?.length ?? 0), 0);
  }
  const conflated = (merging: Merging) =>
    groups.filter(([, list]) => {
      const owners = new Map<string, Set<string>>();
      for (const person of list)
        for (const m of people.get(person)!) {
          const where = mergedOf(merging, m);
          if (landed(where)) owners.set(where, (owners.get(where) ?? new Set()).add(person));
        }
      return [...owners.values()].some((set) => [...set].some((a) => [...set].some((b) => !samePerson(a, b))));
    }).length;
  lines.push(
    `${groups.length} surnames, ${groups.reduce((n, [, l]) => n + l.length, 0)} people; surnames with two of their people on one entity: ${merges.map((m) => `${m.label} ${conflated(m)}`).join(', ')}`,
  );
  for (const [surname, list] of groups) {
    lines.push(`${surname}:`);
    for (const person of list.sort((a, b) => people.get(b)!.length - people.get(a)!.length)) {
      const ms = people.get(person)!;
      const docs = [...new Set(ms.map((m) => m.doc))];
      lines.push(
        `  ${person} (${ms.length} mentions, docs ${docs.slice(0, 8).join(',')}${docs.length > 8 ? `,… ${docs.length}` : ''})`,
      );
      for (const merging of merges) lines.push(`    ${merging.label}: ${spread(merging, ms)}`);
    }
    const bare = mentions.filter((m) => !m.person && m.key === surname);
    if (bare.length > 0) {
      const docs = [...new Set(bare.map((m) => m.doc))];
      lines.push(`  bare "${surname}", nobody's by gold (${bare.length} mentions, ${docs.length} docs)`);
      for (const merging of merges) lines.push(`    ${merging.label}: ${spread(merging, bare)}`);
    }
  }
  return lines;
}

function main() {
  const all = process.argv.includes('--all');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const sources = heavyReader(log);
  const bases = sources.flatMap((s) => (s.base ? [s.base] : []));
  const mentions = sources.flatMap(goldMentions);
  let started = performance.now();
  const current = currentMerging(bases);
  log(`new merge: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const old = oldMerging(bases);
  log(`old merge: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const reversed = currentMerging([...bases].reverse(), 'new rev');
  const merges = [old, current];
  const scores = merges.map((m) => scoreMerging(m, mentions));
  const reversedScore = scoreMerging(reversed, mentions);
  const attributed = mentions.filter((m) => m.person);
  const out: string[] = [
    `${sources.length} documents, ${bases.length} extracted; ${mentions.length} gold PER mentions: ${attributed.length} of ${new Set(attributed.map((m) => m.person)).size} gold people, ` +
      `${mentions.filter((m) => m.why === 'shared').length} short forms several people of their document share, ` +
      `${mentions.filter((m) => m.why === 'no full name').length} with no full name in their document`,
    `extraction: of the attributed mentions ${attributed.filter((m) => m.local === 'missed').length} have no entity in their source, ` +
      `${attributed.filter((m) => m.local === 'ambiguous').length} several`,
    '',
    summaryTable([...scores, reversedScore], [...merges, reversed]),
    `new rev: the same sources merged newest first; ${orderDependence(bases, current, reversed)}`,
  ];
  const limit = all ? Number.POSITIVE_INFINITY : 15;
  for (const score of scores) {
    out.push('', `${score.label}: persons merged with two different given names (${score.givenNameMerges.length})`);
    for (const m of score.givenNameMerges.slice(0, limit)) out.push(`  ${m.name}: ${m.names.slice(0, 6).join(' | ')}`);
    out.push(`${score.label}: entities holding two different gold people (${score.goldMerges.length})`);
    for (const m of score.goldMerges.slice(0, limit)) out.push(`  ${m.name}: ${m.people.slice(0, 6).join(' | ')}`);
    out.push(
      `${score.label}: initial forms joined to one of several full names they fit (${score.initialGuesses.length})`,
    );
    for (const m of score.initialGuesses.slice(0, limit)) out.push(`  ${m.name}: ${m.people.slice(0, 6).join(' | ')}`);
    out.push(
      `${score.label}: initial forms apart from their one full name (${score.initials.apart}): ${score.initials.apartExamples.slice(0, limit).join(', ')}`,
    );
    out.push(`${score.label}: people split (${score.splits.length}), largest first`);
    const splits = [...score.splits].sort(
      (a, b) => b.entities.reduce((n, e) => n + e[1], 0) - a.entities.reduce((n, e) => n + e[1], 0),
    );
    for (const s of splits.slice(0, limit))
      out.push(`  ${s.person}: ${s.entities.map(([id, n]) => `${short(id)}×${n}`).join(' ')}`);
  }
  out.push('', 'People who share a surname (by gold), and the entity each mention went to (old, then new):');
  out.push(...sharedSurnames(mentions, merges));
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('resolution.ts')) main();
