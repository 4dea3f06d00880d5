/** Mentions → entities: typing by keywords, lexicon and context; one entity per real thing. */
import { entityId } from '../knowledge/ids';
import type { EntityType } from '../knowledge/schema';
import {
  EVENT_FIRST_WORDS,
  FEMALE_HONORIFICS,
  isFemaleName,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isMaleName,
  MALE_HONORIFICS,
  ORGANIZATION_WORDS,
  OTHER_THING_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  SHORT_FORM_TYPES,
  SHORT_FORMS,
  SPEECH_VERBS,
  TEAM_WORDS,
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
/** Only teams come after these: "beat Northgate City 3-2". */
const OPPONENT_WORDS = new Set([
  'beat',
  'defeated',
  'against',
  'hosted',
  'hosts',
  'host',
  'visited',
  'edged',
  'thrashed',
  'overcame',
]);
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d&]+|\p{Lu}\d+)$/u;
/** Body nouns that also follow people: "the Smith family", "Biden administration" is still a government. */
const PERSON_BODY_WORDS = new Set([
  'house',
  'office',
  'team',
  'government',
  'administration',
  'cabinet',
  'unit',
  'post',
  'times',
]);
/** Enough characters to read the word after a name. */
const MAX_WORD_CHARS = 24;
const CONNECTOR_WORDS = new Set(['of', 'the', 'and', '&', 'for']);

/** "HELSINKI" in a dateline is Helsinki. */
function canonicalOf(text: string): string {
  if (text in SHORT_FORMS) return SHORT_FORMS[text];
  const titleCase = titleCased(text);
  return /^\p{Lu}{3,}$/u.test(text) && isKnownPlace(titleCase) ? titleCase : text;
}

