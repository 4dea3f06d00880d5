/** A person's role as the article reports it: a title before the name, or an appositive around it. */
import type { DraftEntity } from './entities';
import { isClauseWord, isRoleNoun } from './lexicon';
import type { Mention, SentenceTokens } from './names';
import type { Token } from './text';

/** An appositive longer than this is a clause, not a role. */
const MAX_APPOSITIVE_WORDS = 20;
/** The role noun of an appositive comes within its first few words. */
const ROLE_NOUN_WINDOW = 6;
const NAMED_ROLE_WINDOW = 3;
const MAX_ROLE_BEFORE_WORDS = 7;
const HONORIFICS_ONLY = /^(?:mr|mrs|ms|miss|sir|dame|dr|prof)\.?$/i;
// "(": "leader of the Patriotic Union of Kurdistan (PUK)" is a role without its short form
const APPOSITIVE_END = new Set([',', ';', '—', '–', '(', ')', '"', '“', '”', '.', ':', '?', '!']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** "his wife", "its chair": the owner opens the role phrase. */
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const STOP_BEFORE = new Set([
  'with',
  'against',
  'by',
  'to',
  'from',
  'for',
  'and',
  'or',
  'as',
  'at',
  'in',
  'on',
  'said',
  'told',
  'says',
  'added',
  'according',
  'including',
  'between',
  'among',
  'like',
  'when',
  'while',
  'after',
  'before',
]);

const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);

function textBetween(source: string, from: Token, to: Token): string {
  return source.slice(from.start, to.end).trim();
}

