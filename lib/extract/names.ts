/** Candidate names: capitalised word runs, with titles, possessives and sentence-initial words sorted out. */

import { bracketedFormEnd, firmListEnd, withoutTrailingNonName } from './bodies';
import { datelineTownEnd } from './datelines';
import { isEnglishWord } from './english';
import { isNationalityWord, opensPlaceName, placeKind } from './gazetteer';
import { leadInLength } from './lead-in';
import {
  isDayOrClockWord,
  isDemonym,
  isKnownOrganization,
  isKnownPlace,
  isOrdinaryWord,
  isPeopleWord,
  isShoutedWord,
  isTimeWord,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  SHORT_FORMS,
} from './lexicon';
import {
  CONNECTORS,
  isHyphenParticle,
  isTitleWord,
  joinTokens,
  splitAffiliation,
  splitHyphenated,
  splitTitle,
  splitTrailingCountry,
  withoutDescriptors,
  withoutTrailingWords,
} from './name-parts';
import { type Sentence, type Token, tokenize } from './text';
import { ONE_OF_A_KIND_BODIES } from './typing';

export interface Mention {
  /** The name as written, without title or possessive: "Xi Jinping", "U.S.". */
  text: string;
  words: string[];
  start: number;
  end: number;
  sentence: number;
  /** Title written before the name in the same run: "U.S. Secretary of State". */
  title?: string;
  /** The token index of the name's first word within its sentence. */
  tokenIndex: number;
  /** Opens its sentence and was never seen capitalised elsewhere: weak evidence of a name. */
  clauseInitial: boolean;
  /** A paper's name heading its stories in a press digest ("AN-NAHAR", "THE NATION"): a body. */
  masthead?: boolean;
}

export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
}

const TRAILING_JOINERS = new Set(['on', 'for', 'and']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', ';']);
/** A headline in Title Case: most words capitalised; its capitals say nothing about names. */
const TITLE_CASE_SHARE = 0.6;
const MIN_TITLE_CASE_WORDS = 4;
/** A one-word line in capitals this long is a label ("EXCLUSIVE"); shorter ones may be an acronym heading. */
const MIN_SHOUTED_LABEL = 5;

const TRAILING_LABEL =
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No\.?|Nos\.?|January|February|April|June|July|August|September|October|November|December)$/;
/** "September Nikkei": a month before a name is a column of a table (May, June and April are also names). */
const LEADING_MONTH = /^(?:January|February|September|October|November|December)$/;
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|it|he|she|they|we|when|while|after|before|as|but|and|if|in|on|at|for|with|from|by)$/i;
const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const POSSESSIVE = /['’]s?$/u;
const stripPossessive = (word: string): string =>
  /\p{L}['’]s$/u.test(word) ? word.slice(0, -2) : word.replace(/(?<=s)['’]$/u, '');

/** "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR", "EXCLUSIVE": a line in capitals is a label or tagline. */
function isShoutedLine(sentence: Sentence, words: Token[]): boolean {
  const capitals = words.filter((t) => /^[\p{Lu}\d]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text)).length;
  if (sentence.headline && words.length === 1) return capitals === 1 && words[0].text.length >= MIN_SHOUTED_LABEL;
  return words.length >= MIN_TITLE_CASE_WORDS && capitals / words.length >= TITLE_CASE_SHARE;
}

/** Most of a line's capitalised content words are everyday English: "Talks Resume After Pause", not
 * "Pete Sampras (U.S.) vs. Adrian Voinea (Romania)". */
function isMostlyEnglish(words: Token[]): boolean {
  const content = words.filter((t) => isCapitalised(t.text) && !FUNCTION_WORD.test(t.text) && t.text.length > 2);
  const english = content.filter((t) => isEnglishWord(t.text) || isOrdinaryWord(t.text)).length;
  return english * 2 > content.length;
}

export function isTitleCaseHeadline(sentence: Sentence, tokens: Token[]): boolean {
  const words = tokens.filter(isWord);
  // a results line or a list of names in capitals is read like any other
  if (!isMostlyEnglish(words)) return false;
  if (isShoutedLine(sentence, words)) return true;
  // "Will the Deal Survive?", "Talks Resume | Example News": headlines keep their end marks and site names
  const headlineLike = sentence.headline || /[?!]["'”’]*$|\s\|\s/u.test(sentence.text);
  if (!headlineLike || words.length < MIN_TITLE_CASE_WORDS) return false;
  const capitals = words.filter((t) => isCapitalised(t.text)).length;
  return capitals / words.length >= TITLE_CASE_SHARE;
}

const SMALL_TITLE_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|&)$/;

