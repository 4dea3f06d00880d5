/** A capitalised run split into its parts: title, person, affiliation, hyphenated and side-by-side names. */
import { isEnglishWord } from './english';
import { isNationalityWord } from './gazetteer';
import { isGivenName } from './given-names';
import {
  isCountry,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isLastName,
  isOpeningRoleWord,
  isPeopleWord,
  isRoleNoun,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  SHORT_FORMS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './text';

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Lowercase words allowed inside a name when a capital follows: "Department of Defence", "Vincent van Gogh". */
export const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'del',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'el',
  'y',
  '&',
]);
/** Joiners that only sit inside a name: "Bardo National Museum on Wednesday" ends before "on". */

/** Splits "U.S.-China" into its known parts; keeps "Jean-Pierre" whole. */
export function splitHyphenated(words: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of words) {
    if (token.text === '-') parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  const known = parts.every((part) => {
    const name = part.map((t) => t.text).join(' ');
    return name in SHORT_FORMS || isKnownPlace(name) || /^\p{Lu}{2,}$/u.test(name);
  });
  if (parts.length > 1 && known) return parts;
  return [words];
}

/** Postal codes of U.S. states, which tables set after a town: "Pendleton OR", "Coolee City WA". */
export const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

/** The abbreviations news style sets after a U.S. town for its state: "Pontiac, Mich.", "Trenton, N.J.". */
export const STATE_ABBREVIATIONS = new Set(
  'Ala Ariz Ark Calif Cal Colo Col Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev N.H. N.J. N.M. N.Y. N.C. N.D. Okla Ore Oreg Pa Penn R.I. S.C. S.D. Tenn Tex Vt Va Wash W.Va. Wis Wisc Wyo D.C.'.split(
    ' ',
  ),
);

/** Words for a part of a country: "South Yemen", "Western Ukraine", "Southeastern Bulgaria" are one place. */
const COMPASS_PARTS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|south-?western)$/i;

/** "told Blinken China ...": two names side by side, the second a country (or a town's state code). */
export function splitTrailingCountry(words: Token[]): Token[][] {
  if (words.length < 2) return [words];
  // "Mexico GDP", "India RBI": a country and an acronym side by side (not "Algeria TV", "MEXICO CITY")
  const [first, second] = words;
  if (words.length === 2 && isCountry(first.text) && /^\p{Lu}{3,}$/u.test(second.text) && !isEnglishWord(second.text))
    return [[first], [second]];
  const last = words[words.length - 1];
  if (STATE_CODES.has(last.text) && words[words.length - 2].end < last.start) return [words.slice(0, -1), [last]];
  const previous = words[words.length - 2];
  const whole = joinTokens(words);
  if (!isCountry(last.text) || CONNECTORS.has(previous.text) || previous.text === '-' || isKnownPlace(whole))
    return [words];
  if (words.slice(0, -1).every((t) => COMPASS_PARTS.test(t.text))) return [words];
  return [words.slice(0, -1), [last]];
}

