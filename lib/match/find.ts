import {
  foldCode,
  isApostropheCode,
  isIgnorableCode,
  isSpaceCode,
  isSpacedWordCode,
  isSpacelessWordCode,
  isWordCode,
} from './chars';
import type { Matcher, NamePattern } from './compile';
import { TITLES } from './titles';

/** A name found in text: [start, end) offsets, without any possessive "'s". */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  /** People the page may mean instead (a place's name that is also their short form: "Clinton"). */
  alternatives?: readonly string[];
}

/**
 * The id of a known person's one-word name seen as part of someone else's full name ("Pamela Colman [Smith]"):
 * never highlighted, but it tells the page that a later bare "Smith" is not the known Smith.
 */
export const OTHER_PERSON_ID = 'other-person';

const LOWER_S = 0x73;
const UPPER_S = 0x53;
/** Characters that end a sentence, so the next word opens one. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
/** Characters that may stand between a sentence's end and its first word. */
const SENTENCE_OPENERS = new Set(['"', "'", '“', '”', '‘', '’', '(', '[', '«', '»', '—', '–', '-', '*', '•']);

/** The nearest visible character before `at` (invisibles belong to the word they sit in), or -1. */
function visibleBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isIgnorableCode(text.charCodeAt(i))) i--;
  return i;
}

/** The nearest visible character from `at` on, or the text's length. */
function visibleFrom(text: string, at: number): number {
  let i = at;
  while (i < text.length && isIgnorableCode(text.charCodeAt(i))) i++;
  return i;
}

/** The character at `at` glues to a name beside it: a letter of a spaced script (not CJK, not past the text). */
function gluesAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isSpacedWordCode(text.charCodeAt(at));
}

/** A match may start here: not inside a word, nor after "O'" as in "O'Brien". */
function startsWord(text: string, at: number): boolean {
  if (isSpacelessWordCode(text.charCodeAt(at))) return true;
  const before = visibleBefore(text, at);
  if (before < 0) return true;
  if (gluesAt(text, before)) return false;
  return !(isApostropheCode(text.charCodeAt(before)) && gluesAt(text, visibleBefore(text, before)));
}

/** A match may end here: "Xi" not in "Xinhua" nor "Xi'an", but "Blinken's" ends a name. */
function endsWord(text: string, at: number): boolean {
  if (isSpacelessWordCode(text.charCodeAt(at - 1))) return true;
  const after = visibleFrom(text, at);
  if (after >= text.length) return true;
  if (gluesAt(text, after)) return false;
  if (!isApostropheCode(text.charCodeAt(after))) return true;
  const s = visibleFrom(text, after + 1);
  if (!gluesAt(text, s)) return true;
  const code = text.charCodeAt(s);
  return (code === LOWER_S || code === UPPER_S) && !gluesAt(text, visibleFrom(text, s + 1));
}

/** The text span [start, end) spells `form` exactly, allowing any whitespace run for a space and any apostrophe. */
function spells(text: string, start: number, end: number, form: string): boolean {
  let i = start;
  for (let k = 0; k < form.length; k++) {
    while (i < end && isIgnorableCode(text.charCodeAt(i))) i++;
    if (i >= end) return false;
    const expected = form.charCodeAt(k);
    const actual = text.charCodeAt(i);
    if (expected === 0x20) {
      if (!isSpaceCode(actual)) return false;
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
      continue;
    }
    if (expected === 0x27 ? !isApostropheCode(actual) : actual !== expected) return false;
    i++;
  }
  return i === end;
}

/** The word at `at` is the first of its sentence (or of the text). */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || SENTENCE_OPENERS.has(text[i]))) i--;
  if (i < 0) return true;
  if (!SENTENCE_ENDS.has(text[i])) return false;
  // "Mr. Smith", "Gen. Milley": the full stop of a title's abbreviation ends no sentence.
  let wordStart = i;
  while (wordStart > 0 && isSpacedWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return text[i] !== '.' || !TITLES.has(text.slice(wordStart, i).toLowerCase());
}

/** The next word, past white space (a run of text is one block: its line breaks are spaces), starts with a capital: "World" in "World Cup", "Security Council". */
export function beforeCapitalisedWord(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === end || i >= text.length) return false;
  const char = text[i];
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** A word with a full stop after two lower-case letters ends its sentence; an initial ("F.") or "Mr." does not. */
const ENDS_SENTENCE = /\p{Ll}{2}\.$/u;

/**
 * The word before, past white space, is capitalised and neither opens its sentence, nor ends the one before,
 * nor is a title, nor a possessive: "Colman" in "Pamela Colman Smith", not "President" in "President Smith",
 * "Chicago." in "Chicago. Clinton", nor "China's" in "China's Xi".
 */
