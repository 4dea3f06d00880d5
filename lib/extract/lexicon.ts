/** Word lists: compromise's lexicon for what English knows, plus the newsroom words that drive the rules. */
import nlp from 'compromise';
import { isEnglishWord } from './english';
import { placeKind } from './gazetteer';

type Tags = string | string[] | undefined;
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  if (!tags) return [];
  return Array.isArray(tags) ? tags : [tags];
}

function hasTag(word: string, wanted: readonly string[]): boolean {
  return tagsOf(word).some((tag) => wanted.includes(tag));
}

const PLACE_TAGS = ['Country', 'City', 'Region', 'Place', 'Address'] as const;
const NOT_NAME_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'QuestionWord',
  'Copula',
  'Modal',
  'Auxiliary',
  'PastTense',
  'Gerund',
  'Infinitive',
  'PresentTense',
  'Negative',
  'Expression',
  'Superlative',
  'Comparative',
  'Ordinal',
  'Cardinal',
  'Possessive',
] as const;
const TIME_TAGS = ['WeekDay', 'Month', 'Date', 'Holiday', 'Duration', 'Season'] as const;

/** A place compromise knows, or a major place of the gazetteer that is not also a person's name. */
export const isKnownPlace = (word: string): boolean =>
  hasTag(word, PLACE_TAGS) ||
  (placeKind(word) === 'major' && !hasTag(word, ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']));
export const isCountry = (word: string): boolean => hasTag(word, ['Country']);
export const isDemonym = (word: string): boolean => hasTag(word, ['Demonym']) || /^(?:Chinese|American)$/.test(word);
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Month abbreviations and clock words of datelines and timestamps: "Dec.", "8:30 AM ET". */
const TIME_ABBREVIATIONS =
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$|^(?:AM|PM|A\.M\.|P\.M\.|ET|PT|CT|MT|EST|EDT|PST|PDT|CST|CDT|GMT|BST|CET|CEST|UTC)$/;
export const isTimeWord = (word: string): boolean =>
  MONTHS.test(word) || TIME_ABBREVIATIONS.test(word) || hasTag(word, TIME_TAGS);

/** A weekday or clock word, never part of a name ("May" and "June" can be). */
export const isDayOrClockWord = (word: string): boolean => TIME_ABBREVIATIONS.test(word) || hasTag(word, ['WeekDay']);

/** Nouns for members of a faith, party or movement: "Islamists", "a Virginia Democrat" name groups, not entities. */
const MEMBER_NOUNS = new Set(
  'muslim christian jew catholic protestant orthodox evangelical mormon copt sunni shiite shia hindu sikh buddhist islamist jihadist militant democrat republican conservative liberal socialist communist tory loyalist unionist nationalist'.split(
    ' ',
  ),
);
/** Plural endings of people-from-a-place words: "New Zealanders", "New Yorkers", "Londoners". */
const RESIDENT_PLURAL = /(?:ers|ians|ans|ites)$/;

/** A word that names people of a nation, faith, party or place ("Kenyan", "Muslims", "Democrat"), never one entity. */
export function isPeopleWord(word: string, before: readonly string[] = []): boolean {
  const singular = /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  if (isDemonym(word) || isDemonym(singular) || MEMBER_NOUNS.has(singular.toLowerCase())) return true;
  const suffix = RESIDENT_PLURAL.exec(word)?.[0];
  if (!suffix) return false;
  const stem = word.slice(0, -suffix.length);
  const place = [...before, stem].join(' ');
  return [place, `${place}a`, `${place}e`].some((p) => isKnownPlace(p) && p.length > 2);
}
export const isMaleName = (word: string): boolean => hasTag(word, ['MaleName']);
export const isFemaleName = (word: string): boolean => hasTag(word, ['FemaleName']);
export const isLastName = (word: string): boolean => hasTag(word, ['LastName', 'Person']);
export const isFirstName = (word: string): boolean => hasTag(word, ['FirstName', 'MaleName', 'FemaleName']);
export const isKnownOrganization = (word: string): boolean => hasTag(word, ['Organization']);
/** Function words and verbs: a capital at the start of a sentence does not make them names. */
export const isOrdinaryWord = (word: string): boolean =>
  FUNCTION_WORDS.has(word.toLowerCase()) || (hasTag(word, NOT_NAME_TAGS) && !isFirstName(word) && !isKnownPlace(word));

/** A word neither English nor compromise knows, or compromise knows only as a name: "Grozny", "Lufthansa", "Clinton". */
export const isUnknownWord = (word: string): boolean => {
  if (isEnglishWord(word)) return false;
  const tags = tagsOf(word);
  return tags.length === 0 || tags.every((tag) => NAME_TAGS.includes(tag));
};

const NAME_TAGS = ['Organization', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', ...PLACE_TAGS];
/** An everyday English word written in capitals for emphasis ("STOLEN", "HIGH-powered"), not an acronym. */
export const isShoutedWord = (word: string): boolean =>
  word.length >= 4 && /^\p{Lu}+$/u.test(word) && tagsOf(word).length > 0 && !hasTag(word, NAME_TAGS);

const CLAUSE_TAGS = [
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Copula',
  'Modal',
  'Auxiliary',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
];
/** A verb or a joining word: it ends a noun phrase read backwards ("suggest that | former security chief"). */
export const isClauseWord = (word: string): boolean =>
  !isRoleNoun(word) &&
  !/^(?:first|last|former|late|then|new|top|chief)$/i.test(word) &&
  (FUNCTION_WORDS.has(word.toLowerCase()) || hasTag(word, CLAUSE_TAGS));

/** A noun for what a person does: diplomat, economist, coach, biologist. */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower)) return true;
  if (hasTag(lower, ['Actor'])) return true;
  return (
    /(?:ist|ian|ologist|officer|manager|maker|keeper|player|er|or)s?$/.test(lower) &&
    lower.length > 4 &&
    !hasTag(lower, NOT_NAME_TAGS)
  );
}

