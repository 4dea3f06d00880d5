/** What kind of thing a name is: its head word, its lexicon entry, and the words around its mentions. */
import type { EntityType } from '../knowledge/schema';
import { isEnglishWord } from './english';
import { isNationalityWord, placeKind } from './gazetteer';
import {
  EVENT_FIRST_WORDS,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isLastName,
  isPeopleWord,
  isPersonNoun,
  ORGANIZATION_WORDS,
  OTHER_THING_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  SHORT_FORM_TYPES,
  SHORT_FORMS,
  SPEECH_VERBS,
  THING_ACRONYMS,
} from './lexicon';
import { STATE_ABBREVIATIONS, STATE_CODES } from './name-parts';
import type { Mention, SentenceTokens } from './names';

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'inside', 'at']);

export const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d&]+|\p{Lu}\d+)$/u;
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

/** The word that says what kind of thing a multi-word name is: "Department" in "Department of Defence". */
function headWord(words: string[]): string {
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
}

const MASTHEAD_FIRST_WORDS = new Set([
  'Le',
  'La',
  'El',
  'Il',
  'O',
  'Die',
  'Der',
  'Das',
  'Les',
  'Los',
  'Las',
  'Daily',
  'Weekly',
]);
const CREDIT_DESKS = /^(?:Newsroom|Newsdesk|Desk|Bureau)$/i;
/** Wire services name themselves in every story ("Reuters has not verified…", "told Reuters"): always bodies. */
export const NEWS_AGENCIES = new Set(
  'Reuters Reuter RTRS AP AFP Tass Itar-Tass ITAR-TASS Interfax Xinhua Kyodo Yonhap Anadolu Tanjug Hina HINA Bernama Antara PAP MENA IRNA PTI UNI APS Agerpres Rompres BTA CTK MTI ANSA EFE DPA Belga Ritzau NTB TT STT Notimex Prensa'.split(
    ' ',
  ),
);

const ROMANCE_PLACE_OPENERS = /^(?:San|Sao|São|Monte|Puerto|Porto)$/;

/** Words that name a part of a place, or its people: "Southern", "Former", "Arab". */
const REGION_WORDS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest northeastern northwestern southeastern southwestern former greater upper lower'.split(
    ' ',
  ),
);
const isRegionWord = (word: string): boolean =>
  REGION_WORDS.has(word.toLowerCase()) || isPeopleWord(word) || isNationalityWord(word);

/** The words an English club adds to its town's name: "Ipswich Town", "Norwich City". */
const CLUB_TOWN_WORDS = new Set(['Town', 'City']);