/** "Jamie Werner of Ngātiwai", "Mitch McConnell of Kentucky": a person and the body or place they belong to. */
export function splitAffiliation(words: Token[], titled: boolean): Token[][] {
  const of = words.findIndex((t) => t.text === 'of');
  if (of < 1 || of === words.length - 1) return [words];
  // "Princess Stephanie of Monaco's husband", "Queen Beatrix of The Netherlands"
  const belongsTo = joinTokens(words.slice(of + 1))
    .replace(/^the /i, '')
    .replace(/['’]s?$/u, '');
  const place = isKnownPlace(belongsTo) || belongsTo in SHORT_FORMS;
  // "Miles Kan of Hambrecht & Quist", "Chiate of the American Names Association": a firm's or a body's name
  // after "of" says where someone works
  const last = words[words.length - 1].text.toLowerCase();
  const firm = words.slice(of + 1).some((t) => t.text === '&') || LEGAL_FORMS.has(last);
  const body = firm || ORGANIZATION_WORDS.has(last);
  const surname = of === 1 && !isEnglishWord(words[0].text) && !isKnownPlace(words[0].text);
  // "Huber of Germany" in a results list: one name of a person and their country
  if (
    of === 1 &&
    !(surname && body) &&
    (isEnglishWord(words[0].text) || !(isCountry(belongsTo) || belongsTo in SHORT_FORMS))
  )
    return [words];
  if (!isFirstName(words[0].text) && !titled && !place && !firm && !(surname && body)) return [words];
  const head = words[of - 1].text.toLowerCase();
  // "Oakley Inc of the United States": a company's legal form ends its name; "of" then says where it is
  if (LEGAL_FORMS.has(head) && place) return [words.slice(0, of), words.slice(of + 1)];
  // "Tony Hall of Ohio": a family name that is also a body's or a place's head word, before a person's state
  const familyName = of === 2 && isFirstName(words[0].text) && (isLastName(words[1].text) || place);
  if ((ORGANIZATION_WORDS.has(head) || PLACE_WORDS.has(head) || isTitleWord(head)) && !familyName) return [words];
  return [words.slice(0, of), words.slice(of + 1)];
}

const LEGAL_FORMS = new Set([
  'inc',
  'inc.',
  'co',
  'co.',
  'corp',
  'corp.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'bv',
]);

export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word.toLowerCase());

/** "Spaniard", "South African", "New Yorker": words for where someone is from. */
const isFromWord = (word: string, before: string[]): boolean => isNationalityWord(word) || isPeopleWord(word, before);
/** A word news sets before a name to say what someone is or does: "Reliever", "Unseeded", "Accountant". */
const isDescriptor = (word: string): boolean =>
  (isEnglishWord(word) || isRoleNoun(word)) &&
  !isFirstName(word) &&
  !isKnownPlace(word) &&
  !ORGANIZATION_WORDS.has(word.toLowerCase()) &&
  !PLACE_WORDS.has(word.toLowerCase()) &&
  !CONNECTORS.has(word);
/** "Tungky", "Harb": a capitalised word of four letters or more, no initial, particle or acronym. */
const FULL_NAME_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
/** "Dean Headley", "Bill Berkrot", "Guy Whittall": a given name English also has as a word, before one or two family
 * name words English does not have (not a particle: "Van Der Horst" is a firm). */
const PARTICLE_WORD = /^(?:De|Der|Den|La|Le|Du|Da|Di|Van|Von|El|Al)$/;
const COMPASS_WORD = /^(?:North|South|East|West)$/;
export function opensWithGivenName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !isGivenName(words[0]) || COMPASS_WORD.test(words[0])) return false;
  if (PARTICLE_WORD.test(words[1])) return false;
  return words
    .slice(1)
    .every(
      (w) =>
        /^\p{Lu}\p{Ll}/u.test(w) &&
        !isEnglishWord(w) &&
        !endsInBodyWord(w) &&
        !isKnownPlace(w) &&
        !isKnownOrganization(w),
    );
}
/** "Microsystems", "Interbank", "Petrochemicals": a word ending in a body's head word is a trade name's. */
const MIN_HEAD_CHARS = 4;
const BODY_WORD_ENDS = [...ORGANIZATION_WORDS].filter((w) => /^\p{Ll}+$/u.test(w) && w.length >= MIN_HEAD_CHARS);
const endsInBodyWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return BODY_WORD_ENDS.some((end) => lower.length > end.length && lower.endsWith(end));
};
/** A person's name most likely starts here: a known first name, or two or three words English does not have. */
function startsPersonName(words: Token[], at: number): boolean {
  const rest = words.slice(at).map((t) => t.text);
  if (rest.length < 2 || rest.length > 4 || rest.some((w) => !/^\p{Lu}/u.test(w) && !CONNECTORS.has(w))) return false;
  if (isFromWord(rest[0], []) || rest.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) return false;
  if (isFirstName(rest[0])) return true;
  // without a known first name, only a nationality or a job before it says a person follows
  const said =
    words.slice(0, at).some((t, i) => isFromWord(t.text, []) || (i === at - 1 && isRoleNoun(t.text))) ||
    (at === 1 && rest.length === 2 && rest.every((w) => FULL_NAME_WORD.test(w)));
  return said && rest.length <= 3 && rest.every((w) => !isEnglishWord(w) && !isKnownPlace(w));
}

/**
 * "Spaniard Conchita Martinez", "Unseeded Patrick Rafter", "South African Amanda Coetzer", "Affairs Lloyd Axworthy":
 * nationality and descriptor words before a person's name are not part of it.
 */
export function withoutDescriptors(words: Token[]): Token[] {
  for (let at = 1; at < words.length - 1; at++) {
    const word = words[at - 1].text;
    const before = words.slice(0, at - 1).map((t) => t.text);
    if (!isFromWord(word, before) && !isDescriptor(word)) return words;
    if (startsPersonName(words, at)) return words.slice(at);
  }
  return words;
}