/**
 * A run inside quote marks whose words are all capitalised is the title of a work or a sign: "The Salt Road",
 * "First of the Season Fresh Alaskan Halibut".
 */
function isQuotedTitle(tokens: Token[], from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && !/^["“]$/.test(tokens[open].text)) {
    if (!/^\p{Lu}/u.test(tokens[open].text) && !SMALL_TITLE_WORD.test(tokens[open].text)) return false;
    open--;
  }
  let close = to;
  while (close < tokens.length && !/^["”]$/.test(tokens[close].text)) {
    const word = tokens[close].text;
    if (isWord(tokens[close]) && !/^\p{Lu}/u.test(word) && !SMALL_TITLE_WORD.test(word)) return false;
    close++;
  }
  return open >= 0 && close < tokens.length && close - open - 1 > 1;
}

const isOrganizationWord = (token: Token | undefined): boolean =>
  !!token && ORGANIZATION_WORDS.has(token.text.toLowerCase());

/** The capitalised words from `from` on end in an organisation word: "Tourism Council" in "World Travel and Tourism Council". */
function endsInOrganizationWord(tokens: Token[], from: number, nameWords: Set<string>): boolean {
  let last = from;
  // "the Securities and Exchange Commission Wednesday approved": a weekday after the name is no part of it
  while (
    last + 1 < tokens.length &&
    isNameWord(tokens, last + 1, nameWords) &&
    !isDayOrClockWord(tokens[last + 1].text)
  )
    last++;
  return isNameWord(tokens, from, nameWords) && isOrganizationWord(tokens[last]);
}

/**
 * "and" joins names only inside an organisation ("Ministry of Planning and Investment", "World Travel and Tourism
 * Council"); "on" and "for" follow an organisation's head word ("Council on Foreign Relations").
 */
function isConnector(tokens: Token[], j: number, run: Token[], nameWords: Set<string>): boolean {
  const word = tokens[j].text;
  if (CONNECTORS.has(word)) return true;
  if ((word === 'on' || word === 'for') && isOrganizationWord(run[run.length - 1])) return true;
  // "Organisation for Security and Cooperation in Europe": a body's "for"/"of" name goes on with its place
  // ("Jennifer Hurley of the Moss Landing Marine Laboratories in California": the body's head word after the "of" is
  // no such name)
  const joiner = run.findIndex((t) => t.text === 'for' || t.text === 'of' || t.text === 'on');
  if (word === 'in' && joiner > 0) {
    if (run.slice(0, joiner).some(isOrganizationWord) && isKnownPlace(tokens[j + 1]?.text ?? '')) return true;
  }
  if (word !== 'and') return false;
  // "The Sun and The Times": a capital "The" after "and" opens a second name
  if (tokens[j + 1]?.text === 'The') return false;
  // "Gaza Strip and West Bank": two places, never one name
  if (afterAndIsPlace(tokens, j + 1, nameWords)) return false;
  if (isOrganizationWord(run[run.length - 1])) {
    // "Securities and Exchange Commission": one generic word before "and" is no body of its own
    // ("British Securities and Investments Board": a nationality word names no body either)
    const named = run.filter((t) => !(t.text in SHORT_FORMS) && !isKnownPlace(t.text) && !isNationalityWord(t.text));
    // ...but "House and Senate", "Irish Navy and Air Corps" are two bodies
    return (
      named.length === 1 &&
      !ONE_OF_A_KIND_BODIES.has(named[0].text.toLowerCase()) &&
      isNameWord(tokens, j + 2, nameWords) &&
      endsInOrganizationWord(tokens, j + 1, nameWords)
    );
  }
  // "Center for Health and Human Rights": an "of"/"for" body name goes on past "and" (but not into "NATO")
  if (run.some((t) => t.text === 'of' || t.text === 'for') && run.some(isOrganizationWord)) {
    const next = tokens[j + 1];
    return !(next && /^\p{Lu}{2,}$/u.test(stripPossessive(next.text)));
  }
  return endsInOrganizationWord(tokens, j + 1, nameWords);
}

function afterAndIsPlace(tokens: Token[], from: number, nameWords: Set<string>): boolean {
  let last = from;
  while (last + 1 < tokens.length && isNameWord(tokens, last + 1, nameWords)) last++;
  return isKnownPlace(joinTokens(tokens.slice(from, last + 1)));
}

/** Photo credits like "(Leah Millis/Reuters)" are not mentions. */
function creditRanges(sentence: Sentence): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of sentence.text.matchAll(/\([^()]*(?:\/|\bphoto\b|\bcredit\b)[^()]*\)/giu)) {
    ranges.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  }
  return ranges;
}