export function typeByForm(name: string, words: string[]): EntityType | 'other' | null {
  if (name in SHORT_FORM_TYPES) return SHORT_FORM_TYPES[name];
  if (THING_ACRONYMS.has(name)) return 'other';
  // "H1", "Q3", "M2": a half-year, a quarter, a money aggregate (but "G20" is a body)
  if (/^(?:H[12]|Q[1-4]|M[0-4])$/.test(name)) return 'other';
  if (STATE_CODES.has(name)) return 'place';
  // "S. Africa", "N. Korea": a compass point's initial before a place
  if (words.length === 2 && /^[NSEW]\.$/.test(words[0]) && isKnownPlace(words[1])) return 'place';
  // "U.S. Midwest", "U.S. Middle East", "U.S. Treasuries": a country's short form opens a region's or a body's
  // name, never a person's
  const country = words.length > 1 && SHORT_FORM_TYPES[SHORT_FORMS[words[0]]] === 'place';
  if (country && (isKnownPlace(words.slice(1).join(' ')) || isRegionWord(words[1]))) return 'place';
  // "N.J.", "S.C.": a state's dotted abbreviation is never anything else
  if (name.includes('.') && STATE_ABBREVIATIONS.has(name)) return 'place';
  const head = headWord(words);
  if (OTHER_THING_WORDS.has(words[words.length - 1].toLowerCase())) return 'other';
  if (words.length > 1 && EVENT_FIRST_WORDS.has(words[0].toLowerCase())) return 'other';
  // "Bucharest Newsroom", "Chicago Newsdesk": a wire credit, not something the article is about
  if (words.length > 1 && CREDIT_DESKS.test(words[words.length - 1])) return 'other';
  if (NEWS_AGENCIES.has(name)) return 'organization';
  // "PT Matahari Putra Prima", "PT VDH Teguh Sakti": an Indonesian company's legal form opens its name
  if (words.length > 1 && words[0] === 'PT') return 'organization';
  // a place's whole name beats its head word: "West Bank", "Golan Heights", "Kansas City"
  if (words.length > 1 && placeKind(name)) return 'place';
  // "Harrogate Town", "Stoke City": a town's name with "Town" or "City" that is no place of its own is its club
  if (words.length === 2 && CLUB_TOWN_WORDS.has(words[1]) && placeKind(words[0])) return 'organization';
  // "North Caucasus", "Former Yugoslavia", "Arab East Jerusalem": a known place with words for a part of it
  if (words.length > 1 && isKnownPlace(words[words.length - 1]) && words.slice(0, -1).every(isRegionWord))
    return 'place';
  if (ORGANIZATION_WORDS.has(head)) return 'organization';
  // "Steptoe & Johnson", "Salomon & Taylor": partners' names joined by an ampersand are their firm
  const amp = words.indexOf('&');
  const partner = (w = '') => /^\p{Lu}\p{Ll}/u.test(w);
  if (amp > 0 && partner(words[amp - 1]) && partner(words[amp + 1]) && !isKnownPlace(name)) return 'organization';
  // "Washington State" is a place; "Islamic State" is a group that calls itself one
  if (head === 'state' && words.length > 1 && !isKnownPlace(words.slice(0, -1).join(' '))) return 'organization';
  if (PLACE_WORDS.has(head) && words.length > 1) return 'place';
  if (PLACE_FIRST_WORDS.has(words[0].toLowerCase()) && words.length > 1) return 'place';
  // "Monte Carlo", "San Carlos", "Puerto Cabezas": a saint's, a mount's or a port's name in Spanish, Portuguese or
  // Italian opens a town's ("San Diego Padres" is a known town's team)
  if (ROMANCE_PLACE_OPENERS.test(words[0]) && words.length > 1 && !isKnownPlace(words.slice(0, -1).join(' ')))
    return 'place';
  if (isKnownPlace(name)) return 'place';
  // "Le Monde", "El Mundo", "La Jornada", "Daily Variety": a paper's name opens with an article or its rhythm
  if (words.length > 1 && words.length <= 4 && MASTHEAD_FIRST_WORDS.has(words[0])) return 'organization';
  if (isKnownOrganization(name)) return 'organization';
  if (ACRONYM.test(name)) return 'organization';
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) return 'organization';
  // (but not before a model or a code: "U.S. F-14", "U.S. HRW")
  return country && words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ? 'organization' : null;
}

interface Context {
  before?: string;
  /** The token before "and"/"or" in "Nairobi and Mombasa". */
  beforeConjunction?: string;
  after: string[];
  /** The two words before the name, lowercase: "shares of". */
  beforeWords: string[];
}

export function contextOf(mention: Mention, all: SentenceTokens[]): Context {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = tokens.findIndex((t) => t.end >= mention.end);
  const before = tokens[first - 1]?.text;
  return {
    before,
    beforeConjunction: before === 'and' || before === 'or' ? tokens[first - 2]?.text : undefined,
    after: tokens.slice(last + 1, last + 4).map((t) => t.text.toLowerCase()),
    beforeWords: tokens.slice(Math.max(first - 2, 0), first).map((t) => t.text.toLowerCase()),
  };
}

/** Context that only people have: "said Wang", "Wang said", "Solberg, who". */
export function looksLikePerson(context: Context): boolean {
  if (context.before && SPEECH_VERBS.has(context.before.toLowerCase())) return true;
  const [next, second] = context.after;
  if (next && SPEECH_VERBS.has(next)) return true;
  return next === ',' && second === 'who';
}

/** Nouns news sets before a body's name: "brokers Cheuvreux de Virieu", "operator Den Norske Stats Oljeselskap". */
export const BODY_NOUNS_BEFORE = new Set(
  'operators brokers bankers lender insurer insurers carmaker chipmaker retailer retailers broadcaster airline carrier firm firms company companies giant conglomerate subsidiary supplier distributor manufacturer exporter importer group agency newspaper newspapers daily weekly magazine station network bank banks fund trust utility miner refiner exchange party'.split(
    ' ',
  ),
);
/** "news agency Petra", "the journal Nature", "sister publication Gente": a paper's or an agency's name follows its
 * noun, even when it is also a given name or an everyday word. */
const PRESS_NOUNS = new Set('agency newspaper daily weekly magazine journal publication tabloid'.split(' '));
export const afterPressNoun = (mentions: Mention[], all: SentenceTokens[]): boolean =>
  mentions.some((m) => PRESS_NOUNS.has(contextOf(m, all).before ?? ''));

