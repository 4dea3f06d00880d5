/**
 * The knowledge benchmark's readers: the built-in article, a heavy reader (~950 one-source knowledge bases from
 * CoNLL-2003, from a --sources file, or generated) and 10,000 generated sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ExtractionError, extractArticle } from '../../lib/extract';
import { extractFiles } from '../../lib/extract/files';
import { entityId, hashId } from '../../lib/knowledge/ids';
import type { Entity, Fact, KnowledgeBase, Quote } from '../../lib/knowledge/schema';
import { articleText, readConll } from '../eval/conll';
import { generatedEntities, randomFrom } from './entities';

export const ROOT = resolve(import.meta.dirname, '../..');
const CACHE_DIR = resolve(ROOT, '.output/bench-cache');
/** A heavy reader's base when there is no corpus at hand. */
export const HEAVY_GENERATED = 950;

/** The built-in knowledge as the build makes it (wxt.config.ts: seeds/*.txt through extractFiles). */
export function seedKnowledge(): KnowledgeBase {
  const seedDir = resolve(ROOT, 'seeds');
  const files = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: join(seedDir, name), text: readFileSync(join(seedDir, name), 'utf8'), builtIn: true }));
  return extractFiles(files);
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'no-git';
  }
}

/** What the extraction depends on: the committed lib/extract and any uncommitted change to it. */
function extractVersion(): string {
  const tree = git(['rev-parse', 'HEAD:lib/extract']);
  const dirty = git(['diff', 'HEAD', '--', 'lib/extract']);
  return dirty ? `${tree}-${hashId('dirty', dirty).slice('dirty:'.length)}` : tree;
}

/** Each CoNLL document rebuilt as an article and extracted once; cached by file size, mtime and lib/extract. */
export function conllSources(file: string, log: (line: string) => void): KnowledgeBase[] {
  const stat = statSync(file);
  const key = `conll-${stat.size}-${Math.round(stat.mtimeMs)}-${extractVersion()}.json`;
  const cached = join(CACHE_DIR, key);
  if (existsSync(cached)) {
    log(`CoNLL sources from the cache ${cached}`);
    return JSON.parse(readFileSync(cached, 'utf8')) as KnowledgeBase[];
  }
  const docs = readConll(readFileSync(file, 'utf8'));
  log(`Extracting ${docs.length} CoNLL documents (once; cached in ${CACHE_DIR})…`);
  const started = performance.now();
  const bases: KnowledgeBase[] = [];
  for (const doc of docs) {
    try {
      bases.push(
        extractArticle({ text: articleText(doc), builtIn: false, url: `https://conll.example/doc-${doc.index}` }),
      );
    } catch (error) {
      if (!(error instanceof ExtractionError)) throw error;
    }
  }
  log(`  ${bases.length} sources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, JSON.stringify(bases));
  return bases;
}

/** What `npm run --silent extract -- --sources FILE...` prints: a JSON array of one-source knowledge bases. */
export function sourcesFile(file: string): KnowledgeBase[] {
  const bases = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(bases)) throw new Error(`${file}: not a JSON array of knowledge bases`);
  return bases as KnowledgeBase[];
}

const VERBS = ['said', 'told reporters', 'announced', 'warned', 'insisted', 'added', 'confirmed'];
const TOPICS = ['the budget', 'the talks', 'new tariffs', 'the election', 'the ceasefire', 'the merger', 'rates'];
const ROLES = ['foreign minister', 'chief executive', 'spokesperson', 'governor', 'central bank head', 'senator'];

/**
 * One-source knowledge bases shaped like the CoNLL articles' extractions (about 10 entities, 1 quote and 6 facts
 * each): 5–15 entities drawn from a pool with a long tail (a few names in many articles, most in one or two), a
 * role for some people, 0–2 quotes and 3–9 facts.
 */
export function generatedSources(count: number, seed: number, poolSize = Math.max(2000, count * 6)): KnowledgeBase[] {
  const random = randomFrom(seed);
  const pool = generatedEntities(poolSize, seed);
  const bases: KnowledgeBase[] = [];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < count; i++) {
    const sourceId = `source:gen-${seed}-${i}`;
    const date = new Date(start + Math.floor(random() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
    const picked = new Map<string, Entity>();
    const wanted = 5 + Math.floor(random() * 11);
    while (picked.size < wanted) {
      // Cubing skews towards the front of the pool: its first names recur across many sources.
      const drawn = pool[Math.floor(random() ** 3 * pool.length)];
      const id = entityId(drawn.type, drawn.name);
      if (picked.has(id)) continue;
      const entity: Entity = {
        id,
        name: drawn.name,
        type: drawn.type,
        aliases: [...drawn.aliases],
        sourceIds: [sourceId],
      };
      if (drawn.type === 'person' && random() < 0.4) {
        const description = ROLES[Math.floor(random() * ROLES.length)];
        entity.description = description;
        entity.roles = [{ sourceId, description, date }];
      }
      picked.set(id, entity);
    }
    const entities = [...picked.values()];
    const people = entities.filter((e) => e.type === 'person');
    const quotes: Quote[] = [];
    const quoteCount = people.length ? Math.floor(random() * 3) : 0;
    for (let q = 0; q < quoteCount; q++) {
      const speaker = people[Math.floor(random() * people.length)];
      const topic = TOPICS[Math.floor(random() * TOPICS.length)];
      const text = `We will not accept any delay on ${topic}, and we expect an answer within ${q + 2} weeks.`;
      quotes.push({
        id: hashId('quote', `${sourceId}|${q}`),
        text,
        speakerId: speaker.id,
        sourceId,
        sentence: `“${text}” ${speaker.name} ${VERBS[q % VERBS.length]}.`,
      });
    }
    const facts: Fact[] = [];
    const factCount = 3 + Math.floor(random() * 7);
    for (let f = 0; f < factCount; f++) {
      const named = [
        entities[Math.floor(random() * entities.length)],
        entities[Math.floor(random() * entities.length)],
      ];
      const topic = TOPICS[Math.floor(random() * TOPICS.length)];
      facts.push({
        id: hashId('fact', `${sourceId}|${f}`),
        text: `${named[0].name} ${VERBS[f % VERBS.length]} that ${named[1].name} would review ${topic} before the ${f + 1}th.`,
        entityIds: [...new Set(named.map((e) => e.id))],
        sourceId,
        score: Math.round(random() * 1000) / 1000,
      });
    }
    facts.sort((a, b) => b.score - a.score);
    bases.push({
      sources: [
        {
          id: sourceId,
          date,
          builtIn: false,
          url: `https://generated.example/${seed}/${i}`,
          title: `${entities[0].name} and ${entities[1].name}: ${TOPICS[i % TOPICS.length]}`,
        },
      ],
      entities,
      quotes,
      facts,
    });
  }
  return bases;
}

