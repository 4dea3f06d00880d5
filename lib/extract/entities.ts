/** Mentions → entities: typing by keywords, lexicon and context; one entity per real thing. */

import { entityId, slugify } from '../knowledge/ids';
import type { EntityType } from '../knowledge/schema';
import { initialsOf, introduces, isAlias, isPartOfName, standsFor, withoutParticle } from './aliases';
import { isDefinedTerm, namesPublication } from './bodies';
import { inDatelineRegion, isDateline } from './datelines';
import { isEnglishWord } from './english';
import { isNationalityWord, placeKind } from './gazetteer';
import { isGivenName } from './given-names';
import {
  FEMALE_HONORIFICS,
  isCountry,
  isFemaleName,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isLastName,
  isMaleName,
  isOrdinaryWord,
  isPeopleWord,
  isRoleNoun,
  isTimeWord,
  isUnknownWord,
  MALE_HONORIFICS,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  SHORT_FORM_TYPES,
  SHORT_FORMS,
  TEAM_WORDS,
  TITLE_WORDS,
} from './lexicon';
import { STATE_ABBREVIATIONS } from './name-parts';
import type { Mention, SentenceTokens } from './names';
import { endsInCommonPlural, hasNameWord, isNamedThing, isPersonName, isSomeone } from './person-evidence';
import { afterArticle, isProductName } from './products';
import { beforeItsRegion } from './towns';
import {
  ACRONYM,
  bodyWordAfter,
  contextOf,
  hasBodyContext,
  isGenericBody,
  OWNER_SUFFIXES,
  placeWordAfter,
  typeByForm,
  typeOfSingleWord,
} from './typing';

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

/** "beat Leicester", "hosted Leicester" make a town's name its team; people visit towns ("visited Colombo"). */
const RESULT_WORDS = new Set([...OPPONENT_WORDS].filter((w) => w !== 'visited'));

const SCORE = /^\d{1,3}$/;
const PRICE_RANGE = /\d,\d{3}-\d/;
const VERSUS = /^(?:v|vs|vs\.)$/i;
/** Words a table of figures sets after a figure for how it moved. */
const MOVES = /^(?:up|down|dn|unch|unchanged|pct|percent|higher|lower|steady|firmer|easier)$/;
/** A name in a results line, followed by its score or set against another with "v". */
function isTeamPosition(mention: Mention, all: SentenceTokens[]): boolean {
  const { sentence, tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = tokens.findIndex((t) => t.end >= mention.end);
  const [before, after] = [tokens[first - 1]?.text ?? '', tokens[last + 1]?.text ?? ''];
  if (VERSUS.test(before) || VERSUS.test(after)) return true;
  const table = sentence.headline || !isProse(all[mention.sentence]);
  // "Stephane Henchoz (Hamburg)" in a squad list: a town in brackets after a player is the club
  if (table && before === '(' && after === ')' && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '')) return true;
  // a score stands alone or is a cricket total ("236-4"): "2,020.82" and "10.57:33" are figures and times
  const score = tokens[last + 1];
  const next = tokens[last + 2];
  const glued = !!next && next.start === score?.end;
  const total = glued && next.text === '-' && /^\d{1,2}$/.test(tokens[last + 3]?.text ?? '');
  // "Dresden 792 up 11.4": a figure and how it moved is a statistic, not a score ("Sussex 389 and 112" is one)
  const statistic = !!next && MOVES.test(next.text);
  // "Dewas 45 Yellow 12,700-12,950": a line of prices in thousands is a market's table, not results
  return table && SCORE.test(after) && (!glued || total) && !statistic && !PRICE_RANGE.test(sentence.text);
}

/** "Leicester 0 Arsenal 2", "Hull 1 Bury 1": a line that is two names each with a score. */
const SCORE_LINE = /^(?:\p{Lu}[\p{L}'-]*\s+){1,3}\d{1,3}\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}\d{1,3}(?:\s|$)/u;
const isScoreLine = (text: string): boolean => SCORE_LINE.test(text);

/** Capitalised words that name no person but have a proper word in them: a company, a party, a group. */
function isBodyLike(words: string[], mentions: Mention[]): boolean {
  // a word with its own capital and small letters that English does not have: "Microsystems", "Khmer", "Eelam"
  const proper = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isEnglishWord(w) && !isNationalityWord(w));
  if (proper.length === 0) return false;
  // "India RBI", "Pennsylvania Gov.", "Leaders of Iraq", "Lawyer Cesare": a place, a title or a sentence-start
  // descriptor in a run is two things side by side, not one body's name
  const noise = (w: string) =>
    /\d|\.$/.test(w) || isTimeWord(w) || w in SHORT_FORMS || TITLE_WORDS.has(w.toLowerCase());
  if (words.some(noise)) return false;
  // "India RBI", "Tokyo Nikkei" sit side by side; "… of the United States", "PUK and Iraq" join a place on
  const place = words.findIndex((w) => isKnownPlace(w));
  if (place >= 0 && (words.some((w) => /^\p{Lu}{2,}$/u.test(w)) || /^(?:of|and|the)$/.test(words[place - 1] ?? '')))
    return false;
  const opensSentence = mentions.every((m) => m.tokenIndex === 0);
  return !(opensSentence && isEnglishWord(words[0]));
}

/** A sentence of running text: five words or more, a good share of them in lower case. */
const PROSE_LOWERCASE_SHARE = 0.25;
function isProse({ tokens }: SentenceTokens): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  const lower = words.filter((t) => /^\p{Ll}/u.test(t.text)).length;
  return words.length >= 5 && lower >= words.length * PROSE_LOWERCASE_SHARE;
}

