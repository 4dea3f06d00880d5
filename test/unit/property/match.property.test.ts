import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/knowledge/schema';
import { compileMatcher, findMentions } from '../../../lib/match';
import { COMMON_WORDS } from '../../../lib/match/common-words';
import { TITLES } from '../../../lib/match/titles';
import { ENTITY_POOL, entitiesArb, runOptions, textArb } from './vocabulary';

/**
 * A slow, obviously-correct reading of the matching rules, written apart from lib/match:
 * try every spelling at every offset with a regex, keep those with word boundaries, then choose leftmost-longest.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHES = "'\u2019\u2018\u02bc\u2032\uff07";
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`);
const IGNORABLES = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const IGNORABLE = new RegExp(`[${IGNORABLES}]`);
/** What may stand between a sentence's end (or the text's start) and its first word. */
const OPENS_SENTENCE = /(?:^|[.!?…])[\s"'“”‘’([«»—–\-*•]*$/u;
/** The word before, on the same line: capitalised, no title, not opening its sentence ("Colman" in "Pamela Colman Smith"). */
function afterNameWord(before: string, evenOpeningSentence = false): boolean {
  const match = /([\p{L}\p{M}\p{N}.-]+)\s+$/u.exec(before);
  if (!match || !/^\p{Lu}/u.test(match[1]!) || /\p{Ll}{2}\.$/u.test(match[1]!)) return false;
  if (TITLES.has(match[1]!.replace(/\.$/, '').toLowerCase())) return false;
  return evenOpeningSentence || !opensSentence(before.slice(0, match.index));
}

/** The text before a word ends a sentence, but for a title's abbreviation ("Mr.", "Gen."). */
function opensSentence(before: string): boolean {
  if (!OPENS_SENTENCE.test(before)) return false;
  const abbreviation = /(\p{L}+)\.[\s"'“”‘’([«»—–\-*•]*$/u.exec(before);
  return !abbreviation || !TITLES.has(abbreviation[1]!.toLowerCase());
}
/** The next word on the line starts with a capital (an ordinary word there opens a longer, unknown name). */
const BEFORE_CAPITAL = /^\s+\p{Lu}/u;
const MIN_NAME_LENGTH = 2;
const MIN_UPPERCASE_VARIANT_LENGTH = 3;

interface Spelling {
  entityId: string;
  /** Regexes for the accepted forms: as written, and in capitals where allowed. */
  forms: RegExp[];
  /** An alias that is also an English word: only with its capital, never opening a sentence. */
  commonWord: boolean;
  /** A person's one-word name: not before another capitalised word, nor after one that is no title. */
  shortForm: boolean;
}

function escapeRegex(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A spelling as a sticky regex: any whitespace run for a space, any apostrophe, invisibles between characters. */
function formRegex(form: string): RegExp {
  const parts = [...form].map((char) => {
    if (char === ' ') return '\\s+';
    if (APOSTROPHE.test(char)) return `[${APOSTROPHES}]`;
    return escapeRegex(char);
  });
  return new RegExp(parts.join(`[${IGNORABLES}]*`), 'uy');
}

/** Canonical names before aliases: a spelling shared by a name and another entity's alias goes to the name. */
function spellingsOf(entities: readonly Entity[]): Spelling[] {
  const names: Spelling[] = [];
  const aliases: Spelling[] = [];
  for (const entity of entities) {
    for (const [index, raw] of [entity.name, ...entity.aliases].entries()) {
      const text = raw.trim().replace(/\s+/g, ' ');
      if (text.length < MIN_NAME_LENGTH) continue;
      const commonWord = index > 0 && /^\p{Lu}\p{Ll}+$/u.test(text) && COMMON_WORDS.has(text.toLowerCase());
      const upper = text.toUpperCase();
      const forms = [formRegex(text)];
      const upperAllowed = upper !== text && upper.length === text.length;
      if (!commonWord && upperAllowed && text.length >= MIN_UPPERCASE_VARIANT_LENGTH) forms.push(formRegex(upper));
      const shortForm = entity.type === 'person' && !text.includes(' ');
      (index === 0 ? names : aliases).push({ entityId: entity.id, forms, commonWord, shortForm });
    }
  }
  return [...names, ...aliases];
}

const isWord = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** The visible character next to `at` going in `step` direction: invisibles are part of the word they sit in. */
function visibleAt(text: string, at: number, step: 1 | -1): { char: string | undefined; at: number } {
  let i = at;
  while (i >= 0 && i < text.length && IGNORABLE.test(text[i])) i += step;
  return { char: i >= 0 ? text[i] : undefined, at: i };
}

/** Not inside a word, nor after "O'" as in "O'Brien". */
function boundaryBefore(text: string, start: number): boolean {
  const before = visibleAt(text, start - 1, -1);
  if (isWord(before.char)) return false;
  return !(before.char && APOSTROPHE.test(before.char) && isWord(visibleAt(text, before.at - 1, -1).char));
}

/** Not inside a word ("Xinhua", "Xi'an"), but a possessive "'s" may follow. */
function boundaryAfter(text: string, end: number): boolean {
  const after = visibleAt(text, end, 1);
  if (isWord(after.char)) return false;
  if (!after.char || !APOSTROPHE.test(after.char)) return true;
  const next = visibleAt(text, after.at + 1, 1);
  if (!isWord(next.char)) return true;
  return (next.char === 's' || next.char === 'S') && !isWord(visibleAt(text, next.at + 1, 1).char);
}

type Found = [text: string, entityId: string, start: number];

function referenceMentions(entities: readonly Entity[], text: string): Found[] {
  const candidates: { start: number; end: number; entityId: string; rank: number }[] = [];
  for (const [rank, spelling] of spellingsOf(entities).entries()) {
    for (const [formIndex, form] of spelling.forms.entries()) {
      for (let start = 0; start < text.length; start++) {
        form.lastIndex = start;
        const match = form.exec(text);
        if (!match) continue;
        const end = start + match[0].length;
        if (!boundaryBefore(text, start) || !boundaryAfter(text, end)) continue;
        if (spelling.commonWord && formIndex === 0 && opensSentence(text.slice(0, start))) continue;
        const capitalAfter = BEFORE_CAPITAL.test(text.slice(end));
        if ((spelling.commonWord || spelling.shortForm) && formIndex === 0 && capitalAfter) continue;
        const before = text.slice(0, start);
        if (spelling.shortForm && formIndex === 0 && afterNameWord(before)) continue;
        if (!spelling.shortForm && spelling.commonWord && formIndex === 0 && afterNameWord(before, true)) continue;
        candidates.push({ start, end, entityId: spelling.entityId, rank });
      }
    }
  }
  const chosen: Found[] = [];
  let cursor = 0;
  while (true) {
    const left = candidates.filter((c) => c.start >= cursor);
    if (left.length === 0) return chosen;
    const start = Math.min(...left.map((c) => c.start));
    const here = left.filter((c) => c.start === start);
    const end = Math.max(...here.map((c) => c.end));
    const best = here.filter((c) => c.end === end).sort((a, b) => a.rank - b.rank)[0];
    chosen.push([text.slice(start, end), best.entityId, start]);
    cursor = end;
  }
}

function libraryMentions(entities: readonly Entity[], text: string): Found[] {
  return findMentions(compileMatcher(entities), text).map((m) => [text.slice(m.start, m.end), m.entityId, m.start]);
}

/** Soft hyphens (hyphenation hints) dropped between two letters, as some news sites do inside long words. */
const softHyphenatedArb: fc.Arbitrary<string> = fc
  .tuple(textArb, fc.uniqueArray(fc.nat(), { maxLength: 6 }))
  .map(([text, positions]) => {
    const cuts = new Set(positions.map((p) => (text.length ? p % text.length : 0)));
    let out = '';
    for (const [i, char] of [...text].entries()) {
      if (cuts.has(i) && i > 0 && /\p{L}/u.test(text[i - 1]) && /\p{L}/u.test(char)) out += '\u00ad';
      out += char;
    }
    return out;
  });

describe('findMentions agrees with a slow reference reading of the rules', () => {
  it.each([
    ['Xinhua and Xi’an, not Xi', [['Xi', 'person:xi-jinping', 22]]],
    ["Blinken's visit", [['Blinken', 'person:antony-blinken', 0]]],
    ['Critics, Said argued', [['Said', 'person:edward-said', 9]]],
    ['Said the minister', []],
    ['BEIJING and XI', [['BEIJING', 'place:beijing', 0]]],
    ['China Smith grew', [['China Smith', 'person:china-smith', 0]]],
  ])('the reference itself reads %j as the examples say', (text, expected) => {
    expect(referenceMentions(ENTITY_POOL, text)).toEqual(expected);
  });

  it('finds exactly the spellings at word boundaries, longest leftmost first', () => {
    fc.assert(
      fc.property(entitiesArb, textArb, (entities, text) => {
        expect(libraryMentions(entities, text)).toEqual(referenceMentions(entities, text));
      }),
      runOptions(200),
    );
  });

  it('reads a word broken by soft hyphens as one word, inside a name or around it ("China\\u00adtown")', () => {
    fc.assert(
      fc.property(entitiesArb, softHyphenatedArb, (entities, text) => {
        expect(libraryMentions(entities, text)).toEqual(referenceMentions(entities, text));
      }),
      runOptions(200),
    );
  });
});