/** "Ingrid Solberg, a marine biologist at the University of Bergen who led the survey, said" */
function appositiveAfter(tokens: Token[], at: number, source: string): string | null {
  if (tokens[at]?.text !== ',') return null;
  // an age comes first: "Marcus Delgado, 52, a former branch manager"
  if (/^\d{1,3}$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ',') at += 2;
  let end = at + 1;
  while (end < tokens.length && !APPOSITIVE_END.has(tokens[end].text)) end++;
  const whole = tokens.slice(at + 1, end);
  if (whole.filter(isWord).length > MAX_APPOSITIVE_WORDS) return null;
  // "a marine biologist at the University of Bergen who led the survey": the role is the job, not the clause
  const relative = whole.findIndex((t, i) => i > 1 && CLAUSE_OPENERS.has(t.text.toLowerCase()));
  const phrase = relative > 0 ? whole.slice(0, relative) : whole;
  const words = phrase.filter(isWord);
  if (words.length < 2) return null;
  // "The G40 figures are cabinet ministers": a phrase with a verb is a clause, not a role ("an actress he never met
  // but with whom…" cut at "whom" is one too)
  const lowerWords = words.map((w) => w.text.toLowerCase());
  if (lowerWords.some((w) => COPULAS.has(w) || SUBJECT_PRONOUNS.has(w))) return null;
  if (STOP_BEFORE.has(lowerWords[lowerWords.length - 1] ?? '')) return null;
  const opener = words[0].text.toLowerCase();
  // "Tunisia country director for Amnesty International": a place or body name may open the role
  const opensWithName = /^\p{Lu}/u.test(words[0].text) && !isRoleNoun(opener);
  const opensRole = DETERMINERS.has(opener) || /['’]s$/.test(opener) || isRoleNoun(opener) || /^\d+$/.test(opener);
  // a name-opened role names its job at once ("Tunisia country director"); later it is a clause ("Uber has …")
  const window = opensWithName ? NAMED_ROLE_WINDOW : ROLE_NOUN_WINDOW;
  if (!(opensRole || opensWithName) || !words.slice(0, window).some((w) => isRoleNoun(w.text))) return null;
  return textBetween(source, phrase[0], phrase[phrase.length - 1]);
}
/** Words that open a clause inside an appositive: "who led the survey", "after serving as a senior engineer". */
const CLAUSE_OPENERS = new Set(['who', 'whose', 'which', 'that', 'whom', 'after', 'before', 'since', 'while', 'when']);

/** "China's top diplomat, Wang Yi" and "coach Maria Ruiz": a role noun phrase right before the name. */
function roleBefore(tokens: Token[], at: number, source: string): string | null {
  let end = at;
  if (tokens[end]?.text === ',') end--;
  const last = tokens[end];
  if (!last || !isWord(last) || !isRoleNoun(last.text) || /^\p{Lu}/u.test(last.text)) return null;
  let start = end;
  while (start > 0 && end - start < MAX_ROLE_BEFORE_WORDS) {
    const previous = tokens[start - 1];
    const lower = previous.text.toLowerCase();
    // "Pakistan-based developer": a compound's first half belongs to the role
    const compound = previous.text === '-' && previous.end === tokens[start].start && tokens[start - 2];
    if (compound) {
      start -= 2;
      continue;
    }
    // a verb or "that"/"which" ends the noun phrase: "Reuters suggest that former security chief X"
    // (but "managing director", "running mate", "acting president" are jobs)
    const opensPhrase = DETERMINERS.has(lower) || OWNER_PRONOUNS.has(lower);
    const jobParticiple = start === end && /^\p{L}+ing$/u.test(previous.text);
    if (!isWord(previous) || STOP_BEFORE.has(lower) || (isClauseWord(lower) && !opensPhrase && !jobParticiple)) break;
    start--;
    if (opensPhrase) break;
  }
  // "in power, Azzouz said": a phrase cut off by a preposition is no role set off by a comma
  const cut = STOP_BEFORE.has(tokens[start - 1]?.text.toLowerCase() ?? '');
  const opener = tokens[start].text.toLowerCase();
  const owned = /['’]s$/.test(opener) || DETERMINERS.has(opener) || OWNER_PRONOUNS.has(opener);
  if (tokens[at]?.text === ',' && cut && !owned) return null;
  return textBetween(source, tokens[start], last);
}

function roleOfMention(mention: Mention, all: SentenceTokens[], source: string): string | null {
  if (mention.title && !HONORIFICS_ONLY.test(mention.title)) return mention.title;
  const { tokens } = all[mention.sentence];
  const after = tokens.findIndex((t) => t.start >= mention.end);
  const first = tokens.findIndex((t) => t.start >= mention.start);
  if (after >= 0) {
    const role = appositiveAfter(tokens, after, source);
    if (role) return role;
  }
  return first > 0 ? roleBefore(tokens, first - 1, source) : null;
}

/** "Parata was named chair of the Trust Board": the role an appointment verb gives the subject. */
const APPOINTMENT_VERBS = new Set(['named', 'appointed', 'elected', 'made', 'installed', 'chosen']);
const BECAME_VERBS = new Set(['became', 'becomes', 'remains', 'remained']);
/** "who chairs the board", "who heads the agency": a verb that is a role with its object. */
const ROLE_VERBS: Record<string, string> = {
  chairs: 'chair of',
  heads: 'head of',
  leads: 'leader of',
  directs: 'director of',
  runs: 'head of',
  manages: 'manager of',
  owns: 'owner of',
  founded: 'founder of',
  coaches: 'coach of',
  represents: 'representative of',
  edits: 'editor of',
};

/** The role noun phrase starting at tokens[from]: "chair of the Ngātiwai Trust Board" up to the next comma or "on". */
function rolePhraseFrom(tokens: Token[], from: number, source: string): string | null {
  let end = from;
  while (
    end < tokens.length &&
    !APPOSITIVE_END.has(tokens[end].text) &&
    !ROLE_PHRASE_END.has(tokens[end].text.toLowerCase())
  )
    end++;
  const words = tokens.slice(from, end).filter(isWord);
  if (words.length === 0 || words.length > MAX_APPOSITIVE_WORDS) return null;
  const opener = words[0].text.toLowerCase();
  const start = DETERMINERS.has(opener) ? 1 : 0;
  // "the foundation's finance manager": an owner may come before the job
  const owner = /['’]s$/.test(words[start]?.text ?? '') ? 1 : 0;
  const job = words.slice(start + owner, start + owner + ROLE_PHRASE_JOB_REACH);
  if (!words[start] || !(owner ? job.some((w) => isRoleNoun(w.text)) : isRoleNoun(words[start].text))) return null;
  return textBetween(source, words[start], words[words.length - 1]);
}
/** Words that end a role phrase read forwards: "chair of the board on Monday", "chair since 1998". */
const ROLE_PHRASE_END = new Set([
  'on',
  'in',
  'since',
  'after',
  'last',
  'this',
  'earlier',
  'until',
  'when',
  'and',
  'from',
]);
/** Words after an owner within which the job must come: "the foundation's finance manager". */
const ROLE_PHRASE_JOB_REACH = 3;

/** "X was named chair of Y", "X became chair of Y", "X, who chairs Y", "X, who owns a bakery" (its owner); a
 * relative clause that names no job ("who has led the city since 2010") is no role. */
function roleByVerb(mention: Mention, all: SentenceTokens[], source: string): string | null {
  const { tokens } = all[mention.sentence];
  let at = tokens.findIndex((t) => t.start >= mention.end);
  if (at < 0) return null;
  if (tokens[at]?.text === ',' && tokens[at + 1]?.text.toLowerCase() === 'who') {
    // "Kerslake, who was the foundation's finance manager from 2015", "who has been the Town manager"
    let be = at + 2;
    if (/^(?:has|had|have)$/i.test(tokens[be]?.text ?? '') && tokens[be + 1]?.text === 'been') be++;
    if (COPULAS.has(tokens[be]?.text.toLowerCase() ?? '')) return rolePhraseFrom(tokens, be + 1, source);
    const verb = ROLE_VERBS[tokens[at + 2]?.text.toLowerCase() ?? ''];
    const object = verb ? textAfterVerb(tokens, at + 3, source) : null;
    return object ? `${verb} ${object}` : null;
  }
  const first = tokens[at]?.text.toLowerCase() ?? '';
  if (BECAME_VERBS.has(first)) return rolePhraseFrom(tokens, at + 1, source);
  if ((first === 'was' || first === 'is' || first === 'has' || first === 'had') && tokens[at + 1]?.text === 'been')
    at++;
  if (COPULAS.has(tokens[at]?.text.toLowerCase() ?? '') || tokens[at]?.text.toLowerCase() === 'been') {
    if (APPOINTMENT_VERBS.has(tokens[at + 1]?.text.toLowerCase() ?? '')) return rolePhraseFrom(tokens, at + 2, source);
  }
  return null;
}

/** The object of "who chairs": "the Ngātiwai Trust Board" up to the end of the clause. */
function textAfterVerb(tokens: Token[], from: number, source: string): string | null {
  let end = from;
  while (end < tokens.length && !APPOSITIVE_END.has(tokens[end].text)) end++;
  const words = tokens.slice(from, end).filter(isWord);
  if (words.length === 0 || words.length > MAX_APPOSITIVE_WORDS) return null;
  return textBetween(source, words[0], words[words.length - 1]);
}

/** Title abbreviations written out, so a card says what the article meant: "Michigan Gov." is its Governor. */
const ABBREVIATED_TITLES: Record<string, string> = {
  gov: 'Governor',
  sen: 'Senator',
  rep: 'Representative',
  gen: 'General',
  lt: 'Lieutenant',
  col: 'Colonel',
  capt: 'Captain',
  sgt: 'Sergeant',
  maj: 'Major',
  cpl: 'Corporal',
  brig: 'Brigadier',
  insp: 'Inspector',
  supt: 'Superintendent',
  det: 'Detective',
  prof: 'Professor',
};

/** A role as a card shows it: the job without its article ("the top scorer" → "top scorer"), titles in full. */
export function tidyRole(role: string): string {
  return role
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(
      /\b(\p{Lu}\p{Ll}{1,4})\.(?=\s|$)/gu,
      (whole, word: string) => ABBREVIATED_TITLES[word.toLowerCase()] ?? whole,
    );
}

/** The first role the article gives each person. */
export function findRoles(entities: DraftEntity[], all: SentenceTokens[], source: string): Map<DraftEntity, string> {
  const roles = new Map<DraftEntity, string>();
  const firstOf = (mentions: Mention[], read: typeof roleOfMention) => {
    for (const mention of mentions) {
      const role = read(mention, all, source);
      if (role) return role;
    }
    return null;
  };
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    // a title or an appositive at any mention first, then what a verb says ("was named chair of …")
    const role = firstOf(entity.mentions, roleOfMention) ?? firstOf(entity.mentions, roleByVerb);
    if (role) roles.set(entity, tidyRole(role));
  }
  return roles;
}