const GENERATION = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;
/** "Jerry Lewis Labour Day": everyday words after a first name and family name end the person's name. */
export function withoutTrailingWords(words: Token[]): Token[] {
  if (words.length < 4 || !isFirstName(words[0].text)) return words;
  // "Curtis Lee White II", "Martin Luther King Jr": a generation after the name ends it, whatever the words before
  if (GENERATION.test(words[words.length - 1].text)) return words;
  const tail = words.slice(2);
  const everyday = (t: Token) =>
    /^\p{Lu}/u.test(t.text) &&
    isEnglishWord(t.text) &&
    !isTitleWord(t.text) &&
    !ORGANIZATION_WORDS.has(t.text.toLowerCase()) &&
    !PLACE_WORDS.has(t.text.toLowerCase()) &&
    !isKnownPlace(t.text);
  return tail.every(everyday) ? words.slice(0, 2) : words;
}

/** Separates a leading title ("U.S. Secretary of State") from the name after it. */
export function splitTitle(run: Token[]): { title: Token[]; name: Token[] } {
  const of = run.findIndex((t) => t.text === 'of');
  const head = run[of > 0 ? of - 1 : run.length - 1].text.toLowerCase();
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++) {
    if (isTitleWord(run[i].text) || (i === 0 && run.length > 2 && isOpeningRoleWord(run[i].text))) lastTitle = i;
  }
  // "Department of Defense" is a body; "Reserve Bank of India Governor Chakravarty Rangarajan" a body, a title and
  // the person who holds it
  // ...and "Freedom Front of General Constand Viljoen" one whose leader is named with his title
  const titledAfterBody = of > 0 && lastTitle > of && !ORGANIZATION_WORDS.has(run[run.length - 1].text.toLowerCase());
  if (ORGANIZATION_WORDS.has(head) && !titledAfterBody) return { title: [], name: run };
  if (lastTitle < 0) return { title: [], name: run };
  let nameStart = lastTitle + 1;
  // "Secretary of State Antony Blinken": the "of State" belongs to the title
  if (run[nameStart]?.text === 'of' && run.length - nameStart > 2) nameStart += 2;
  // "President of the Republic Costis Stephanopoulos"
  if (run[nameStart - 1]?.text === 'the' && run.length - nameStart > 2) nameStart++;
  const name = run.slice(nameStart);
  if (name.length === 0 || !isCapitalised(name[0].text)) return { title: [], name: run };
  // "Chairman of the National Election Commission": the body a title is of, not a person with that title
  // (the whole of it: "National" in "Chairman of the National Election Commission" is the body's, not the title's)
  if (nameStart > lastTitle + 1 && ORGANIZATION_WORDS.has(name[name.length - 1].text.toLowerCase())) {
    const of = lastTitle + 1;
    const bodyStart = run[of]?.text === 'of' ? of + (run[of + 1]?.text === 'the' ? 2 : 1) : nameStart;
    return { title: [], name: run.slice(bodyStart) };
  }
  if (namesNoOne(run.slice(0, nameStart), name)) return { title: [], name: run };
  return { title: run.slice(0, nameStart), name };
}

/** Titles that are also adjectives opening a body's or a thing's name: "General Electric", "Private Eye". */
const ADJECTIVE_TITLES = new Set(['general', 'private', 'major']);
const isEverydayWord = (word: string): boolean =>
  isEnglishWord(word) && !isFirstName(word) && !isLastName(word) && !isTitleWord(word);
/** "General Electric", "General Consumer Price Index", "Producer Prices Index": everyday words after a title that is
 * also an adjective, or after a job word opening the run, name a thing, not someone who holds the title ("Foreign
 * Minister Dick Spring" keeps his). */
function namesNoOne(title: Token[], name: Token[]): boolean {
  if (title.length !== 1 || !name.every((t) => isEverydayWord(t.text))) return false;
  const word = title[0].text.toLowerCase();
  return ADJECTIVE_TITLES.has(word) || (!isTitleWord(word) && name.length > 1);
}

export function joinTokens(tokens: Token[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    const glued = i > 0 && tokens[i - 1].end === token.start;
    out += (i > 0 && !glued ? ' ' : '') + token.text;
  });
  return out;
}

/** "al-Bashir", "el-Sisi", "bin-Salman": a lowercase particle hyphened to a capitalised family name. */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben']);
export function isHyphenParticle(tokens: Token[], j: number): boolean {
  const [particle, hyphen, family] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!HYPHEN_PARTICLES.has(particle.text) || hyphen?.text !== '-' || !family) return false;
  return hyphen.start === particle.end && family.start === hyphen.end && isCapitalised(family.text);
}