/** One new article naming a person no other source knows: what "Add this article" stores. */
export function freshArticle(personName: string, index: number, neighbours: Entity[]): KnowledgeBase {
  const sourceId = `source:fresh-${index}-${Date.now().toString(36)}`;
  const date = '2026-11-30';
  const person: Entity = {
    id: entityId('person', personName),
    name: personName,
    type: 'person',
    aliases: [personName.split(' ').at(-1)!],
    description: 'trade envoy',
    roles: [{ sourceId, description: 'trade envoy', date }],
    sourceIds: [sourceId],
  };
  const others = neighbours.map((e) => ({
    id: entityId(e.type, e.name),
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    sourceIds: [sourceId],
  }));
  const entities = [person, ...others.filter((e) => e.id !== person.id)];
  return {
    sources: [
      { id: sourceId, date, builtIn: false, url: `https://fresh.example/${index}`, title: `${personName} visits` },
    ],
    entities,
    quotes: [
      {
        id: hashId('quote', sourceId),
        text: 'We came to listen, and we will be back in the spring.',
        speakerId: person.id,
        sourceId,
        sentence: `“We came to listen, and we will be back in the spring,” ${personName} said.`,
      },
    ],
    facts: entities.slice(0, 6).map((entity, f) => ({
      id: hashId('fact', `${sourceId}|${f}`),
      text: `${personName} met ${entity.name} on Monday.`,
      entityIds: [...new Set([person.id, entity.id])],
      sourceId,
      score: 1 - f / 10,
    })),
  };
}

/** Sum of entities, quotes and facts, for the output. */
export function sizeOf(bases: KnowledgeBase[]): { entities: number; quotes: number; facts: number; jsonMb: number } {
  let entities = 0;
  let quotes = 0;
  let facts = 0;
  let chars = 0;
  for (const base of bases) {
    entities += base.entities.length;
    quotes += base.quotes.length;
    facts += base.facts.length;
    chars += JSON.stringify(base).length;
  }
  return { entities, quotes, facts, jsonMb: chars / 1e6 };
}