const FUNCTION_WORDS = new Set(
  "a an the this that these those there here it its it's he she they we you i his her their our my your and or but nor so yet for if when while after before since as at by in on of to from with without into onto over under about after although though because unless until once also even still just only not no yes then than however meanwhile moreover indeed instead earlier later now today yesterday tomorrow last next each every all both many most some several such what which who whom whose where why how".split(
    ' ',
  ),
);

/** "a", "the", "it": a word that carries no name. */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word.toLowerCase());

/** Titles and honorifics that come before a name (case-insensitive). */
export const TITLE_WORDS = new Set(
  'president vice prime minister secretary chancellor premier governor mayor senator sen sen. rep rep. representative congressman congresswoman ambassador envoy general gen gen. admiral colonel col col. captain capt capt. lieutenant sergeant commander chief king queen prince princess pope bishop archbishop cardinal rabbi imam judge justice attorney prosecutor sheriff inspector superintendent commissioner director assistant chairman chairwoman chair ceo cfo coach manager striker midfielder defender goalkeeper dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms. miss sir dame lord lady councillor councilor councilman councilwoman alderman deputy spokesman spokeswoman spokesperson president-elect chief-executive leader founder officer detective constable economist analyst writer correspondent editor reporter columnist photographer lt lt. maj maj. sgt sgt. cpl cpl. brig brig. gov gov. rev rev. fr fr. insp insp. supt supt. det det. speaker patriarch sheikh sheik emir ayatollah mullah imam cleric sultan crown marshal field-marshal brigadier major-general lieutenant-general corporal private pm'.split(
    ' ',
  ),
);

/** Honorifics that tell a person's gender. */
export const MALE_HONORIFICS = new Set([
  'mr',
  'mr.',
  'sir',
  'king',
  'prince',
  'lord',
  'congressman',
  'councilman',
  'spokesman',
  'chairman',
]);
export const FEMALE_HONORIFICS = new Set([
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'dame',
  'queen',
  'princess',
  'lady',
  'congresswoman',
  'councilwoman',
  'spokeswoman',
  'chairwoman',
]);

const ROLE_NOUNS = new Set(
  'diplomat economist biologist scientist researcher spokesperson official minister analyst executive founder owner resident teacher nurse doctor farmer fisherman engineer lawyer player coach captain striker goalkeeper midfielder forward defender striker manager director professor author activist leader head chief chair member mayor councillor councilor lawmaker legislator senator governor negotiator envoy ambassador adviser advisor aide officer commander general candidate student worker journalist reporter editor historian ecologist geologist oceanographer epidemiologist physician surgeon pilot athlete runner champion winner organiser organizer trader investor banker'.split(
    ' ',
  ),
);

/** Last words that make a capitalised run an organisation. */
export const ORGANIZATION_WORDS = new Set(
  'department ministry international bank banca banco banque securities semiconductor semiconductors electronics technologies systems energy pharmaceuticals insurance savings financial investments ventures logistics rovers wanderers rangers athletic albion university service agency council committee commission association company corporation corp corp. inc inc. ltd ltd. llc plc group party court parliament congress senate assembly institute institution union federation club fc league fund board authority office police army navy force forces organization organisation foundation school college academy network news times post journal press daily herald gazette tribune chronicle society trust bureau administration cabinet government guard team brigade airlines airways motors industries holdings partners laboratory laboratories lab labs centre center museum library observatory reserve exchange command house alliance coalition movement front ministries chamber tribunal secretariat directorate unit embassy embassies consulate brotherhood co co. foods stores brands market markets media research capital studios records entertainment communications solutions services radio television tv treasury corps programme program lines shipping ag sa s.a. nv n.v. bv b.v. gmbh ab asa oy oyj spa s.p.a. srl sarl cie kk bhd berhad tbk a.s. d.d. airline airport-authority petroleum petroleums mining oil chemicals steel telecom telecoms'.split(
    ' ',
  ),
);