/** "HELSINKI" in a dateline is Helsinki. */
function canonicalOf(text: string): string {
  if (text in SHORT_FORMS) return SHORT_FORMS[text];
  const titleCase = titleCased(text);
  return /^\p{Lu}{3,}$/u.test(text) && isKnownPlace(titleCase) ? titleCase : text;
}

const titleCased = (text: string) => text.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

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

/** "Russian Tuva", "Islamist Muslim Brotherhood": a demonym or faith word before a place or a name is not part of it. */
function withoutAdjective(name: string, known: Map<string, Mention[]>): string | undefined {
  const [first, ...rest] = name.split(' ');
  const remainder = rest.join(' ');
  if (rest.length === 0 || !isPeopleWord(first) || isKnownPlace(name)) return undefined;
  // "Christian Ziege": a faith word that is also a given name, before a family name, is the name's first word
  if (rest.length === 1 && isGivenName(first) && !isEnglishWord(remainder)) return undefined;
  // "European Commission", "European Union": a body's own name, not a demonym before a generic word
  if (rest.length === 1 && (ORGANIZATION_WORDS.has(remainder.toLowerCase()) || isEnglishWord(remainder)))
    return undefined;
  // "Islamist Hamas": a faith or nationality word before a name English does not have
  const named =
    isKnownPlace(remainder) ||
    known.has(remainder) ||
    (rest.length > 1 && isPeopleWord(rest[0])) ||
    (rest.length === 1 &&
      !isFirstName(first) &&
      !isEnglishWord(remainder) &&
      /^\p{Lu}(?:\p{Ll}|\p{Lu}{2})/u.test(remainder));
  return named ? remainder : undefined;
}

function joinAdjectivePrefixed(byName: Map<string, Mention[]>): void {
  for (const [name, group] of [...byName]) {
    // "Finance Minister Christian Lindqvist": a title says the whole is a person's name
    if (group.some((m) => m.title)) continue;
    // "Palestinian Islamist Hamas": every leading demonym or faith word goes
    let remainder = withoutAdjective(name, byName);
    for (let next = remainder && withoutAdjective(remainder, byName); next; next = withoutAdjective(next, byName)) {
      remainder = next;
    }
    if (!remainder) continue;
    const words = remainder.split(' ');
    const trimmed = group.map((m) => {
      const end = m.text.length - remainder.length;
      return { ...m, text: remainder, words, start: m.start + end };
    });
    byName.delete(name);
    byName.set(remainder, [...(byName.get(remainder) ?? []), ...trimmed]);
  }
}

/** How a spelling reads: mixed case beats capitals ("Hong Kong" over "HONG KONG"), then the more frequent. */
const spellingRank = (name: string, count: number): number => (/\p{Ll}/u.test(name) ? 1_000_000 : 0) + count;