/** Words that open a photo credit line: "Credit Harry Campbell", "CreditChang W. Lee", "Photograph: Jane Doe". */
const CREDIT_WORDS = /^(?:credit|credits|photo|photograph|photographs|photos|illustration|image|video|picture)$/i;
const GLUED_CREDIT = /^Credit(?:Credit)*(?=\p{Lu})/u;

function isCreditLine(tokens: Token[], i: number): boolean {
  if (GLUED_CREDIT.test(tokens[i].text) || CREDIT_WORDS.test(tokens[i].text)) return true;
  const previous = tokens[i - 1]?.text === ':' || tokens[i - 1]?.text === 'by' ? i - 2 : i - 1;
  return previous >= 0 && CREDIT_WORDS.test(tokens[previous].text);
}

export function tokenizeSentences(sentences: Sentence[]): SentenceTokens[] {
  return sentences.map((sentence) => ({ sentence, tokens: tokenize(sentence.text, sentence.start) }));
}

/** Capitalised words seen mid-sentence: a sentence-initial word that is also one of these is a name. */
export function collectNameWords(all: SentenceTokens[]): Set<string> {
  const known = new Set<string>();
  for (const { sentence, tokens } of all) {
    if (isTitleCaseHeadline(sentence, tokens)) continue;
    tokens.forEach((token, i) => {
      if (i === 0 || !isWord(token) || !isCapitalised(token.text)) return;
      if (OPENING_MARKS.has(tokens[i - 1].text) || tokens[i - 1].text === '.' || afterBullet(tokens, i)) return;
      known.add(stripPossessive(token.text));
    });
  }
  return known;
}

const PRONOUNS = new Set(
  'he she it they we you him her them us me his hers its their theirs our ours my your'.split(' '),
);

function startsClause(tokens: Token[], i: number): boolean {
  if (i === 0 || afterBullet(tokens, i)) return true;
  return OPENING_MARKS.has(tokens[i - 1].text) && (i === 1 || tokens[i - 1].text !== "'");
}

/** "-- Shutdown of Bally's…", "** Privately-owned Bank Duta…": the marks of a list item open a sentence. */
const BULLET = /^[-*•]$/;
const afterBullet = (tokens: Token[], i: number): boolean =>
  i > 0 && i <= 2 && tokens.slice(0, i).every((t) => BULLET.test(t.text));

function isNameWord(tokens: Token[], i: number, nameWords: Set<string>): boolean {
  if (i >= tokens.length) return false;
  const word = tokens[i].text;
  if (!isCapitalised(word) || !isWord(tokens[i])) return false;
  // a pronoun is never a name, even capitalised mid-sentence ("…interview.He vowed"); "US" in capitals is
  if (word === 'I' || (PRONOUNS.has(stripPossessive(word).toLowerCase()) && word !== word.toUpperCase())) return false;
  if ((isShoutedWord(word) && !besideCapitalName(tokens, i)) || isShoutedEnglish(tokens, i)) return false;
  if (!startsClause(tokens, i)) return true;
  const bare = stripPossessive(word);
  if (nameWords.has(bare) || isKnownPlace(bare) || bare in SHORT_FORMS) return true;
  // an English -ing or -ly word opening a sentence is a verb or adverb, not a name ("King", "Viking", "Kimberly" are)
  if (/(?:ing|ly)$/.test(bare) && isEnglishWord(bare) && !isTitleWord(bare)) return false;
  const next = tokens[i + 1]?.text ?? '';
  if (isOrdinaryWord(bare)) return !FUNCTION_WORD.test(bare) && isCapitalised(next) && isTitleWord(next);
  return true;
}

