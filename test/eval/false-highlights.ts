/**
 * `npm run eval:highlights [-- --top N] [--pages DIR] [--show STRING]...`: what a heavy reader's knowledge highlights
 * on the 130 saved pages (../shared/corpus/news-pages), with the current merging and with the old one
 * (test/eval/old-merge.ts); --show prints where STRING was highlighted.
 *
 * As the extension does it: the name table is the merged entities' names and aliases with the one-word spellings
 * English knows (nameTableOf with the background's word test, isEnglishWord); the content script compiles it with
 * compileMatcher(entities, { ordinaryWords }) and reads each page's visible text block by block in reading order
 * (walkTextRuns of lib/annotate, which skips script, style, noscript…) through findMentions and one PageNames.
 *
 * Each distinct highlighted string is classed as a contraction ("I'm"), a fragment (a single letter, initials, an
 * all-caps function word), an ordinary word (Debian's wamerican list has it in lower case; split by whether the
 * list also has it capitalised: "security" only, or "China" too), a lone given name (one word resolving to a person
 * that CoNLL's gold people often have as their first name) or a name. Prints, for both mergings and for the new one
 * without the word test, the share of distinct strings and of highlights in the first five classes (the goal: at
 * most 3%), then the strings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { nameWords, resolveNamesOnPage } from '../../lib/annotate/page-names';
import { walkTextRuns } from '../../lib/annotate/segments';
import { isEnglishWord } from '../../lib/extract/english';
import { isGivenName } from '../../lib/extract/given-names';
import { isAlsoProperNoun } from '../../lib/extract/proper-nouns';
import { mergeKnowledge } from '../../lib/knowledge/merge';
import { entitiesOfNameTable, type NameTable, nameTableOf } from '../../lib/knowledge/name-table';
import type { EntityResolver } from '../../lib/knowledge/resolve';
import type { Entity, EntityType, KnowledgeBase } from '../../lib/knowledge/schema';
import { compileMatcher, findMentions, type Mention, OTHER_PERSON_ID } from '../../lib/match';
import { candidatesOf } from '../../lib/match/patterns';
import { documentNames, readConll } from './conll';
import { CORPUS, ENG_TRAIN, heavyReader } from './heavy-reader';
import { oldMergeWithPlacement } from './old-merge';

const WORD_LIST = '/usr/share/dict/american-english';

export type HighlightClass =
  | 'contraction'
  | 'fragment'
  | 'ordinary word'
  | 'ordinary word, also a proper noun'
  | 'lone given name'
  | 'name';

/** The classes the goal counts as false highlights. */
export const FALSE_CLASSES: readonly HighlightClass[] = [
  'contraction',
  'fragment',
  'ordinary word',
  'ordinary word, also a proper noun',
  'lone given name',
];

const FUNCTION_WORDS = new Set(
  'a an the and or nor but if so as at by for from in into of off on onto out over to up upon with within without via per than then that this these those there here what which who whom whose when where why how i me my we us our you your he him his she her it its they them their be am is are was were been being do does did have has had will would shall should can could may might must not no yes all any each both some such only own same too very just also'.split(
    ' ',
  ),
);
const CONTRACTION = /^\p{L}+'(?:m|re|ve|ll|d|s|t)$|n't$/iu;
const INITIALS = /^\p{Lu}\.?(?: \p{Lu}\.?)?$/u;

