/** Character classes for matching names, cached per UTF-16 code unit so the hot loop never runs a regex. */

const APOSTROPHE = 0x27;
const SPACE = 0x20;
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
const CODE_UNITS = 0x10000;

const wordClass = new Uint8Array(CODE_UNITS);
const foldedCode = new Uint16Array(CODE_UNITS);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;

/** Curly and modifier apostrophes all read as the ASCII one. */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc, 0x2032, 0xff07]);
/** Invisible characters that may sit inside a name without breaking it (soft hyphen, zero-width). */
const IGNORABLES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

export function isWordCode(code: number): boolean {
  let cls = wordClass[code];
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    wordClass[code] = cls;
  }
  return cls === WORD;
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