/** "NO", "FOR", "AT", "MATURITY", "FIXTURES": everyday words in capitals, not acronyms ("US" and "WHO" are). */
const SHOUTED_FUNCTION_WORD = /^(?:NO|NOT|OF|TO|OR|VS|AT|IS|BE|SO|UP|DO|GO|ALL|ARE|WAS|OUT|OFF|ITS|HAS|HAD)$/;
const isAllCaps = (token: Token | undefined): boolean => !!token && /^\p{Lu}{2,}$/u.test(token.text);
function isShoutedEnglish(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (!isAllCaps(tokens[i]) || word === 'US' || word in SHORT_FORMS) return false;
  if (FUNCTION_WORD.test(word) || SHOUTED_FUNCTION_WORD.test(word)) {
    // "Den Norske Stats Oljeselskap AS": a company's legal form after its name
    const previous = tokens[i - 1]?.text ?? '';
    return !(/^\p{Lu}\p{Ll}/u.test(previous) && previous.length > 1);
  }
  // "NEW YORK", "KANSAS CITY" are names in capitals; a lone "MATURITY" or "EASTERN DIVISION" are words
  if (besideCapitalName(tokens, i)) return false;
  return word.length >= 4 && isEnglishWord(word) && !isKnownPlace(word) && !isKnownOrganization(word);
}

/** A word in capitals next to a capitalised word English does not have: "KANSAS" beside "CITY". */
function besideCapitalName(tokens: Token[], i: number): boolean {
  if ([tokens[i - 1], tokens[i + 1]].some((t) => isAllCaps(t) && !isEnglishWord(t.text))) return true;
  // "UNITED STATES", "SOUTH KOREA": everyday words that together name a place
  const pairs = [
    [tokens[i - 1], tokens[i]],
    [tokens[i], tokens[i + 1]],
  ];
  return pairs.some(([a, b]) => isAllCaps(a) && isAllCaps(b) && isKnownPlace(titleCase(`${a.text} ${b.text}`)));
}
const titleCase = (text: string) => text.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

/** Compound suffixes ("Seoul-based") end a name; a short lowercase part ("Ji-won") continues it. */
const COMPOUND_SUFFIX =
  /^(?:based|led|run|born|owned|backed|style|era|made|wide|free|bound|funded|friendly|like|linked|related|class|level|speaking|focused|area|wide|year|old)$/;
function joinsHyphen(next: string): boolean {
  if (isCapitalised(next)) return true;
  // "Serb-held", "Kabul-bound": an everyday word after the hyphen makes a modifier, not a name
  return (
    next.length <= 4 && !COMPOUND_SUFFIX.test(next) && !/ed$/.test(next) && !(next.length === 4 && isEnglishWord(next))
  );
}

const opensCompanyName = (words: Token[]): boolean =>
  words[0].text === 'PT' && words.length > 1 && /^\p{Lu}/u.test(words[1].text);