export function afterNameWord(text: string, start: number, evenOpeningSentence = false): boolean {
  let i = start;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === start || i === 0) return false;
  const wordEnd = i;
  while (i > 0 && (isSpacedWordCode(text.charCodeAt(i - 1)) || text[i - 1] === '.' || text[i - 1] === '-')) i--;
  // "Chicago. Clinton made…": a word that ends its sentence is no part of the next name; "John F. Kennedy" is.
  if (ENDS_SENTENCE.test(text.slice(i, wordEnd))) return false;
  const word = text.slice(i, wordEnd).replace(/\.$/, '');
  if (!/^\p{Lu}/u.test(word) || TITLES.has(word.toLowerCase())) return false;
  return evenOpeningSentence || !opensSentence(text, i);
}

/** A person's one-word name written as a word of a longer name ("Pamela Colman [Smith]", "[Ross] Douthat"). */
function isPartOfOtherName(pattern: NamePattern, text: string, start: number, end: number): boolean {
  if (!pattern.shortForm || !spells(text, start, end, pattern.text)) return false;
  return beforeCapitalisedWord(text, end) || afterNameWord(text, start);
}

/**
 * An ordinary word as a name needs its capital, must not open a sentence, and must not be the first word of a
 * longer name the reader's sources do not know ("World" in "World Cup"), nor its last ("Island" in "Rhode Island").
 * A person's one-word name is no part of another's full name ("Ross Douthat", "Pamela Colman Smith").
 */
function accepts(pattern: NamePattern, text: string, start: number, end: number): boolean {
  if (spells(text, start, end, pattern.text)) {
    if (pattern.commonWord && opensSentence(text, start)) return false;
    if ((pattern.commonWord || pattern.shortForm) && beforeCapitalisedWord(text, end)) return false;
    // "Norfolk Island" opening a list item is one name too; "Yesterday Smith said" is Smith.
    if (pattern.shortForm) return !afterNameWord(text, start);
    return !pattern.commonWord || !afterNameWord(text, start, true);
  }
  return pattern.upper !== null && spells(text, start, end, pattern.upper);
}

/** Every known name in `text`: sorted, non-overlapping, the longest at each place. */
export function findMentions(matcher: Matcher, text: string, { otherPeople = false } = {}): Mention[] {
  const { symbolOf, rootNext, lowerCaseStart, next, spaceSymbol, terminals, isTerminal } = matcher;
  const mentions: Mention[] = [];
  const candidateNodes: number[] = [];
  const candidateEnds: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const symbol = symbolOf[fold(code)];
    // A lower-case ASCII word only matches a name written in lower case: most words end here.
    const impossible = code >= 0x61 && code <= 0x7a && lowerCaseStart[symbol] === 0;
    let node = !impossible && startsWord(text, i) ? rootNext[symbol] : 0;
    if (node !== 0) {
      candidateNodes.length = 0;
      candidateEnds.length = 0;
      let j = i + 1;
      while (true) {
        if (isTerminal[node] === 1 && endsWord(text, j)) {
          candidateNodes.push(node);
          candidateEnds.push(j);
        }
        if (j >= length) break;
        let c = text.charCodeAt(j);
        while (isIgnorableCode(c) && j + 1 < length) c = text.charCodeAt(++j);
        const symbol = isSpaceCode(c) ? spaceSymbol : symbolOf[fold(c)];
        if (symbol === 0) break;
        const following = next.get(node, symbol);
        if (following === 0) break;
        node = following;
        j++;
        if (symbol === spaceSymbol) while (j < length && isSpaceCode(text.charCodeAt(j))) j++;
      }
      const found = pickLongest(terminals, candidateNodes, candidateEnds, text, i, otherPeople);
      if (found) {
        mentions.push(found);
        i = found.end;
        continue;
      }
    }
    i++;
    // The rest of this word cannot start a name; a CJK character is a word of its own.
    if (isSpacedWordCode(code)) while (i < length && isSpacedWordCode(text.charCodeAt(i))) i++;
  }
  return mentions;
}

function pickLongest(
  terminals: Map<number, NamePattern[]>,
  nodes: number[],
  ends: number[],
  text: string,
  start: number,
  otherPeople: boolean,
): Mention | null {
  let other: Mention | null = null;
  for (let c = nodes.length - 1; c >= 0; c--) {
    for (const pattern of terminals.get(nodes[c]) ?? []) {
      if (accepts(pattern, text, start, ends[c])) {
        const found: Mention = { start, end: ends[c], entityId: pattern.entityId };
        if (pattern.alternatives) found.alternatives = pattern.alternatives;
        return found;
      }
      if (otherPeople && !other && isPartOfOtherName(pattern, text, start, ends[c])) {
        other = { start, end: ends[c], entityId: OTHER_PERSON_ID };
      }
    }
  }
  return other;
}

/** Case folding with an inline path for ASCII (upper-case letters fold by setting bit 0x20). */
function fold(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
  return foldCode(code);
}