/** "HONG KONG" and "Hong Kong", "Inc" and "Inc.": spellings with one id are one name, the mixed-case one kept. */
function joinCaseVariants(byName: Map<string, Mention[]>): void {
  const byKey = new Map<string, string[]>();
  for (const name of byName.keys()) {
    const key = slugify(name);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  for (const names of byKey.values()) {
    if (names.length < 2) continue;
    const best = names.reduce((a, b) =>
      spellingRank(b, byName.get(b)?.length ?? 0) > spellingRank(a, byName.get(a)?.length ?? 0) ? b : a,
    );
    const mentions = names.flatMap((name) => byName.get(name) ?? []).sort((a, b) => a.start - b.start);
    for (const name of names) byName.delete(name);
    byName.set(best, mentions);
  }
}

/**
 * A capitalised word mid-sentence that English does not know ("Grozny", "Lufthansa") is a name even without
 * context: a town of the gazetteer is a place, a known family name a person, anything else most often a body.
 */
function unknownWordType(word: string, mentions: Mention[], all: SentenceTokens[], source: string): EntityType | null {
  // "al-Qaeda-linked", "Jamie Werner of Ngātiwai": inside a compound or after "of", a word may be anything
  // ...but "the town of Moengo" and "shares of Isbank" are named where a name goes
  const strong = mentions.filter(
    (m) =>
      !/-$/.test(source.slice(m.start - 1, m.start)) &&
      !/\p{Lu}[\p{L}.]*\s+of\s+$/u.test(source.slice(Math.max(0, m.start - 40), m.start)) &&
      source[m.end] !== '-',
  );
  if (strong.length === 0 || word.length < 3 || !/^\p{Lu}\p{L}*(?:-\p{L}+)*$/u.test(word)) return null;
  if (!isUnknownWord(word) || isNationalityWord(word) || isPeopleWord(word) || isTimeWord(word)) return null;
  // "Maoist", "Thatcherite": a follower's word, not a name
  if (/(?:ists?|ites?|isms?)$/.test(word)) return null;
  // "Kestrian towns": a word shaped like a demonym before a plain noun is an adjective
  const adjective = (m: Mention) => /^ \p{Ll}+/u.test(source.slice(m.end, m.end + 2));
  if (/(?:ian|ean|ese|ish)$/.test(word) && mentions.every(adjective)) return null;
  if (placeKind(word) || PLACE_ENDING.test(word)) return 'place';
  if (strong.some((m) => isPlaceContext(m, all))) return 'place';
  // a given name alone ("Wilhelmina", "Caroline") is someone, if anything
  if (isLastName(word) || isFirstName(word) || strong.some((m) => isScorer(m, all))) return 'person';
  return 'organization';
}

/** "(Schwabl 38th, Zorc 60th)", "Scorers: Lubarskij (50th minute)": a player and the minute of a goal. */
function isScorer(mention: Mention, all: SentenceTokens[]): boolean {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = tokens.findIndex((t) => t.end >= mention.end);
  const [before, after, second] = [tokens[first - 1]?.text, tokens[last + 1]?.text, tokens[last + 2]?.text];
  const minute = /^\d{1,3}(?:st|nd|rd|th)$/;
  if (after === '(' && second && minute.test(second)) return true;
  return (before === '(' || before === ',' || before === ';') && !!after && minute.test(after);
}

/** Endings of town and region names in many languages: -grad, -burg, -abad, -stan, -ovo, -ice, -pur. */
const PLACE_ENDING =
  /(?:grad|gorod|burg|bourg|borough|ville|stadt|dorf|hausen|abad|stan|pur|pura|nagar|ovo|evo|ovac|ice|ówek|sk|polis|pol|chester|mouth|ford|shire|istan)$/i;
/** Words that put a name where a place goes: "from Sierakowice", "near Trepca", "Sierakowice, Poland". */
const TO_PLACE = new Set(['from', 'to', 'into', 'near', 'towards', 'toward', 'via', 'outside', 'in', 'at', 'around']);
/** Prepositions only places follow, even when the name looks like a person's: "in Garhi Habibullah". */
const IN_PLACE = new Set(['in', 'near', 'outside']);
function isPlaceContext(mention: Mention, all: SentenceTokens[], strict = false): boolean {
  const context = contextOf(mention, all);
  const before = context.before?.toLowerCase() ?? '';
  // "the Chechen capital Grozny", "the port of Yosu", "the town of Rudyard"
  if ((strict ? IN_PLACE : TO_PLACE).has(before) || before === 'capital' || PLACE_WORDS.has(before)) return true;
  if (before === 'of' && PLACE_WORDS.has(context.beforeWords[0] ?? '')) return true;
  const { tokens } = all[mention.sentence];
  // "in Hub and Gadoon", "between Almere and Doetinchem": the second of two places a preposition takes
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const [preposition, partner] = [tokens[first - 3]?.text.toLowerCase() ?? '', tokens[first - 2]?.text ?? ''];
  if (!strict && (before === 'and' || before === 'or') && /^\p{Lu}/u.test(partner)) {
    if (TO_PLACE.has(preposition) || (preposition === 'between' && isKnownPlace(partner))) return true;
  }
  // "between Almere and Doetinchem": the first of two places, the second a town of the gazetteer
  const last = tokens.findIndex((t) => t.end >= mention.end);
  const [joiner, other] = [tokens[last + 1]?.text ?? '', tokens[last + 2]?.text ?? ''];
  if (!strict && before === 'between' && joiner === 'and' && placeKind(other) && !isFirstName(other)) return true;
  const next = tokens[last + 2];
  return tokens[last + 1]?.text === ',' && !!next && isCountry(next.text);
}

/** A company's legal form ends its name: "Inc", "Corp.", "AB", "& Co". */
const LEGAL_FORMS = new Set(
  'inc inc. corp corp. co co. cos ltd ltd. plc llc ag sa s.a. nv n.v. bv ab asa oy oyj spa s.p.a. gmbh kk bhd tbk'.split(
    ' ',
  ),
);
/** "Inc", "Petroleum Inc", "& Co.": what a company's short name leaves off. */
function isCompanyForm(words: string[]): boolean {
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  return LEGAL_FORMS.has(last) && words.every((w) => w === '&' || ORGANIZATION_WORDS.has(w.toLowerCase()));
}

/** "Pontiac, Mich.", "Lees Summit, Mo.": a state's abbreviation after a town and a comma. */
function followsTown(mention: Mention, source: string): boolean {
  const before = source.slice(Math.max(0, mention.start - 40), mention.start);
  return (
    /\p{Lu}[\p{L}'-]*,[ \t]$/u.test(before) && /^\.?(?:[\s,;)]|$)/u.test(source.slice(mention.end, mention.end + 2))
  );
}

/** "Miles Kan of Hambrecht & Quist", "economist at Morgan Stanley": the body a named person or a role belongs to. */
function isWorkplace(mention: Mention, all: SentenceTokens[]): boolean {
  const { before, beforeWords } = contextOf(mention, all);
  const previous = all[mention.sentence].tokens.findIndex((t) => t.start >= mention.start) - 2;
  const owner = all[mention.sentence].tokens[previous]?.text ?? '';
  if (before === 'of') return /^\p{Lu}.*\p{Ll}/u.test(owner) && !TITLE_WORDS.has(owner.toLowerCase());
  return before === 'at' && isRoleNoun(beforeWords[0] ?? '');
}

/** "ND" for "Conservative New Democracy", "BME" for "Bloomsbury Minerals Economics": the letters, in order, are
 * initials of the name's words. */
function spellsInitials(letters: string, words: string[]): boolean {
  const initials = initialsOf(words);
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return letters.length > 1;
}

/** "Figures", "Dealers", "Witnesses": the plural of an everyday English noun. */
const isEverydayPlural = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+s$/u.test(word) &&
  isEnglishWord(word) &&
  [word.slice(0, -1), word.slice(0, -2)].some((singular) => isEnglishWord(singular));

/** "Soyoil", "Millfeed": a word made of two English words of three letters or more. */
const MIN_COMPOUND_PART = 3;
function isCompound(word: string): boolean {
  const lower = word.toLowerCase();
  for (let k = MIN_COMPOUND_PART; k <= lower.length - MIN_COMPOUND_PART; k++) {
    if (isEnglishWord(lower.slice(0, k)) && isEnglishWord(lower.slice(k))) return true;
  }
  return false;
}

/** Where a place is said to lie from another: "north of Welikanda", "west of Arbil". */
const COMPASS_WORDS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(
    ' ',
  ),
);
/** "the town of Badi-Tondon", "the settlement of Novye Atagi", "just north of Welikanda". */
function isPlaceOf(mention: Mention, all: SentenceTokens[]): boolean {
  const { tokens } = all[mention.sentence];
  let k = tokens.findIndex((t) => t.start >= mention.start) - 1;
  // "the provinces of North and South Kivu, Maniema, Shaba and Bandundu": back over the list to its "of"
  let listed = false;
  for (let n = 0; n < MAX_LIST_TOKENS && k > 0 && tokens[k].text !== 'of'; n++, k--) {
    if (LIST_JOINERS.has(tokens[k].text)) listed = true;
    else if (!/^\p{Lu}/u.test(tokens[k].text)) return false;
  }
  if (tokens[k]?.text !== 'of') return false;
  const noun = tokens[k - 1]?.text ?? '';
  // "the towns of Rousse and Veliko Tarnovo": a plural place noun names every place of its list
  const plural = noun !== singularOf(noun) && PLACE_WORDS.has(singularOf(noun));
  return listed ? plural : plural || PLACE_WORDS.has(noun) || COMPASS_WORDS.has(noun);
}

const singularOf = (noun: string): string => (noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, ''));