function toMention(
  tokens: Token[],
  sentence: number,
  tokenIndex: number,
  weakStart: boolean,
  title?: string,
): Mention | null {
  let words = tokens.slice();
  const last = words[words.length - 1];
  if (POSSESSIVE.test(last.text)) {
    const bare = stripPossessive(last.text);
    words[words.length - 1] = { ...last, text: bare, end: last.start + bare.length };
  }
  // a day or clock word at either edge is a timestamp beside the name: "London Thursday", "PM ET"
  const isLeading = (word: string) =>
    word === 'The' || CONNECTORS.has(word) || isDayOrClockWord(word) || LEADING_MONTH.test(word);
  // "Emnid Aug", "Paris School District No": a month or a number sign after a name is a table's column
  const isTrailing = (word: string) =>
    CONNECTORS.has(word) || TRAILING_JOINERS.has(word) || isDayOrClockWord(word) || TRAILING_LABEL.test(word);
  // "PT Matahari Putra Prima": an Indonesian company's legal form opens its name (it is no clock's Pacific Time)
  while (words.length > 0 && isLeading(words[0].text) && !opensCompanyName(words)) words = words.slice(1);
  while (words.length > 0 && isTrailing(words[words.length - 1].text)) words = words.slice(0, -1);
  // "U.S. Congressman", "Bangladesh Speaker": a place and a title with no name after it
  if (words.length === 2 && isTitleWord(words[1].text)) {
    const place = stripPossessive(words[0].text);
    if (place in SHORT_FORMS || isKnownPlace(place)) words = words.slice(0, 1);
  }
  words = withoutTrailingNonName(words);
  if (words.length === 0) return null;
  // a bare initial ("S.") or a contraction ("I'm", "We'll") is never a name
  if (
    words.length === 1 &&
    (/^\p{Lu}\.?$/u.test(words[0].text) || /^\p{L}+['’](?:m|ll|re|ve|d)$/iu.test(words[0].text))
  )
    return null;
  const plain = words.filter((t) => t.text !== '-').map((t) => t.text);
  if (plain.every((w) => isDemonym(w) || isNationalityWord(w) || isTimeWord(w) || isTitleWord(w) || CONNECTORS.has(w)))
    return null;
  if (isPeopleWord(plain[plain.length - 1], plain.slice(0, -1))) {
    // "a California Republican": the member word goes, the place they are from stays (a plural may be a team's
    // name: "the Cleveland Indians")
    const place = words.slice(0, -1);
    const from = joinTokens(place);
    const singular = !/s$/.test(plain[plain.length - 1]);
    return singular && place.length > 0 && (isKnownPlace(from) || from in SHORT_FORMS)
      ? toMention(place, sentence, tokenIndex, weakStart, title)
      : null;
  }
  const text = joinTokens(words);
  const clauseInitial = weakStart && !title && words[0] === tokens[0];
  return {
    text,
    words: plain,
    start: words[0].start,
    end: words[words.length - 1].end,
    sentence,
    tokenIndex,
    title,
    clauseInitial,
  };
}

/** "St", "St.", "Saint": a saint's possessive names venues ("St James’ Park", "St. Mary's Hospital"). */
const SAINT = /^(?:St\.?|Saint)$/;

/** "Sam’s Club", "Fisherman’s Terminal": a one-word possessive before a capitalised body or place noun is one name. */
function namesAVenue(run: Token[], tokens: Token[], j: number): boolean {
  const next = tokens[j];
  const word = next.text.toLowerCase();
  const owner = stripPossessive(run[run.length - 1].text);
  // "St James’ Park", "St. Mary's Hospital": a saint's possessive names a venue too
  const saint = run.length === 2 && SAINT.test(run[0].text);
  // "Paris’s Boulevard Montmartre", "Britain's Channel Islands": a place's possessive is no venue's name
  if ((run.length !== 1 && !saint) || isKnownPlace(owner) || owner in SHORT_FORMS) return false;
  // "Iliescu's Party of Social Democracy", "the University's Institute for Human Gene Therapy": a body named with its
  // own "of" or "for" is the owner's body, not a venue named after them
  if (/^(?:of|for)$/.test(tokens[j + 1]?.text ?? '')) return false;
  return isCapitalised(next.text) && (ORGANIZATION_WORDS.has(word) || PLACE_WORDS.has(word));
}

/** "Pakistan People's Party", "International Transport Workers' Federation": a plural noun's possessive inside a
 * body's name, which goes on to its head word. */
function namesAMembersBody(run: Token[], tokens: Token[], j: number, nameWords: Set<string>): boolean {
  const bare = stripPossessive(run[run.length - 1].text);
  if (run.length < 2 || !isEnglishWord(bare) || !/(?:s|people|men|children)$/i.test(bare)) return false;
  return endsInOrganizationWord(tokens, j, nameWords);
}

function isPrefixedModifier(tokens: Token[], i: number): boolean {
  const [hyphen, prefix] = [tokens[i - 1], tokens[i - 2]];
  return (
    hyphen?.text === '-' &&
    hyphen.end === tokens[i].start &&
    !!prefix &&
    /^(?:anti|pro|non|post|pre|ex)$/i.test(prefix.text)
  );
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

function isPluralPossessive(tokens: Token[], j: number, nameWords: Set<string>): boolean {
  const [token, previous] = [tokens[j], tokens[j - 1]];
  if (!/^['’]$/.test(token.text) || token.start !== previous.end || !/s$/.test(previous.text)) return false;
  // "St James’ Park": a saint's possessive before a place noun
  const saint = SAINT.test(tokens[j - 2]?.text ?? '');
  const placeNoun = isCapitalised(tokens[j + 1]?.text ?? '') && PLACE_WORDS.has(tokens[j + 1]!.text.toLowerCase());
  return endsInOrganizationWord(tokens, j + 1, nameWords) || (saint && placeNoun);
}

/** The index of the last token of a gazetteer place the run goes on into through lower-case words, or -1. */
const MAX_PARTICLES = 2;
function placeParticleEnd(run: Token[], tokens: Token[], j: number): number {
  if (!/^\p{Ll}+$/u.test(tokens[j].text) || !opensPlaceName(run[0].text)) return -1;
  for (let end = j + 1; end < Math.min(tokens.length, j + MAX_PARTICLES + 2); end++) {
    if (!isCapitalised(tokens[end].text)) continue;
    if (placeKind(joinTokens([...run, ...tokens.slice(j, end + 1)]))) return end;
  }
  return -1;
}

/** A bracketed name inside a name is a nickname or a full first name: "Kauri (Te Kaurinui Robert) Parata". */
const MAX_NICKNAME_WORDS = 4;
function nicknameEnd(tokens: Token[], open: number, nameWords: Set<string>): number {
  if (tokens[open].text !== '(') return -1;
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_NICKNAME_WORDS && isNameWord(tokens, close, nameWords)) close++;
  if (close === open + 1 || tokens[close]?.text !== ')' || !tokens[close + 1]) return -1;
  // "Giovanni Lombardi (Italy) Polti": a country in brackets says where someone is from; it opens no nickname
  const inside = joinTokens(tokens.slice(open + 1, close));
  if (isKnownPlace(inside) || inside in SHORT_FORMS) return -1;
  // "Marine Stewardship Council (MSC) Certified": an acronym after a body ends its name
  if (isOrganizationWord(tokens[open - 1]) || /^\p{Lu}{2,}$/u.test(tokens[open + 1].text)) return -1;
  return isNameWord(tokens, close + 1, nameWords) ? close : -1;
}

/** "These are the leading stories in the Beirut press": a press digest, whose papers head their stories. */
const DIGEST_CUE = /\b(?:press|newspapers?|dailies)\b/i;
const DIGEST_CUE_SENTENCES = 4;
/** A line of one to five words in capitals: "AN-NAHAR", "NIDA'A AL-WATAN", "DIARIO 16". */
const MASTHEAD_LINE = /^\p{Lu}[\p{Lu}'’-]*(?: [\p{Lu}\d][\p{Lu}\d'’-]*){0,4}$/u;
/** "FRONT PAGE", "BUSINESS PAGES": a digest of one paper heads its stories by section. */
const RULE_LINE = /^[-=_*]{3,}$/;
const SECTION_HEADING = /\b(?:PAGES?|SECTIONS?|HEADLINES|STORIES|EDITORIALS?|COMMENTS?|OPINIONS?)\b/;

const isDigest = (all: SentenceTokens[]): boolean =>
  all.slice(0, DIGEST_CUE_SENTENCES).some(({ sentence }) => DIGEST_CUE.test(sentence.text));

/** Sentences that are a press digest's mastheads: a line in capitals of its own, and its stories set as "- …" below. */
function mastheadSentences(all: SentenceTokens[]): Set<number> {
  const found = new Set<number>();
  if (!isDigest(all)) return found;
  for (let k = 1; k + 1 < all.length; k++) {
    const { sentence } = all[k];
    const next = all[k + 1].sentence;
    const alone = all[k - 1].sentence.paragraph !== sentence.paragraph && next.paragraph !== sentence.paragraph;
    // its stories follow as "- …" items, or each paper's part opens after a rule ("---")
    const heads = /^-/.test(next.text) || RULE_LINE.test(all[k - 1].sentence.text);
    if (alone && heads && MASTHEAD_LINE.test(sentence.text) && !SECTION_HEADING.test(sentence.text)) found.add(k);
  }
  return found;
}

const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’]+$/u;
/** The end of a run of two or more words in capitals inside running text, one of them a word English lacks: "The
 * Beijing-funded WEN WEI PO said", "the daily HONG KONG ECONOMIC TIMES said" (a digest's papers); else -1. */
function capitalsRunEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && CAPITALS_WORD.test(tokens[j].text)) j++;
  const run = tokens.slice(i, j);
  if (run.length < 2 || run.every((t) => isEnglishWord(t.text)) || isKnownPlace(titleCase(joinTokens(run)))) return -1;
  return tokens.some((t) => /^\p{Ll}{3,}/u.test(t.text)) ? j : -1;
}