/** Nouns after a name that only bodies take: "Yedioth Ahronoth newspaper", "Zastava arms factory". */
const BODY_NOUNS_AFTER = new Set(
  'newspaper daily weekly magazine shares stock stocks subsidiary unit factory plant mill mills refinery group company firm chain division spokesman spokeswoman'.split(
    ' ',
  ),
);

/** Nouns for a works that stands in a town: "the Puertollano refinery". */
const SITE_NOUNS = new Set(['refinery', 'plant', 'mill', 'mills', 'factory', 'smelter', 'mine', 'depot']);

const MAX_LISTED_TOKENS = 8;
/** "investment banks Merrill Lynch and SBC Warburg": the later names of a list a body noun opens. */
function listedAfterBodyNoun(mention: Mention, all: SentenceTokens[]): boolean {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  for (let k = first - 2; k >= Math.max(0, first - MAX_LISTED_TOKENS); k--) {
    const word = tokens[k].text;
    if (/^\p{Ll}/u.test(word) && word !== 'and')
      return BODY_NOUNS_BEFORE.has(word) && /^\p{Lu}/u.test(tokens[k + 1].text);
  }
  return false;
}

/** A mention set off as a body: "brokers X", "the daily X", "X newspaper", "X shares" (the noun after only when
 * `after`: "Star magazine" may be a word and its noun). */
export function hasBodyContext(mention: Mention, all: SentenceTokens[], after = true): boolean {
  const context = contextOf(mention, all);
  const before = context.before ?? '';
  if (/^\p{Ll}/u.test(before) && BODY_NOUNS_BEFORE.has(before)) return true;
  if ((before === 'and' || before === ',') && listedAfterBodyNoun(mention, all)) return true;
  if (!after) return false;
  const next = context.after[0] ?? '';
  return BODY_NOUNS_AFTER.has(next) || (next === "'s" && BODY_NOUNS_AFTER.has(context.after[1] ?? ''));
}

/** Nouns that follow a company's name: "Yahoo shareholders", "Amazon’s headquarters". */
const CORPORATE_NOUNS = new Set(
  'shareholders shares stock board executives employees staff subsidiary subsidiaries deal sale acquisition merger ceo founder headquarters revenue revenues earnings profit profits products brand assets investors customers users stores app platform spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);
/** "Amazon-owned", "Kroger-backed": only bodies own and fund things. */
export const OWNER_SUFFIXES = new Set(['owned', 'backed', 'funded', 'operated', 'sponsored']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Verbs only companies are the subject of: "Apple shipped", "Amazon has launched", "Yahoo reported earnings". */
const CORPORATE_VERBS = new Set(
  'announced launched unveiled shipped acquired partnered reported posted hired laid invested manufactures sells sold debuted released filed listed'.split(
    ' ',
  ),
);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'recently', 'then']);
/** Phrases a company's name follows: "shares of Yahoo", "CEO of Amazon". */
const CORPORATE_LEADS = new Set([
  'shares of',
  'ceo of',
  'executive of',
  'stake in',
  'owner of',
  'founder of',
  'chairman of',
  'investors in',
  'partnered with',
  'partnership with',
  'spokesman for',
  'spokeswoman for',
  'spokesperson for',
]);

function isCorporateSubject(context: Context): boolean {
  const verb = context.after.find((word) => !AUXILIARIES.has(word));
  return !!verb && CORPORATE_VERBS.has(verb);
}

/** "Apple shipped", "shares of Yahoo", "Apple’s chief executive". */
function hasCorporateContext(context: Context): boolean {
  const [next, second] = context.after;
  if (next === 'chief' && (second === 'executive' || second === 'officer')) return true;
  return isCorporateSubject(context) || CORPORATE_LEADS.has(context.beforeWords.join(' '));
}

function looksLikeOrganization(context: Context): boolean {
  const [next, second] = context.after;
  if (next && CORPORATE_NOUNS.has(next)) return true;
  if (next === '-' && second && OWNER_SUFFIXES.has(second)) return true;
  // "the Guardian said": people do not take an article, bodies that speak do
  return DETERMINERS.has(context.before?.toLowerCase() ?? '') && !!next && SPEECH_VERBS.has(next);
}

/** "said Peter Roe, at Paribas": a preposition after the full name of someone just quoted. */
function isSourcesWorkplace(mention: Mention, all: SentenceTokens[]): boolean {
  const { tokens } = all[mention.sentence];
  let k = tokens.findIndex((t) => t.start >= mention.start) - 1;
  if (!/^(?:at|from)$/.test(tokens[k]?.text ?? '')) return false;
  k -= tokens[k - 1]?.text === ',' ? 2 : 1;
  const capitalised = (i: number) => /^\p{Lu}\p{Ll}/u.test(tokens[i]?.text ?? '');
  return capitalised(k) && capitalised(k - 1) && SPEECH_VERBS.has(tokens[k - 2]?.text.toLowerCase() ?? '');
}