/** Words that may sit between the names of a list: "Heathrow, Gatwick and Stansted". */
const LIST_JOINERS = new Set([',', 'and', 'or']);
const MAX_LIST_TOKENS = 12;
/** "the Ravi and Chenab rivers", "Heathrow, Gatwick and Stansted airports": names listed before a plural place noun. */
function isListedPlace(mention: Mention, all: SentenceTokens[]): boolean {
  const { tokens } = all[mention.sentence];
  const first = tokens.findIndex((t) => t.start >= mention.start);
  let j = tokens.findIndex((t) => t.end >= mention.end) + 1;
  let listed = LIST_JOINERS.has(tokens[first - 1]?.text ?? '');
  for (; j < tokens.length && j < first + MAX_LIST_TOKENS; j++) {
    const word = tokens[j].text;
    if (LIST_JOINERS.has(word)) listed = true;
    else if (!/^\p{Lu}/u.test(word)) break;
  }
  const noun = tokens[j]?.text ?? '';
  const singular = singularOf(noun);
  return listed && noun !== singular && /^\p{Ll}/u.test(noun) && PLACE_WORDS.has(singular);
}

/** "Liverpool striker Mark Kennedy", "Middlesbrough's sponsors": a town's name before its club's people is the club. */
const TEAM_MEMBERS =
  /^(?:'s)? (?:striker|defender|midfielder|goalkeeper|winger|bowler|batsman|pitcher|shortstop|quarterback|coach|manager|skipper|players|fans|supporters|sponsors|trio|duo)\b/;
const MAX_TEAM_MEMBER_CHARS = 16;
function beforeTeamMember(m: Mention, source: string): boolean {
  const after = source.slice(m.end, m.end + MAX_TEAM_MEMBER_CHARS);
  if (TEAM_MEMBERS.test(after)) return true;
  // "Everton's Duncan Ferguson", "Bremen's Jens Todt": a town's someone, named in full, plays for its club
  const owned = /^'s (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}/u.exec(after);
  return !!owned && isFirstName(owned[1]);
}

const leadsAdministration = (m: Mention, source: string): boolean =>
  /^(?:'s)? administration\b/.test(source.slice(m.end, m.end + MAX_ADMINISTRATION_CHARS)) && isLastName(m.text);
const MAX_ADMINISTRATION_CHARS = 18;

/** A name glued by a hyphen to a word: "London-based", "U.S.-led", the "PLO" of "Israel-PLO". */
function inCompound(m: Mention, source: string): boolean {
  const after = /^-(\p{L}+)/u.exec(source.slice(m.end, m.end + MAX_SUFFIX_CHARS))?.[1];
  // ...but "Kroger-owned" names the owner, a body the article is about
  if (after) return !OWNER_SUFFIXES.has(after.toLowerCase());
  return /\p{L}-$/u.test(source.slice(Math.max(0, m.start - 2), m.start));
}
const MAX_SUFFIX_CHARS = 16;

/** A town named with its region, and nothing that says it is someone or a body by its form. */
function isTownOfRegion(
  draft: { name: string; words: string[]; mentions: Mention[]; type: EntityType | null },
  all: SentenceTokens[],
): boolean {
  if (!draft.mentions.some((m) => beforeItsRegion(m, all))) return false;
  if (draft.mentions.some((m) => m.title || isSomeone(m, all))) return false;
  if (draft.type === 'person') return !isPersonName(draft.words, draft.mentions, all);
  return draft.type === null || typeByForm(draft.name, draft.words) === null;
}

const isOfTitledName = (word: string, byName: Map<string, Mention[]>): boolean =>
  [...byName].some(
    ([other, group]) => other !== word && isPartOfName([word], other.split(' ')) && group.some((m) => m.title),
  );

/** "Jeroen Van Dijk" ends with "Van Dijk", "Hassan al-Turabi" with "Turabi". */
const endsWithName = (full: string, name: string): boolean =>
  full.endsWith(` ${name}`) || withoutParticle(full.slice(full.lastIndexOf(' ') + 1)) === name;

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
  joinAdjectivePrefixed(byName);
  joinCaseVariants(byName);
  const drafts = new Map<string, { name: string; words: string[]; mentions: Mention[]; type: EntityType | null }>();
  const fullerNames = [...byName.keys()];
  for (const [name, group] of byName) {
    const words = name === group[0].text ? group[0].words : name.split(' ');
    const byForm = typeByForm(name, words);
    // "Arab Spring" is an event, "Foreign Minister Dick Spring" a person
    if (byForm === 'other' && !group.some((m) => m.title && !/^(?:the|a)$/i.test(m.title))) continue;
    // "Miss Universe", "Miss Teen": a title before an everyday word no one is named makes a contest, not a person
    const [only] = words;
    const namesNoOne = words.length === 1 && isEnglishWord(only) && !isFirstName(only) && !isLastName(only);
    if (namesNoOne && group.every((m) => m.title && /^(?:miss|mr|mrs|ms)\.?$/i.test(m.title))) continue;
    let type: EntityType | null =
      group.some((m) => m.title) && !(name in SHORT_FORMS) && !(byForm === 'place' && isKnownPlace(name))
        ? 'person'
        : byForm === 'other'
          ? null
          : byForm;
    // (the "UNITED NATIONS" of a dateline is still the body)
    const body = SHORT_FORM_TYPES[name] === 'organization';
    if (!body && group.some((m) => isDateline(m, source) || inDatelineRegion(m, source))) type = 'place';
    if (STATE_ABBREVIATIONS.has(name) && group.some((m) => followsTown(m, source))) type = 'place';
    if (group.some((m) => m.masthead) && !isKnownPlace(name)) type = 'organization';
    // "Supermarkets group Carrefour", "the airline Iberia": a body noun before a town's name makes it a body's
    if (
      type === 'place' &&
      !isCountry(name) &&
      group.some((m) => hasBodyContext(m, all, false) && !isDateline(m, source))
    )
      type = 'organization';
    const opponentWords = type === 'place' ? RESULT_WORDS : OPPONENT_WORDS;
    const opponent = group.some((m) => opponentWords.has(contextOf(m, all).before?.toLowerCase() ?? ''));
    const country = isCountry(name) || name in SHORT_FORMS;
    // a player's name is two or three words none of which is a town: "Hicham Arazi", not "Gloria Bistrita"
    // ...and so is the family name of someone the article names in full ("against Dutroux" after "Marc Dutroux")
    const isFamilyOf = (family: string) =>
      fullerNames.some((other) => other.endsWith(` ${family}`) && isFirstName(other.slice(0, other.indexOf(' '))));
    // ...or a word of a name the article gives with a title ("against Banharn" after "Prime Minister Banharn Silpa")
    const familyName = words.length === 1 && (isFamilyOf(name) || isOfTitledName(name, byName));
    // "the Kennedys", "the Roosevelts": a family named after someone the article names in full
    if (!byForm && words.length === 1 && /\p{Ll}s$/u.test(name) && isFamilyOf(name.slice(0, -1))) type = 'person';
    // ("Adelaide", "Carlton" alone are towns first, though also given names)
    const player =
      (hasNameWord(words) && !(words.length === 1 && placeKind(name))) ||
      familyName ||
      (words.length >= 2 &&
        words.length <= 3 &&
        words.every((w) => {
          const lower = w.toLowerCase();
          return /^\p{Lu}\p{Ll}/u.test(w) && !placeKind(w) && !ORGANIZATION_WORDS.has(lower) && !PLACE_WORDS.has(lower);
        }) &&
        !words.some((w) => TEAM_WORDS.has(w.toLowerCase())));
    if (opponent && !country && !player && type !== 'person') type = 'organization';
    // "said Pennington, 52" after "Gareth Pennington": a town's name that is the family name of someone named in
    // full is that person, wherever no place goes
    if (
      type === 'place' &&
      familyName &&
      !country &&
      !group.some((m) => isPlaceContext(m, all, true) || isDateline(m, source))
    )
      type = 'person';
    // "Leicester 0 Arsenal 2", "West Bromwich v Sheffield United": a town's name where a score goes is its team
    const proper = words.some((w) => !isEnglishWord(w)) && !words.some((w) => isTimeWord(w) || /\.$/.test(w));
    const dateline = group.some((m) => isDateline(m, source));
    const teamPlace = group.some((m) => isTeamPosition(m, all) || (!dateline && beforeTeamMember(m, source)));
    // "vs. Adrian Voinea" in a tennis draw is a player
    if ((type === 'place' || (!type && proper && !player)) && !country && teamPlace) type = 'organization';
    else if (!type && !country && group.some((m) => isScoreLine(all[m.sentence].sentence.text))) type = 'organization';
    // a word after the name types it, unless the name is a person's family name ("Bassi fishing team")
    const retypable =
      (!type || (type === 'person' && !group.some((m) => m.title) && !isFirstName(words[0]))) &&
      !fullerNames.some((other) => other !== name && endsWithName(other, name));
    const everyday = words.length === 1 && isEnglishWord(name);
    if (retypable && !everyday && placeWordAfter(group, source)) type = 'place';
    // ...but "Security forces", "Foreign ministry officials", "Gas oil" are a word and its noun
    else if (retypable && bodyWordAfter(group, source) && !(words.length === 1 && isEnglishWord(name)))
      type = 'organization';
    // "Las Vegas" beside "Las Vegas Strip": the start of a place's name is a place
    if (
      !type &&
      words.length > 1 &&
      fullerNames.some((other) => other.startsWith(`${name} `) && typeByForm(other, other.split(' ')) === 'place')
    )
      type = 'place';
    // "brokers Cheuvreux de Virieu", "Yedioth Ahronoth newspaper": what news sets around a body's name
    if (!type && words.length > 1 && group.some((m) => hasBodyContext(m, all))) type = 'organization';
    if (!type && words.length > 1) type = 'person';
    if (isNamedThing(group, all)) continue;
    // a product is none of our types: "Apple Pay", "the new Xbox"
    if ((!type || type === 'person') && isProductName(words, group, all)) continue;
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
    const fuller = people.filter((p) => p !== draft && isPartOfName(draft.words, p.words));
    if (fuller.length === 0) continue;
    // a short form belongs to the one full name the article had used before it ("Tane, 74," after "Hori Tane");
    // with Bill and Hillary Clinton both named first, a bare "Clinton" is no one's
    const introduced = fuller.filter((p) => firstStart(p) < firstStart(draft));
    const owner = fuller.length === 1 ? fuller[0] : introduced.length === 1 ? introduced[0] : undefined;
    owner?.mentions.push(...draft.mentions);
    drafts.delete(draft.name);
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
    if (
      whole &&
      (!ORGANIZATION_WORDS.has(word.toLowerCase()) || TEAM_WORDS.has(word.toLowerCase())) &&
      standsFor(draft.mentions, whole.words, all)
    ) {
      whole.mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  // "Whole Foods" is the "Whole Foods Market" named elsewhere; "Brush Wellman" and "Daewoo" are the "Brush Wellman
  // Inc" and "Daewoo Corp" named elsewhere, even when they read as someone's name
  for (const draft of [...drafts.values()]) {
    const untitled = draft.type === 'person' && !draft.mentions.some((m) => m.title);
    // "Arequipa shares" beside "Arequipa Resources Ltd": a town's name where no place goes
    const placeless =
      draft.type === 'place' &&
      !isCountry(draft.name) &&
      !draft.mentions.some((m) => isPlaceContext(m, all) || isDateline(m, source));
    if (!(draft.type === 'organization' && draft.words.length > 1) && !untitled && !placeless) continue;
    const whole = [...drafts.values()].find(
      (d) =>
        d !== draft &&
        d.type === 'organization' &&
        d.name.startsWith(`${draft.name} `) &&
        (draft.type === 'organization' ||
          isCompanyForm(d.words.slice(draft.words.length)) ||
          (placeless && LEGAL_FORMS.has(d.words[d.words.length - 1].toLowerCase()))),
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
      // "Bloomsbury Minerals Economics (BME)": a name the article shortens to its initials is a body's
      // ("Patrice Loko (PSG)" names a player's club, whose letters are not his initials)
      if (full.type === 'person' && !full.mentions.some((m) => m.title) && spellsInitials(letters, full.words))
        full.type = 'organization';
    }
  }
  // "the Fed" is the "Federal Reserve" the article names: a clipped first word stands for the whole
  for (const draft of [...drafts.values()]) {
    if (draft.words.length !== 1 || draft.name.length < 3 || draft.type === 'person' || draft.type === 'place')
      continue;
    if (isKnownPlace(draft.name) || isNationalityWord(draft.name)) continue;
    const clipped = [...drafts.values()].filter(
      (d) =>
        d !== draft &&
        d.type === 'organization' &&
        d.words.length > 1 &&
        d.words[0].length > draft.name.length &&
        d.words[0].startsWith(draft.name) &&
        // "Jordan" is no clipped "Jordanian Arab Socialist Baath Party"
        !isNationalityWord(d.words[0]),
    );
    if (clipped.length === 1) {
      clipped[0].mentions.push(...draft.mentions);
      drafts.delete(draft.name);
    }
  }
  const entities: DraftEntity[] = [];
  const entityOf = new Map<Mention, DraftEntity>();
  for (const draft of drafts.values()) {
    const words = draft.words;
    // "The Times newspaper", "Star magazine", "told The Statesman": a paper's title, even in everyday words
    const publication =
      words.length === 1 &&
      !isKnownPlace(draft.name) &&
      !isPeopleWord(draft.name) &&
      !isTimeWord(draft.name) &&
      draft.mentions.some((m) => !m.clauseInitial && namesPublication(m, source));
    // "the Council", "the Post": a head word alone names no one in particular
    if (isGenericBody(words) && !publication) continue;
    // "a London-based analyst", "the U.S.-led force", "Israel-PLO talks": a name met only inside a compound modifier
    // is what the compound describes, not something the article is about
    if (draft.mentions.every((m) => inCompound(m, source))) continue;
    // "the cash reserve ratio (CRR)": an acronym spelt out in lower-case words is a term
    if (ACRONYM.test(draft.name) && draft.mentions.some((m) => isDefinedTerm(m, source))) continue;
    // "AMT 100 MLN", "CUSIP", "FOB": a bare acronym seen only in tables and code lines is a column label
    if (
      ACRONYM.test(draft.name) &&
      !isKnownOrganization(draft.name) &&
      !draft.mentions.some((m) => m.masthead) &&
      draft.type !== 'place' &&
      !draft.mentions.some((m) => isProse(all[m.sentence]))
    )
      continue;
    let type = draft.type ?? (publication ? 'organization' : null);
    // "Sprague, Manitoba", "Lees Summit, Mo.": a name set before its state or country is a town there
    if (type !== 'place' && isTownOfRegion(draft, all)) type = 'place';
    if (!type && words.length === 1) {
      // a lone capitalised word at a sentence start is too weak to be a name on its own
      const strong = draft.mentions.filter((m) => !m.clauseInitial);
      type = typeOfSingleWord(draft.mentions, all);
      // ...unless it does what only companies do: "Amazon announced on Tuesday"
      const weak = strong.length === 0 && !isFirstName(draft.name) && !isKnownPlace(draft.name);
      // ...or English has no such word: "Reuters has not verified these stories"
      if (weak && !(type === 'organization' && !isOrdinaryWord(draft.name)) && !isUnknownWord(draft.name)) continue;
      // ..."Figures released…", "Dealers reported…": an everyday plural opening sentences names people or things
      if (weak && isEverydayPlural(draft.name)) continue;
      // ...and "Soyoil", "Rapeseed" opening sentences are two English words run together: a noun, not a name
      if (weak && !type && isCompound(draft.name)) continue;
      type ??= unknownWordType(draft.name, draft.mentions, all, source);
    }
    if (!type) continue;
    // "the Clinton administration": a town's name that is also a family name, before the word for a leader's
    // government, is the leader
    if (type === 'place' && words.length === 1 && draft.mentions.every((m) => leadsAdministration(m, source)))
      type = 'person';
    // "Certified Sustainable Seafood", "Yahoo Finance": two capitalised words are a person only if one is a
    // known name or the text treats them as someone
    if (type === 'person' && words.length > 1 && !isPersonName(words, draft.mentions, all)) {
      // "Sun Microsystems", "Liberation Tigers of Tamil Eelam": a name that is no one's, with a word English does
      // not have, is most often a body
      const byDefault = !draft.mentions.some((m) => m.title) && typeByForm(draft.name, words) === null;
      if (!byDefault || !isBodyLike(words, draft.mentions)) continue;
      // ...but one met where only places go ("in Malta Freeport", "at Mano Junction") is a place
      // ("in Feyenoord Rotterdam" is a club: a town's name last is a team's home, not a place's)
      const placed = !isKnownPlace(words[words.length - 1]) && draft.mentions.some((m) => isPlaceContext(m, all, true));
      type = placed ? 'place' : 'organization';
    }
    // "Seattle Mariners", "Taylor Asset Managers": a plural common noun ends a team's or a firm's name, never a person's
    if (type === 'person' && !draft.mentions.some((m) => m.title) && endsInCommonPlural(words)) type = 'organization';
    // "the Mujahideen Khalq", "the National Archives": people's names take no article ("the Jerry Lewis telethon")
    if (
      type === 'person' &&
      words.length > 1 &&
      !isFirstName(words[0]) &&
      !draft.mentions.some((m) => m.title || isSomeone(m, all)) &&
      draft.mentions.some((m) => afterArticle(m, all))
    )
      type = 'organization';
    // "in Garhi Habibullah", "Novye Atagi, Chechnya": a name that only looks foreign is a place where places go
    if (
      type === 'person' &&
      draft.type !== 'person' &&
      !hasNameWord(words) &&
      !draft.mentions.some((m) => isSomeone(m, all)) &&
      draft.mentions.some((m) => isPlaceContext(m, all, true))
    )
      type = 'place';
    // "the village of Karin Gornji", "the port of Yosu": a place noun's "of" names a place whatever its words
    if (
      type !== 'place' &&
      !draft.mentions.some((m) => m.title) &&
      typeByForm(draft.name, words) === null &&
      draft.mentions.some((m) => isPlaceOf(m, all) || isListedPlace(m, all))
    )
      type = 'place';
    // "William O'Neill of Merrill Lynch", "an analyst at Morgan Stanley": where someone works is a body
    if (
      type === 'person' &&
      !draft.mentions.some((m) => isSomeone(m, all)) &&
      draft.mentions.some((m) => isWorkplace(m, all))
    )
      type = 'organization';
    const entity: DraftEntity = {
      id: entityId(type, draft.name),
      name: draft.name,
      type,
      aliases: new Set(
        draft.mentions.map((m) => m.text).filter((text) => isAlias(text, draft.name, type, draft.mentions, all)),
      ),
      mentions: draft.mentions.sort((a, b) => a.start - b.start),
    };
    // one id, one entity: a name typed the same as another that slugs alike ("Sydney" the council and the city)
    const same = entities.find((e) => e.id === entity.id);
    if (same) {
      same.mentions.push(...entity.mentions);
      same.mentions.sort((a, b) => a.start - b.start);
      for (const alias of entity.aliases) if (alias !== same.name) same.aliases.add(alias);
      for (const mention of draft.mentions) entityOf.set(mention, same);
      continue;
    }
    if (type === 'person') entity.gender = genderOf(entity, all);
    entities.push(entity);
    for (const mention of draft.mentions) entityOf.set(mention, entity);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { entities, entityOf };
}