/** Every name-like run in the article, in reading order. */
export function findMentions(all: SentenceTokens[], nameWords: Set<string>): Mention[] {
  const mentions: Mention[] = [];
  const mastheads = mastheadSentences(all);
  const digest = mastheads.size > 0 || isDigest(all);
  for (const { sentence, tokens } of all) {
    if (mastheads.has(sentence.index)) {
      const { text, start, end, index } = sentence;
      const words = text.split(' ');
      mentions.push({ text, words, start, end, sentence: index, tokenIndex: 0, clauseInitial: false, masthead: true });
      continue;
    }
    if (isTitleCaseHeadline(sentence, tokens)) continue;
    const credits = creditRanges(sentence);
    let i = 0;
    const town = datelineTownEnd(sentence, tokens);
    if (town > 0) {
      const mention = toMention(tokens.slice(0, town), sentence.index, 0, false);
      if (mention) mentions.push(mention);
      i = town;
    }
    while (i < tokens.length) {
      const capitals = digest ? capitalsRunEnd(tokens, i) : -1;
      if (capitals > 0) {
        const run = tokens.slice(i, capitals);
        const [start, end] = [run[0].start, run[run.length - 1].end];
        const words = run.map((t) => t.text);
        const mention = { text: joinTokens(run), words, start, end, sentence: sentence.index, tokenIndex: i };
        mentions.push({ ...mention, clauseInitial: false, masthead: true });
        i = capitals;
        continue;
      }
      // "10th Circuit Court of Appeals": an ordinal opens a body's name
      const ordinal = ORDINAL.test(tokens[i].text) && endsInOrganizationWord(tokens, i + 1, nameWords);
      if (!ordinal && !isNameWord(tokens, i, nameWords)) {
        i++;
        continue;
      }
      const run: Token[] = [tokens[i]];
      let j = i + 1;
      // "anti-Rangoon Karen National Union": a name after "anti-" or "pro-" is a modifier on its own
      if (isPrefixedModifier(tokens, i)) j = tokens.length;
      while (
        j < tokens.length &&
        (!POSSESSIVE.test(run[run.length - 1].text) ||
          namesAVenue(run, tokens, j) ||
          namesAMembersBody(run, tokens, j, nameWords))
      ) {
        const token = tokens[j];
        const glued = token.start === tokens[j - 1].end;
        const nickname = nicknameEnd(tokens, j, nameWords);
        if (nickname > 0) j = nickname;
        else if (isNameWord(tokens, j, nameWords)) run.push(token);
        else if (
          token.text === '-' &&
          glued &&
          tokens[j + 1]?.start === token.end &&
          joinsHyphen(stripPossessive(tokens[j + 1].text))
        )
          run.push(token);
        else if (tokens[j - 1].text === '-' && glued) run.push(token);
        else if (isHyphenParticle(tokens, j)) run.push(token);
        else if (isPluralPossessive(tokens, j, nameWords)) {
          // "Transport Workers' Federation": the apostrophe stays with its word
          const previous = run[run.length - 1];
          run[run.length - 1] = { ...previous, text: previous.text + token.text, end: token.end };
        } else if (placeParticleEnd(run, tokens, j) > j) {
          // "Dar es Salaam", "Frankfurt am Main": lower-case words inside a place's name
          const end = placeParticleEnd(run, tokens, j);
          run.push(...tokens.slice(j, end + 1));
          j = end;
        } else if (bracketedFormEnd(tokens, j) > j) {
          // "Total Petroleum (North America) Ltd": brackets inside a company's name
          const end = bracketedFormEnd(tokens, j);
          run.push(...tokens.slice(j, end + 1));
          j = end;
        } else if (token.text === ',' && firmListEnd(run, tokens, j) > j) {
          // "Goldman, Sachs and Co.": partners listed up to the firm's legal form
          const end = firmListEnd(run, tokens, j);
          run.push(...tokens.slice(j, end + 1));
          j = end;
        } else if (
          isConnector(tokens, j, run, nameWords) &&
          tokens[j + 1] &&
          (isNameWord(tokens, j + 1, nameWords) || CONNECTORS.has(tokens[j + 1].text))
        )
          run.push(token);
        else break;
        j++;
      }
      if (j === tokens.length && isPrefixedModifier(tokens, i)) j = i + 1;
      const inCredit =
        credits.some(([from, to]) => run[0].start >= from && run[0].end <= to) || isCreditLine(tokens, i);
      const weakStart = startsClause(tokens, i) && !nameWords.has(stripPossessive(tokens[i].text));
      // "Shutdown of Bally's factories", "Conglomerate Bollore lost": a noun opening the sentence, not the name's
      const lead = opensWithArticle(run, tokens, i) ? 1 : weakStart ? leadInLength(run) : 0;
      if (!inCredit && !isQuotedTitle(tokens, i, j))
        mentions.push(...mentionsOfRun(run.slice(lead), sentence.index, i + lead, weakStart && lead === 0));
      i = j;
    }
  }
  return mentions;
}

