/** Key facts: sentences that carry decisions, numbers, dates, firsts and outcomes, scored best first. */
import type { Sentence } from './text';

export interface ScoredSentence {
  sentence: Sentence;
  score: number;
}

/** Sentences shorter than this say too little to stand alone as a fact. */
const MIN_FACT_WORDS = 8;
/** Above this share of its characters in quote marks, a sentence is a quote, not a fact. */
const MAX_QUOTED_SHARE = 0.5;
/** Entities beyond this many add nothing more to a sentence's weight. */
const MAX_COUNTED_ENTITIES = 3;

const WEIGHTS = {
  number: 1.5,
  date: 1,
  decision: 1.5,
  first: 1.5,
  entity: 0.5,
  hedge: -2,
  modal: -0.75,
  /** Per verb of reported speech: a claim, less than a fact. */
  reported: -0.5,
  opinion: -1,
  lead: 1,
  /** A sentence about no named thing tells the reader nothing about the story's people and bodies. */
  noEntity: -2,
  /** "I still remember…": the writer's own experience, outside quote marks, is colour, not a fact. */
  firstPerson: -1.5,
  /** Times the share of the sentence in quote marks. */
  partialQuote: -3,
};

const NUMBER =
  /\b(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|twice)\b/i;
const DATE =
  /\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last (?:week|month|year)|next (?:week|month|year))\b/i;
const DECISION =
  /\b(?:agreed|announced|approved|decided|voted|signed|passed|rejected|refused|declined|failed|postponed|cancell?ed|delayed|launched|released|detained|arrested|elected|appointed|resigned|won|lost|beat|defeated|scored|banned|fined|ordered|ruled|sentenced|closed|opened|raised|cut|hiked|increased|decreased|rose|fell|killed|injured|died|confirmed|discovered|found|met|pressed|pledg(?:ed|ing)|committed|allocated|awarded|fired|hired|acquired|bought|sold|merged|sued|charged|support|supports|opposes|oppose|curb|release|independence)\b/i;
const FIRST =
  /\b(?:first|last|record|rare|since|never|only|biggest|largest|highest|lowest|unprecedented|historic|postponed|new)\b/i;
const HEDGE = /\b(?:it was not (?:immediately )?clear|had been hoped|it is unclear|perhaps|possibly|reportedly)\b/i;
const MODAL = /\b(?:would|could|may|might|should)\b/i;
const REPORTED = /\b(?:said|says|told|expected|believes|thinks)\b/gi;
const OPINION = /\b(?:jitters|alarmed|tone|pointed|closely followed|sent)\b/i;

/** Share of the text in quote marks; a quote opened before the sentence or left open runs to its edge. */
export function quotedShare(text: string): number {
  let inside = 0;
  let open = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const opens = ch === '“' || (ch === '"' && open < 0 && !/[,.!?]/.test(text[i - 1] ?? ''));
    // a straight mark right after punctuation closes a quote: `…thousands," Mr Obama said.`
    const closes = ch === '”' || (ch === '"' && (open >= 0 || /[,.!?]/.test(text[i - 1] ?? '')));
    if (opens && open < 0) open = i;
    else if (closes && open >= 0) {
      inside += i - open + 1;
      open = -1;
    } else if (closes && count === 0) inside += i + 1; // closes a quote that began in an earlier sentence
    if (opens || closes) count++;
  }
  if (open >= 0) inside += text.length - open;
  return Math.min(inside / Math.max(text.length, 1), 1);
}

/** "Sign up for…", "Read more:": the page asking the reader to act, not the story. */
const PAGE_PROMPT =
  /^(?:sign up|subscribe|read more|read next|click|follow us|follow @|download|listen to|watch:|related:|advertisement)/i;
const UNQUOTED = /["“][^"”]*["”]/gu;
const FIRST_PERSON = /\b(?:I|my|me|I’m|I'm|I’ve|I've)\b/;

/** A photo caption ends with its credit in parentheses: "(Leah Millis/Reuters)". */
export function isCaption(paragraph: string): boolean {
  return /\([^()]*(?:\/|photo|credit|getty|reuters|afp|\bap\b)[^()]*\)\s*$/i.test(paragraph);
}

export function scoreSentence(sentence: Sentence, entityCount: number, paragraphCount: number): number | null {
  const text = sentence.text;
  const words = text.split(/\s+/).length;
  if (sentence.headline || words < MIN_FACT_WORDS || /\?["'”’]*$/u.test(text) || PAGE_PROMPT.test(text)) return null;
  const quoted = quotedShare(text);
  if (quoted > MAX_QUOTED_SHARE) return null;
  let score = 0;
  if (NUMBER.test(text)) score += WEIGHTS.number;
  if (DATE.test(text)) score += WEIGHTS.date;
  if (DECISION.test(text)) score += WEIGHTS.decision;
  if (FIRST.test(text)) score += WEIGHTS.first;
  if (HEDGE.test(text)) score += WEIGHTS.hedge;
  if (OPINION.test(text)) score += WEIGHTS.opinion;
  if (MODAL.test(text)) score += WEIGHTS.modal;
  score += WEIGHTS.reported * (text.match(REPORTED)?.length ?? 0);
  score += WEIGHTS.partialQuote * quoted;
  score += WEIGHTS.entity * Math.min(entityCount, MAX_COUNTED_ENTITIES);
  if (entityCount === 0) score += WEIGHTS.noEntity;
  if (FIRST_PERSON.test(text.replace(UNQUOTED, ''))) score += WEIGHTS.firstPerson;
  // the lead paragraphs of a news story carry its main facts
  score += WEIGHTS.lead * (1 - sentence.paragraph / Math.max(paragraphCount, 1));
  return Math.round(score * 100) / 100;
}
