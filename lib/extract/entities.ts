/** Mentions → entities: typing by keywords, lexicon and context; one entity per real thing. */
import { entityId } from '../knowledge/ids';
import type { EntityType } from '../knowledge/schema';
import {
  FEMALE_HONORIFICS,
  isFemaleName,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isMaleName,
  MALE_HONORIFICS,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  SHORT_FORM_TYPES,
  SHORT_FORMS,
  SPEECH_VERBS,
} from './lexicon';
import type { Mention, SentenceTokens } from './names';

export type Gender = 'male' | 'female';

export interface DraftEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: Mention[];
  gender?: Gender;
}

export interface EntityIndex {
  entities: DraftEntity[];
  entityOf: Map<Mention, DraftEntity>;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'inside', 'at']);
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d&]+|\p{Lu}\d+)$/u;
const CONNECTOR_WORDS = new Set(['of', 'the', 'and', '&', 'for']);

const canonicalOf = (text: string): string => SHORT_FORMS[text] ?? text;

/** The word that says what kind of thing a multi-word name is: "Department" in "Department of Defence". */
function headWord(words: string[]): string {
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
}

function typeByForm(name: string, words: string[]): EntityType | null {
  if (name in SHORT_FORM_TYPES) return SHORT_FORM_TYPES[name];
  const head = headWord(words);
  if (ORGANIZATION_WORDS.has(head)) return 'organization';
  if (PLACE_WORDS.has(head) && words.length > 1) return 'place';
  if (isKnownPlace(name)) return 'place';
  if (isKnownOrganization(name)) return 'organization';
  if (ACRONYM.test(name)) return 'organization';
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) return 'organization';
  return null;
}

interface Context {
  before?: string;
  after: string[];
}

function contextOf(mention: Mention, all: SentenceTokens[]): Context {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = tokens.findIndex((t) => t.end >= mention.end);
  return {
    before: tokens[first - 1]?.text,
    after: tokens.slice(last + 1, last + 4).map((t) => t.text.toLowerCase()),
  };
}

/** Context that only people have: "said Wang", "Wang said", "Solberg, who". */
function looksLikePerson(context: Context): boolean {
  if (context.before && SPEECH_VERBS.has(context.before.toLowerCase())) return true;
  const [next, second] = context.after;
  if (next && SPEECH_VERBS.has(next)) return true;
  return next === ',' && second === 'who';
}

function typeOfSingleWord(mentions: Mention[], all: SentenceTokens[]): EntityType | null {
  const word = mentions[0].words[0];
  if (mentions.some((m) => m.title)) return 'person';
  const contexts = mentions.map((m) => contextOf(m, all));
  if (contexts.some((c) => c.before && PLACE_PREPOSITIONS.has(c.before.toLowerCase()))) return 'place';
  if (contexts.some(looksLikePerson) || isFirstName(word)) return 'person';
  return null;
}

function genderOf(entity: DraftEntity, all: SentenceTokens[]): Gender | undefined {
  for (const mention of entity.mentions) {
    const honorific = mention.title?.split(' ').pop()?.toLowerCase() ?? '';
    if (MALE_HONORIFICS.has(honorific)) return 'male';
    if (FEMALE_HONORIFICS.has(honorific)) return 'female';
  }
  const first = entity.name.split(' ')[0];
  if (entity.name.includes(' ') && isMaleName(first) && !isFemaleName(first)) return 'male';
  if (entity.name.includes(' ') && isFemaleName(first) && !isMaleName(first)) return 'female';
  // otherwise the pronouns that follow its mentions decide
  let male = 0;
  let female = 0;
  for (const mention of entity.mentions) {
    for (const s of [mention.sentence, mention.sentence + 1]) {
      for (const token of all[s]?.tokens ?? []) {
        if (s === mention.sentence && token.start < mention.end) continue;
        const word = token.text.toLowerCase();
        if (word === 'he' || word === 'his' || word === 'him') male++;
        if (word === 'she' || word === 'her') female++;
      }
    }
  }
  if (male === female) return undefined;
  return male > female ? 'male' : 'female';
}

/** Index of a shorter person name ("Wang", "Biden") inside a fuller one ("Wang Yi", "Joe Biden"). */
function isPartOfName(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  if (short.length === 1) return full[0] === short[0] || full[full.length - 1] === short[0];
  let at = 0;
  for (const word of full) if (word === short[at]) at++;
  return at === short.length;
}

function initialsOf(words: string[]): string {
  return words
    .filter((w) => !CONNECTOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** Groups mentions into entities: typed, with surname-only and acronym mentions joined to the full name. */
export function buildEntities(mentions: Mention[], all: SentenceTokens[]): EntityIndex {
  const byName = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const name = canonicalOf(mention.text);
    byName.set(name, [...(byName.get(name) ?? []), mention]);
  }
  const drafts = new Map<string, { name: string; words: string[]; mentions: Mention[]; type: EntityType | null }>();
  for (const [name, group] of byName) {
    const words = name === group[0].text ? group[0].words : name.split(' ');
    let type = typeByForm(name, words);
    if (!type && group.some((m) => m.title)) type = 'person';
    if (!type && words.length > 1) type = 'person';
    drafts.set(name, { name, words, mentions: group, type });
  }
  const people = [...drafts.values()].filter((d) => d.type === 'person');
  // surname-only and shorter forms join the fullest person name they belong to
  for (const draft of [...drafts.values()]) {
    if (draft.type === 'place' || draft.type === 'organization') continue;
    const fuller = people
      .filter((p) => p !== draft && isPartOfName(draft.words, p.words))
      .sort((a, b) => b.words.length - a.words.length || b.mentions.length - a.mentions.length)[0];
    if (fuller) {
      fuller.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  // acronyms join the multi-word name whose initials they spell
  for (const draft of [...drafts.values()]) {
    if (!ACRONYM.test(draft.name)) continue;
    const letters = draft.name.replace(/\./g, '');
    const full = [...drafts.values()].find((d) => d !== draft && d.words.length > 1 && initialsOf(d.words) === letters);
    if (full) {
      full.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  const entities: DraftEntity[] = [];
  const entityOf = new Map<Mention, DraftEntity>();
  for (const draft of drafts.values()) {
    const words = draft.words;
    let type = draft.type;
    if (!type && words.length === 1) {
      // a lone capitalised word at a sentence start is too weak to be a name on its own
      const strong = draft.mentions.filter((m) => !m.clauseInitial);
      if (strong.length === 0 && !isFirstName(draft.name) && !isKnownPlace(draft.name)) continue;
      type = typeOfSingleWord(draft.mentions, all);
    }
    if (!type) continue;
    const entity: DraftEntity = {
      id: entityId(type, draft.name),
      name: draft.name,
      type,
      aliases: new Set(draft.mentions.map((m) => m.text).filter((text) => text !== draft.name)),
      mentions: draft.mentions.sort((a, b) => a.start - b.start),
    };
    if (type === 'person') entity.gender = genderOf(entity, all);
    entities.push(entity);
    for (const mention of draft.mentions) entityOf.set(mention, entity);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { entities, entityOf };
}