/** "A Con Edison spokesman": an article opening a clause is not part of the name (but "A&E" is, and a capital "An"
 * inside a sentence is a name: "Belgians An Marchal and Eefje Lambrecks"). */
function opensWithArticle(run: Token[], tokens: Token[], i: number): boolean {
  return /^An?$/.test(run[0].text) && run.length > 1 && run[1].start > run[0].end && startsClause(tokens, i);
}

function mentionsOfRun(run: Token[], sentence: number, tokenIndex: number, weakStart: boolean): Mention[] {
  const found: Mention[] = [];
  const { title, name } = splitTitle(run);
  let titleText: string | undefined;
  if (title.length > 0) {
    titleText = joinTokens(title.map((t) => ({ ...t, text: stripPossessive(t.text) === t.text ? t.text : t.text })));
    // the place or body before the title is a mention too: "U.S." in "U.S. President Joe Biden"
    const firstTitle = title.findIndex((t) => isTitleWord(t.text));
    const body = title.slice(0, Math.max(firstTitle, 0));
    // "White House Press Secretary": "Press" belongs to the title; "Awami League of Prime Minister X": "of" too
    const ofTitle = body.length > 1 && body[body.length - 1].text === 'of';
    if (body.length > 1 && /^(?:press|of|the)$/i.test(body[body.length - 1].text)) body.pop();
    // "Hong Kong Financial Secretary", "U.S. Commercial Attache": an adjective between a place and the title
    // belongs to the title ("Eastern Region Brigade Commander": a noun there names a body)
    else if (
      body.length > 1 &&
      isEnglishWord(body[body.length - 1].text) &&
      /(?:al|ic|ive)$/.test(body[body.length - 1].text)
    ) {
      const place = joinTokens(body.slice(0, -1));
      if (place in SHORT_FORMS || placeKind(place)) body.pop();
    }
    if (body.length > 1 && isKnownPlace(joinTokens(body))) {
      const place = toMention(body, sentence, tokenIndex, weakStart);
      if (place) found.push(place);
      body.length = 0;
    }
    // "African National Congress Deputy President Thabo Mbeki": the body before the title is named whole
    // ...and so is "Freedom Front" in "Freedom Front of General X": a body whose titled member follows "of"
    const named = body.length > 2 || ofTitle || body.some((t) => !isEnglishWord(t.text));
    // ...and so is "Reserve Bank of India" before "Governor"
    const of = body.findIndex((t) => t.text === 'of');
    const head = body[of > 0 ? of - 1 : body.length - 1];
    if (body.length > 1 && named && isOrganizationWord(head)) {
      const prefix = toMention(body, sentence, tokenIndex, weakStart);
      if (prefix) found.push(prefix);
      body.length = 0;
    }
    for (const token of body) {
      const bare = stripPossessive(token.text);
      if (!(bare in SHORT_FORMS) && !isKnownPlace(bare) && !/^\p{Lu}{2,}$/u.test(bare)) continue;
      const prefix = toMention([token], sentence, tokenIndex, weakStart);
      if (prefix) found.push(prefix);
    }
  }
  const [person, ...affiliations] = splitAffiliation(withoutTrailingWords(withoutDescriptors(name)), title.length > 0);
  for (const [group, groupTitle] of [
    [person, titleText],
    ...affiliations.map((a) => [a, undefined] as const),
  ] as const) {
    for (const part of splitHyphenated(group).flatMap(splitTrailingCountry)) {
      if (part.length === 0) continue;
      const partWeak = weakStart && part[0] === run[0];
      const mention = toMention(part, sentence, tokenIndex + run.indexOf(part[0]), partWeak, groupTitle);
      if (mention) found.push(mention);
    }
  }
  return found;
}
