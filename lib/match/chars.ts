/** Character classes for matching names, cached per UTF-16 code unit so the hot loop never runs a regex. */

const APOSTROPHE = 0x27;
const SPACE = 0x20;
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
/** A letter of a script written without spaces between words: each one is a word edge. */
const SPACELESS_WORD = 3;
const CODE_UNITS = 0x10000;

const wordClass = new Uint8Array(CODE_UNITS);
const foldedCode = new Uint16Array(CODE_UNITS);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;
const SPACELESS_SCRIPT_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

/** Curly and modifier apostrophes all read as the ASCII one. */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc, 0x2032, 0xff07]);
/** Invisible characters that may sit inside a name without breaking it (soft hyphen, zero-width). */
const IGNORABLES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function classOf(code: number): number {
  let cls = wordClass[code];
  if (cls === UNKNOWN) {
    const char = String.fromCharCode(code);
    if (!WORD_CHAR.test(char)) cls = NOT_WORD;
    else cls = SPACELESS_SCRIPT_CHAR.test(char) ? SPACELESS_WORD : WORD;
    wordClass[code] = cls;
  }
  return cls;
}

/** A letter, digit or mark of any script: a name may start with it. */
export function isWordCode(code: number): boolean {
  return classOf(code) !== NOT_WORD;
}

/** A word character that glues to its neighbours into one word (Latin, Cyrillic…, not Han, Kana or Hangul). */
export function isSpacedWordCode(code: number): boolean {
  return classOf(code) === WORD;
}

/** A Han, Hiragana, Katakana or Hangul character: those scripts run words together, so it is a word edge. */
export function isSpacelessWordCode(code: number): boolean {
  return classOf(code) === SPACELESS_WORD;
}

export function isApostropheCode(code: number): boolean {
  return APOSTROPHES.has(code);
}

export function isIgnorableCode(code: number): boolean {
  return IGNORABLES.has(code);
}

export function isSpaceCode(code: number): boolean {
  return code === SPACE || code === 0xa0 || (code < 0x80 ? code >= 0x09 && code <= 0x0d : foldCode(code) === SPACE);
}

/** Lower case, one apostrophe, one space: the form names are compiled in. */
export function foldCode(code: number): number {
  let folded = foldedCode[code];
  if (folded === 0 && code !== 0) {
    const char = String.fromCharCode(code);
    if (APOSTROPHES.has(code)) folded = APOSTROPHE;
    else if (SPACE_CHAR.test(char)) folded = SPACE;
    else {
      const lower = char.toLowerCase();
      folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
    foldedCode[code] = folded;
  }
  return folded;
}

/** A name as compiled: trimmed, inner whitespace as one space, apostrophes straight, invisibles dropped. */
export function normalizeName(name: string): string {
  let out = '';
  for (const char of name.trim()) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && IGNORABLES.has(code)) continue;
    if (char.length === 1 && APOSTROPHES.has(code)) out += "'";
    else if (SPACE_CHAR.test(char)) {
      if (!out.endsWith(' ')) out += ' ';
    } else out += char;
  }
  return out;
}