/** "PORT ELLERY —" or "NAIROBI, Kenya —" opening an article: a dateline, which always names a place. */
const DATELINE_END = /^\s*(?:,|—|–|-|\()/;
function isDateline(mention: Mention, source: string): boolean {
  return (
    /^[\p{Lu}\s.'-]+$/u.test(mention.text) &&
    /\p{Lu}{3,}/u.test(mention.text) &&
    source.slice(0, mention.start).trim() === '' &&
    DATELINE_END.test(source.slice(mention.end))
  );
}
const titleCased = (text: string) => text.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

/** The word that says what kind of thing a multi-word name is: "Department" in "Department of Defence". */
function headWord(words: string[]): string {
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
}

function typeByForm(name: string, words: string[]): EntityType | 'other' | null {
  if (name in SHORT_FORM_TYPES) return SHORT_FORM_TYPES[name];
  const head = headWord(words);
  if (OTHER_THING_WORDS.has(words[words.length - 1].toLowerCase())) return 'other';
  if (words.length > 1 && EVENT_FIRST_WORDS.has(words[0].toLowerCase())) return 'other';
  if (ORGANIZATION_WORDS.has(head)) return 'organization';
  // "Washington State" is a place; "Islamic State" is a group that calls itself one
  if (head === 'state' && words.length > 1 && !isKnownPlace(words.slice(0, -1).join(' '))) return 'organization';
  if (PLACE_WORDS.has(head) && words.length > 1) return 'place';
  if (PLACE_FIRST_WORDS.has(words[0].toLowerCase()) && words.length > 1) return 'place';
  if (isKnownPlace(name)) return 'place';
  if (isKnownOrganization(name)) return 'organization';
  if (ACRONYM.test(name)) return 'organization';
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) return 'organization';
  return null;
}

interface Context {
  before?: string;
  /** The token before "and"/"or" in "Nairobi and Mombasa". */
  beforeConjunction?: string;
  after: string[];
}

function contextOf(mention: Mention, all: SentenceTokens[]): Context {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = tokens.findIndex((t) => t.end >= mention.end);
  const before = tokens[first - 1]?.text;
  return {
    before,
    beforeConjunction: before === 'and' || before === 'or' ? tokens[first - 2]?.text : undefined,
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

/** Nouns that follow a company's name: "Yahoo shareholders", "Amazon’s headquarters". */
const CORPORATE_NOUNS = new Set(
  'shareholders shares stock board executives employees staff subsidiary subsidiaries deal sale acquisition merger ceo founder headquarters revenue revenues earnings profit profits products brand assets investors customers users stores app platform spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);
/** "Amazon-owned", "Kroger-backed": only bodies own and fund things. */
const OWNER_SUFFIXES = new Set(['owned', 'backed', 'funded', 'operated', 'sponsored']);
const DETERMINERS = new Set(['the', 'a', 'an']);

function looksLikeOrganization(context: Context): boolean {
  const [next, second] = context.after;
  if (next && CORPORATE_NOUNS.has(next)) return true;
  if (next === '-' && second && OWNER_SUFFIXES.has(second)) return true;
  // "the Guardian said": people do not take an article, bodies that speak do
  return DETERMINERS.has(context.before?.toLowerCase() ?? '') && !!next && SPEECH_VERBS.has(next);
}

function typeOfSingleWord(mentions: Mention[], all: SentenceTokens[]): EntityType | null {
  const word = mentions[0].words[0];
  if (mentions.some((m) => m.title)) return 'person';
  const contexts = mentions.map((m) => contextOf(m, all));
  if (!isFirstName(word) && contexts.some(looksLikeOrganization)) return 'organization';
  // "the Excalibur portfolio": a single word after an article is a thing, not a person
  const afterArticle = contexts.some((c) => DETERMINERS.has(c.before?.toLowerCase() ?? ''));
  if (contexts.some((c) => c.before && PLACE_PREPOSITIONS.has(c.before.toLowerCase()))) return 'place';
  if (contexts.some((c) => c.beforeConjunction && isKnownPlace(c.beforeConjunction))) return 'place';
  if (contexts.some((c) => c.after[0] === ',' && c.after[1] === 'where')) return 'place';
  if (isFirstName(word)) return 'person';
  if (contexts.some(looksLikePerson) && !afterArticle) return 'person';
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

function lowercaseWordsAfter(mentions: Mention[], source: string): string[] {
  return mentions.flatMap((m) => /^ (\p{Ll}+)/u.exec(source.slice(m.end, m.end + MAX_WORD_CHARS))?.[1] ?? []);
}

/** "South Taranaki coast", "Ninety Mile beach": a lowercase place noun right after a name makes it a place. */
function placeWordAfter(mentions: Mention[], source: string): string | undefined {
  return lowercaseWordsAfter(mentions, source).find((word) => PLACE_WORDS.has(word));
}

/** "the Manu Taupunga group", "the Walkley foundation": a lowercase body noun right after a name. */
function bodyWordAfter(mentions: Mention[], source: string): boolean {
  return lowercaseWordsAfter(mentions, source).some(
    (word) => ORGANIZATION_WORDS.has(word) && !PERSON_BODY_WORDS.has(word),
  );
}

/** Bodies a country has only one of, so the word alone names it: "Congress", "the Senate", "the Navy". */
const ONE_OF_A_KIND_BODIES = new Set(['congress', 'senate', 'parliament', 'house', 'cabinet', 'army', 'navy']);

function isGenericBody(words: string[]): boolean {
  const word = words[0].toLowerCase();
  return words.length === 1 && ORGANIZATION_WORDS.has(word) && !ONE_OF_A_KIND_BODIES.has(word);
}

/** Index of a shorter person name ("Wang", "Biden") inside a fuller one ("Wang Yi", "Joe Biden"). */
function isPartOfName(shortForm: string[], fullForm: string[]): boolean {
  if (shortForm.length >= fullForm.length) return false;
  // "Bin Laden" opening a sentence is the "Osama bin Laden" of the lead
  const short = shortForm.map((w) => w.toLowerCase());
  const full = fullForm.map((w) => w.toLowerCase());
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

/** A first name alone ("Daniel" for "Daniel Young") would match every Daniel: not an alias. */
function isAlias(text: string, name: string, type: EntityType, mentions: Mention[], all: SentenceTokens[]): boolean {
  if (text === name) return false;
  if (!(type === 'person' && name.startsWith(`${text} `) && isFirstName(text))) return true;
  // news names people by family name when they speak: "Nguyen said"
  return mentions.some((m) => m.text === text && looksLikePerson(contextOf(m, all)));
}

/** "Finnish Trade Union Confederation (SAK)": a name followed by its acronym in brackets. */
function introduces(full: { mentions: Mention[] }, acronym: { mentions: Mention[] }, source: string): boolean {
  return full.mentions.some((f) => acronym.mentions.some((a) => /^\s*\($/.test(source.slice(f.end, a.start))));
}

/** Groups mentions into entities: typed, with surname-only and acronym mentions joined to the full name. */
export function buildEntities(mentions: Mention[], all: SentenceTokens[], source: string): EntityIndex {
  const byName = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const name =
      isDateline(mention, source) && !(mention.text in SHORT_FORMS)
        ? titleCased(mention.text)
        : canonicalOf(mention.text);
    byName.set(name, [...(byName.get(name) ?? []), mention]);
  }
  const drafts = new Map<string, { name: string; words: string[]; mentions: Mention[]; type: EntityType | null }>();
  const fullerNames = [...byName.keys()];
  for (const [name, group] of byName) {
    const words = name === group[0].text ? group[0].words : name.split(' ');
    const byForm = typeByForm(name, words);
    if (byForm === 'other') continue;
    let type: EntityType | null = group.some((m) => m.title) && !(name in SHORT_FORMS) ? 'person' : byForm;
    if (group.some((m) => isDateline(m, source))) type = 'place';
    const opponent = group.some((m) => OPPONENT_WORDS.has(contextOf(m, all).before?.toLowerCase() ?? ''));
    if (opponent && !isKnownPlace(name)) type = 'organization';
    // a word after the name types it, unless the name is a person's family name ("Bassi fishing team")
    const retypable =
      (!type || (type === 'person' && !group.some((m) => m.title) && !isFirstName(words[0]))) &&
      !fullerNames.some((other) => other !== name && other.endsWith(` ${name}`));
    if (retypable && placeWordAfter(group, source)) type = 'place';
    else if (retypable && bodyWordAfter(group, source)) type = 'organization';
    // "Las Vegas" beside "Las Vegas Strip": the start of a place's name is a place
    if (
      !type &&
      words.length > 1 &&
      fullerNames.some((other) => other.startsWith(`${name} `) && typeByForm(other, other.split(' ')) === 'place')
    )
      type = 'place';
    if (!type && words.length > 1) type = 'person';
    drafts.set(name, { name, words, mentions: group, type });
  }
  // "Ninety Mile beach" is the "Ninety Mile Beach" named elsewhere
  for (const draft of [...drafts.values()]) {
    const word = placeWordAfter(draft.mentions, source);
    const whole = word && drafts.get(`${draft.name} ${word[0].toUpperCase()}${word.slice(1)}`);
    if (whole && whole.type === 'place') {
      whole.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  const allPeople = [...drafts.values()].filter((d) => d.type === 'person');
  // only full names take shorter forms, so no mention lands on a form that itself joins a fuller name
  const people = allPeople.filter((p) => !allPeople.some((q) => q !== p && isPartOfName(p.words, q.words)));
  const firstStart = (d: { mentions: Mention[] }) => Math.min(...d.mentions.map((m) => m.start));
  // surname-only and shorter forms join the person introduced first whose name they are part of: "Parata" is
  // the "Hori Parata" the article opens with, not his son "Kauri Parata" named later
  for (const draft of [...drafts.values()]) {
    if (draft.type === 'place' || draft.type === 'organization') continue;
    const fuller = people
      .filter((p) => p !== draft && isPartOfName(draft.words, p.words))
      .sort((a, b) => firstStart(a) - firstStart(b))[0];
    if (fuller) {
      fuller.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  // "Hanseong" and "Rovers" stand for "Hanseong Semiconductor" and "Harbourside Rovers"
  for (const draft of [...drafts.values()]) {
    if (draft.words.length !== 1 || draft.type === 'place' || draft.type === 'person') continue;
    // "in Westport" is the town even when the "Westport Chamber of Commerce" is named too
    if (!draft.type && typeOfSingleWord(draft.mentions, all) === 'place') continue;
    const word = draft.words[0];
    const whole = [...drafts.values()].find(
      (d) => d !== draft && d.type === 'organization' && d.words.length > 1 && d.words.includes(word),
    );
    if (whole && (!ORGANIZATION_WORDS.has(word.toLowerCase()) || TEAM_WORDS.has(word.toLowerCase()))) {
      whole.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  // "Whole Foods" is the "Whole Foods Market" named elsewhere
  for (const draft of [...drafts.values()]) {
    if (draft.type !== 'organization' || draft.words.length < 2) continue;
    const whole = [...drafts.values()].find(
      (d) => d !== draft && d.type === 'organization' && d.name.startsWith(`${draft.name} `),
    );
    if (whole) {
      whole.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  // acronyms join the multi-word name whose initials they spell
  for (const draft of [...drafts.values()]) {
    if (!ACRONYM.test(draft.name)) continue;
    const letters = draft.name.replace(/\./g, '');
    const full = [...drafts.values()].find(
      (d) => d !== draft && d.words.length > 1 && (initialsOf(d.words) === letters || introduces(d, draft, source)),
    );
    if (full) {
      full.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  const entities: DraftEntity[] = [];
  const entityOf = new Map<Mention, DraftEntity>();
  for (const draft of drafts.values()) {
    const words = draft.words;
    // "the Council", "the Post": a head word alone names no one in particular
    if (isGenericBody(words)) continue;
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
      aliases: new Set(
        draft.mentions.map((m) => m.text).filter((text) => isAlias(text, draft.name, type, draft.mentions, all)),
      ),
      mentions: draft.mentions.sort((a, b) => a.start - b.start),
    };
    if (type === 'person') entity.gender = genderOf(entity, all);
    entities.push(entity);
    for (const mention of draft.mentions) entityOf.set(mention, entity);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { entities, entityOf };
}