/** "US" for "United States": the capitals of the name's capitalised words. */
function isAcronymOf(text: string, name: string): boolean {
  const letters = text.replace(/\./g, '');
  if (!/^\p{Lu}{2,}$/u.test(letters)) return false;
  return (
    name
      .split(/[\s-]+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('') === letters
  );
}

export interface Classifier {
  /** entityName: the canonical name of the entity it was highlighted as (judges "China" and "US" as names). */
  classify(text: string, type: EntityType | undefined, entityName?: string): HighlightClass;
}

export function makeClassifier(wordList: string, givenNames: ReadonlySet<string>): Classifier {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const line of wordList.split('\n')) {
    const word = line.trim();
    if (!word) continue;
    if (word === word.toLowerCase()) lower.add(word);
    else capitalised.add(word.toLowerCase());
  }
  return {
    classify(raw, type, entityName = '') {
      const text = raw.replace(/[’‘]/g, "'");
      if (CONTRACTION.test(text) && !/^[OD]'/.test(text)) return 'contraction';
      // "US" for the United States, "China" for China: a thing's own name or acronym, whatever else the word is.
      if (isAcronymOf(text, entityName)) return 'name';
      if (text.toLowerCase() === entityName.toLowerCase() && capitalised.has(text.toLowerCase())) return 'name';
      if (/^\p{L}$/u.test(text) || INITIALS.test(text)) return 'fragment';
      if (text === text.toUpperCase() && FUNCTION_WORDS.has(text.toLowerCase())) return 'fragment';
      const oneWord = !/\s/.test(text);
      const key = text.toLowerCase();
      if (oneWord && lower.has(key))
        return capitalised.has(key) ? 'ordinary word, also a proper noun' : 'ordinary word';
      if (oneWord && type === 'person' && givenNames.has(key)) return 'lone given name';
      return 'name';
    },
  };
}

/**
 * Common given names: the first words of CoNLL's gold people of two or more words, used by at least two different
 * people, and more often a first word than a last one ("Li" of "Li Peng" is a surname, "Peter" a given name).
 */
export function conllGivenNames(file = ENG_TRAIN): Set<string> {
  const people = new Set<string>();
  for (const doc of readConll(readFileSync(file, 'utf8')))
    for (const name of documentNames(doc)) if (name.type === 'PER') people.add(name.text.toLowerCase());
  const first = new Map<string, Set<string>>();
  const last = new Map<string, number>();
  for (const person of people) {
    const words = person.split(' ');
    if (words.length < 2) continue;
    if (!/^\p{L}{2,}$/u.test(words[0])) continue;
    first.set(words[0], (first.get(words[0]) ?? new Set()).add(person));
    last.set(words.at(-1)!, (last.get(words.at(-1)!) ?? 0) + 1);
  }
  return new Set([...first].filter(([w, ps]) => ps.size >= 2 && ps.size > (last.get(w) ?? 0)).map(([w]) => w));
}

/** Page markup without what would make a DOM fetch or run anything. */
const inert = (html: string) => html.replace(/<(script|style|iframe|link)\b[^>]*>(?:[\s\S]*?<\/\1>)?/gi, '');

export interface Highlight {
  page: string;
  text: string;
  /** Up to 40 characters either side. */
  context: string;
  /** A capitalised word right before or after it ("[Ross] Douthat", "Stewart [Island]", "[Charles] M. Blow"). */
  besideCapital: boolean;
  entityId: string;
  type: EntityType | undefined;
  /** The canonical name of that entity (of the first candidate, for an ambiguous short form). */
  entityName: string;
}

/** The name table the store saves for these merged entities (nameTableOf, with the background's word test or none). */
export function nameTableFor(entities: readonly Entity[], withOrdinaryWords = true): NameTable {
  // nameTableOf reads only the resolver's entities(): the old merge's entities are handed over the same way.
  const resolver = {
    *entities() {
      yield* entities;
    },
  } as unknown as EntityResolver;
  return nameTableOf(
    resolver,
    1,
    withOrdinaryWords ? { isOrdinary: isEnglishWord, isGivenName, isAlsoProperNoun } : {},
  );
}

/** What the pages highlight with this name table, compiled as the content script does. */
export function highlightPages(table: NameTable, pages: { name: string; html: string }[]): Highlight[] {
  const known = entitiesOfNameTable(table);
  const matcher = compileMatcher(known, { ordinaryWords: new Set(table.ordinaryWords ?? []) });
  const types = new Map(known.map((e) => [e.id, e.type]));
  const typeOf = (id: string) => types.get(id) ?? matcher.entityTypes.get(id);
  const names = new Map(known.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(candidatesOf(id)[0]!) ?? '';
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const highlights: Highlight[] = [];
  for (const page of pages) {
    const doc = new window.DOMParser().parseFromString(inert(page.html), 'text/html') as unknown as Document;
    const root = doc.body ?? doc.documentElement;
    // As the annotator does: everything found, then people's short names settled in document order.
    const found: { run: string; mention: Mention }[] = [];
    for (const run of walkTextRuns(root, { exclude: () => false, onShadowRoot: () => {} })) {
      if (!run) continue;
      for (const mention of findMentions(matcher, run.text, { otherPeople: true }))
        found.push({ run: run.text, mention });
    }
    const isPerson = (id: string) => id === OTHER_PERSON_ID || typeOf(id) === 'person';
    const people = found.filter(({ mention }) => isPerson(mention.entityId));
    const meant = resolveNamesOnPage(
      people.map(({ run, mention }) => ({
        foundId: mention.entityId,
        words: nameWords(run.slice(mention.start, mention.end)),
      })),
    );
    const settled = new Map(people.map((entry, i) => [entry, meant[i]]));
    for (const entry of found) {
      const { run: runText, mention } = entry;
      const entityId = settled.has(entry) ? settled.get(entry) : mention.entityId;
      if (!entityId) continue;
      const text = runText.slice(mention.start, mention.end).replace(/\s+/g, ' ');
      const context = `${runText.slice(Math.max(0, mention.start - 40), mention.start)}[${text}]${runText.slice(mention.end, mention.end + 40)}`;
      const before = runText.slice(Math.max(0, mention.start - 30), mention.start);
      const after = runText.slice(mention.end, mention.end + 3);
      highlights.push({
        page: page.name,
        text,
        context: context.replace(/\s+/g, ' '),
        besideCapital: /\p{Lu}[\p{L}'’.-]*[ \u00a0]$/u.test(before) || /^[ \u00a0-]\p{Lu}/u.test(after),
        entityId,
        type: typeOf(entityId),
        entityName: nameOf(entityId),
      });
    }
  }
  return highlights;
}

interface Tally {
  text: string;
  cls: HighlightClass;
  count: number;
  besideCapital: number;
  pages: Set<string>;
  entities: Set<string>;
}

function tally(highlights: Highlight[], classifier: Classifier): Tally[] {
  const byText = new Map<string, Tally>();
  for (const h of highlights) {
    const t = byText.get(h.text) ?? {
      text: h.text,
      cls: classifier.classify(h.text, h.type, h.entityName),
      count: 0,
      besideCapital: 0,
      pages: new Set(),
      entities: new Set(),
    };
    t.count++;
    if (h.besideCapital) t.besideCapital++;
    t.pages.add(h.page);
    t.entities.add(h.entityId);
    byText.set(h.text, t);
  }
  return [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

function report(label: string, tallies: Tally[], top: number): string[] {
  const distinct = tallies.length;
  const total = tallies.reduce((n, t) => n + t.count, 0);
  const lines = [
    `${label}: ${total} highlights of ${distinct} distinct strings on ${new Set(tallies.flatMap((t) => [...t.pages])).size} pages`,
  ];
  const row = (name: string, ts: Tally[]) =>
    `  ${name.padEnd(36)}${String(ts.length).padStart(6)} ${pct(ts.length, distinct).padStart(6)} of distinct  ${String(ts.reduce((n, t) => n + t.count, 0)).padStart(6)} ${pct(
      ts.reduce((n, t) => n + t.count, 0),
      total,
    ).padStart(6)} of highlights`;
  for (const cls of [...FALSE_CLASSES, 'name'] as HighlightClass[])
    lines.push(
      row(
        cls,
        tallies.filter((t) => t.cls === cls),
      ),
    );
  const falseOnes = tallies.filter((t) => FALSE_CLASSES.includes(t.cls));
  lines.push(row('FALSE (the first five; goal ≤ 3%)', falseOnes));
  lines.push(
    row(
      '  without "also a proper noun"',
      falseOnes.filter((t) => t.cls !== 'ordinary word, also a proper noun'),
    ),
  );
  const oneWord = (ts: Tally[]) => ts.filter((t) => !/\s/.test(t.text));
  const beside = (ts: Tally[]) => {
    const [n, all] = [ts.reduce((x, t) => x + t.besideCapital, 0), ts.reduce((x, t) => x + t.count, 0)];
    return `${n} of ${all} (${pct(n, all)})`;
  };
  lines.push(
    `  one-word highlights beside another capitalised word: false ones ${beside(oneWord(falseOnes))}, names ${beside(oneWord(tallies.filter((t) => t.cls === 'name')))}`,
  );
  lines.push(`  top ${top} false strings (count, pages, beside a capitalised word, class, entity):`);
  for (const t of falseOnes.slice(0, top))
    lines.push(
      `    ${t.text.padEnd(16)} ${String(t.count).padStart(5)} ${String(t.pages.size).padStart(4)}p ${String(t.besideCapital).padStart(4)}  ${t.cls.padEnd(34)} ${[...t.entities].slice(0, 2).join(' ')}`,
    );
  return lines;
}

function main() {
  const args = process.argv.slice(2);
  const top = Number(args[args.indexOf('--top') + 1]) || 40;
  const dir = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : join(CORPUS, 'news-pages');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const bases: KnowledgeBase[] = heavyReader(log).flatMap((s) => (s.base ? [s.base] : []));
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name: name.replace(/\.html$/, ''), html: readFileSync(join(dir, name), 'utf8') }));
  if (!existsSync(WORD_LIST)) {
    process.stderr.write(`eval:highlights needs ${WORD_LIST}: apt-get install -y wamerican\n`);
    process.exit(2);
  }
  const givenNames = conllGivenNames();
  const classifier = makeClassifier(readFileSync(WORD_LIST, 'utf8'), givenNames);
  const out: string[] = [
    `${pages.length} pages; ${givenNames.size} given names (CoNLL gold first names of two or more people, more often first than last)`,
    '',
  ];
  const all: Tally[][] = [];
  const show = args.flatMap((arg, i) => (args[i - 1] === '--show' ? [arg] : []));
  const current = mergeKnowledge(bases).entities;
  for (const [label, entities, withOrdinaryWords] of [
    ['new merge, no ordinaryWords (the background’s word list not sent)', current, false],
    ['old merge', oldMergeWithPlacement(bases).kb.entities, true],
    ['new merge', current, true],
  ] as const) {
    const started = performance.now();
    const highlights = highlightPages(nameTableFor(entities, withOrdinaryWords), pages);
    const tallies = tally(highlights, classifier);
    for (const text of show)
      for (const h of highlights.filter((x) => x.text === text).slice(0, 12))
        log(`${label} ${h.page} ${h.entityId}: ${h.context}`);
    log(`${label}: ${entities.length} entities, pages read in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    all.push(tallies);
    out.push(...report(label, tallies, top), '');
  }
  const [, before, after] = all;
  const gone = before.filter((t) => FALSE_CLASSES.includes(t.cls) && !after.some((a) => a.text === t.text));
  out.push(`false strings the old merge highlighted and the new one does not: ${gone.length}`);
  out.push(
    `  ${gone
      .slice(0, top)
      .map((t) => `${t.text}×${t.count}`)
      .join(', ')}`,
  );
  out.push('', `new merge, every distinct highlighted string (count, pages, class; entity when one):`);
  for (const t of after)
    out.push(
      `  ${t.text.padEnd(28)} ${String(t.count).padStart(5)} ${String(t.pages.size).padStart(4)}p  ${t.cls.padEnd(34)} ${[...t.entities].slice(0, 2).join(' ')}`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('false-highlights.ts')) main();