/** Team names: "Rovers" alone still means "Harbourside Rovers". */
export const TEAM_WORDS = new Set(['rovers', 'wanderers', 'rangers', 'athletic', 'albion', 'united', 'city']);

/** Last words of names that are none of person, place or organisation: awards, events. */
export const OTHER_THING_WORDS = new Set([
  'prize',
  'award',
  'awards',
  'cup',
  'trophy',
  'medal',
  'festival',
  'games',
  'olympics',
  'summit',
  'act',
  'bill',
  // events and documents
  'war',
  'spring',
  'depression',
  'recession',
  'revolution',
  'uprising',
  'crisis',
  'amendment',
  'code',
  'treaty',
  'accord',
  'accords',
  'doctrine',
  'show',
  'exposition',
  'expo',
  'marathon',
  'championship',
  'championships',
]);

/** First words of names of storms and operations: "Hurricane Sandy". */
/** Acronyms for things, not bodies: "a 4K TV", "the PC version", "VR headsets". */
export const THING_ACRONYMS = new Set(
  'TV TVs PC PCs VR AR AI CPU GPU RAM SSD USB HDMI HDR IR FPS DVD DVDs GPS SUV SUVs ATM ATMs LED LCD OLED SMS PDF URL IP OS DNA RNA CEO CEOs CFO COO CTO MP MPs PM GDP GNP CPI PPI RPI EPS VAT NAV FRN FRNs IPO IPOs HIV ICU ER DJ TBD FAQ OK WW1 WW2 WWI WWII'.split(
    ' ',
  ),
);
export const EVENT_FIRST_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation']);

/** A noun only people are called by, from the word lists (no "-er" guess: "operator", "carrier" name bodies too). */
export const isPersonNoun = (word: string): boolean =>
  ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || hasTag(word, ['Actor']);

/** A clause-opening role word before a name is a title: "Novelist Layla Said". */
export function isOpeningRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "Brian", "Julian", "Adrian": a given name is no "-ian" job word
  if (isDemonym(word) || isFirstName(word)) return false;
  return ROLE_NOUNS.has(lower) || hasTag(lower, ['Actor']) || /(?:ist|ian)$/.test(lower);
}

/** Words that make a capitalised run a place. */
export const PLACE_WORDS = new Set(
  'island islands river mountain mountains mount lake sea ocean bay gulf coast valley county province state region district city town village street avenue road square park hall palace stadium arena airport harbour harbor port bridge peninsula strait desert forest canal beach falls fjord glacier reef highlands plain plains heights wall terminal locks passage strip boulevard tower towers cathedral mosque temple camp straits channel hospital church chapel oilfield mine highway bypass motorway subdivision tunnel border frontier suburb township municipality prefecture canton oblast governorate moor down downs enclave settlement crossing checkpoint airbase'.split(
    ' ',
  ),
);

/** First words that make a name a place: "Cape Canaveral", "Mount Kenya", "Lake Victoria". */
export const PLACE_FIRST_WORDS = new Set([
  'cape',
  'mount',
  'mt.',
  'lake',
  'river',
  'loch',
  'fort',
  'isle',
  'boulevard',
  'rue',
  'lower',
  'upper',
]);

/** Short forms everyone reads as one country or body; aliases, not separate entities. */
export const SHORT_FORMS: Record<string, string> = {
  'U.S.': 'United States',
  US: 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  'United States of America': 'United States',
  'U.K.': 'United Kingdom',
  UK: 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  EU: 'European Union',
  'E.U.': 'European Union',
  UN: 'United Nations',
  'U.N.': 'United Nations',
};

/** Verbs that attribute speech or a characterisation to their subject. */
export const SPEECH_VERBS = new Set(
  'said says say told tells tell added adds asked asks explained explains noted notes wrote writes stated states insisted insists argued argues warned warns recalled recalls replied replies answered answers continued continues declared declares announced announces urged urges hailed hails described describes called calls admitted admits acknowledged acknowledges remarked remarks observed observes cautioned cautions conceded concedes predicted predicts promised promises vowed vows suggested suggests claimed claims stressed stresses emphasized emphasised emphasises emphasizes commented comments tweeted posted joked laughed shouted exclaimed pointed confirmed confirms denied denies complained complains concluded concludes agreed agrees saying adding telling writing'.split(
    ' ',
  ),
);

export const PERSON_PRONOUNS: Record<string, 'male' | 'female'> = {
  he: 'male',
  she: 'female',
  him: 'male',
  her: 'female',
};

/** What each short form's full name is. */
export const SHORT_FORM_TYPES: Record<string, 'place' | 'organization'> = {
  'United States': 'place',
  'United Kingdom': 'place',
  'European Union': 'organization',
  'United Nations': 'organization',
};