/** Nouns for a role a body can hold too: "partner Minorco", "piston maker Kolbenschmidt", "champion Auxerre". */
const SHARED_ROLE_NOUNS = new Set(['partner', 'maker', 'owner', 'member', 'champion', 'winner', 'holder']);
/** "spokesman Amrollah", not "champions Auxerre" (a plural) nor "a three-man Presidency" (a compound). */
const afterPersonNoun = ({ before = '', beforeWords }: Context): boolean =>
  /^\p{Ll}+$/u.test(before) &&
  !before.endsWith('s') &&
  beforeWords[0] !== '-' &&
  !SHARED_ROLE_NOUNS.has(before) &&
  isPersonNoun(before);

export function typeOfSingleWord(mentions: Mention[], all: SentenceTokens[]): EntityType | null {
  const word = mentions[0].words[0];
  if (mentions.some((m) => m.title)) return 'person';
  const contexts = mentions.map((m) => contextOf(m, all));
  if (afterPressNoun(mentions, all)) return 'organization';
  if (!isFirstName(word) && contexts.some(looksLikeOrganization)) return 'organization';
  // "the evening newspaper Resalat reported", "private bank Bamerindus": what news sets around a body's name
  const proper = !isEnglishWord(word);
  // ...but "the Puertollano refinery", "the Salvador mine" are a site in a town of the gazetteer
  const site = placeKind(word) !== null && mentions.every((m) => SITE_NOUNS.has(contextOf(m, all).after[0] ?? ''));
  if (!isFirstName(word) && !site && mentions.some((m) => hasBodyContext(m, all, proper))) return 'organization';
  // a person's family name announces things too ("Obama announced"), so the verb counts for unknown words only
  const personContext = contexts.some((c) => looksLikePerson(c) && !isCorporateSubject(c));
  if (!isFirstName(word) && !isLastName(word) && !personContext && contexts.some(hasCorporateContext)) {
    return 'organization';
  }
  // "Masood's spokesman Amrollah", "midfielder Valdo": a lowercase noun for one person right before the name
  if (contexts.some(afterPersonNoun)) return 'person';
  // "said Peter Roe, at Paribas", "said Burcin Mavituna from Interbank": where a quoted source works
  if (!isKnownPlace(word) && mentions.some((m) => isSourcesWorkplace(m, all))) return 'organization';
  // "the Excalibur portfolio": a single word after an article is a thing, not a person
  const afterArticle = contexts.some((c) => DETERMINERS.has(c.before?.toLowerCase() ?? ''));
  if (contexts.some((c) => c.before && PLACE_PREPOSITIONS.has(c.before.toLowerCase()))) return 'place';
  if (contexts.some((c) => c.beforeConjunction && isKnownPlace(c.beforeConjunction))) return 'place';
  if (contexts.some((c) => c.after[0] === ',' && c.after[1] === 'where')) return 'place';
  // a first name alone ("Roman", "Sam") is a person only where the text says so: "Sam said"
  if (contexts.some(looksLikePerson) && !afterArticle) return 'person';
  return null;
}

function lowercaseWordsAfter(mentions: Mention[], source: string): string[] {
  return mentions.flatMap((m) => /^ (\p{Ll}+)/u.exec(source.slice(m.end, m.end + MAX_WORD_CHARS))?.[1] ?? []);
}

/** "South Taranaki coast", "Ninety Mile beach": a lowercase place noun right after a name makes it a place. */
export function placeWordAfter(mentions: Mention[], source: string): string | undefined {
  return lowercaseWordsAfter(mentions, source).find((word) => PLACE_WORDS.has(word));
}

/** "the Manu Taupunga group", "the Walkley foundation": a lowercase body noun right after a name. */
export function bodyWordAfter(mentions: Mention[], source: string): boolean {
  return lowercaseWordsAfter(mentions, source).some(
    (word) => ORGANIZATION_WORDS.has(word) && !PERSON_BODY_WORDS.has(word),
  );
}

/** Bodies a country has only one of, so the word alone names it: "Congress", "the Senate", "the Navy" ("parliament"
 * and "cabinet" are as often the common noun). */
export const ONE_OF_A_KIND_BODIES = new Set(['congress', 'senate', 'house', 'army', 'navy']);

export function isGenericBody(words: string[]): boolean {
  const word = words[0].toLowerCase();
  return words.length === 1 && ORGANIZATION_WORDS.has(word) && !ONE_OF_A_KIND_BODIES.has(word);
}
