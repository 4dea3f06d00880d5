/** Plain-text layout of an article: date line, paragraphs, sentences, tokens and quote spans. */

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** A line without end punctuation (headline, crosshead). */
  headline: boolean;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface QuoteSpan {
  /** Offsets of the text inside the marks. */
  start: number;
  end: number;
  paragraph: number;
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?/i;

/** Splits off a leading `date YYYY-MM-DD`; the rest of the line (if any) stays as text. */
export function parseDateLine(raw: string): { date: string | null; text: string } {
  const match = DATE_LINE.exec(raw);
  if (!match) return { date: null, text: raw.trim() };
  return { date: match[1], text: raw.slice(match[0].length).trim() };
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof inc corp co ltd vs no mt ft jan feb mar apr jun jul aug sep sept oct nov dec rev hon pres supt cmdr adm maj messrs'.split(
    ' ',
  ),
);

const SENTENCE_END = /[.!?]["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;

export function splitParagraphs(text: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed) paragraphs.push({ start: m.index + m[0].indexOf(trimmed), text: trimmed });
  }
  return paragraphs;
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(word) && word.length <= 2) return true; // an initial: "J."
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return true; // "U.S." mostly sits inside a sentence
  return ABBREVIATIONS.has(word.replace(/\.$/, '').toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  splitParagraphs(text).forEach((paragraph, paragraphIndex) => {
    let from = 0;
    const push = (to: number) => {
      const piece = paragraph.text.slice(from, to);
      const trimmed = piece.trim();
      if (trimmed) {
        const start = paragraph.start + from + piece.indexOf(trimmed);
        sentences.push({
          index: sentences.length,
          paragraph: paragraphIndex,
          start,
          end: start + trimmed.length,
          text: trimmed,
          headline: !/[.!?]["'”’)]*$/u.test(trimmed),
        });
      }
      from = to;
    };
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(paragraph.text); m; m = SENTENCE_END.exec(paragraph.text)) {
      if (m[0].startsWith('.') && endsWithAbbreviation(paragraph.text.slice(from, m.index + 1))) continue;
      push(m.index + m[0].length);
    }
    push(paragraph.text.length);
  });
  return sentences;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Words (with inner apostrophes, dotted acronyms, abbreviation periods) and single punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = offset + m.index;
    const keepsPeriod = ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()) || /^(?:\p{Lu}\.)+$/u.test(word);
    if (word.length > 1 && word.endsWith('.') && !keepsPeriod) {
      // a trailing period belongs to the word only for abbreviations ("Dr.") and initials ("U.S.")
      tokens.push({ text: word.slice(0, -1), start, end: start + word.length - 1 });
      tokens.push({ text: '.', start: start + word.length - 1, end: start + word.length });
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
  return tokens;
}

/** Spans inside double quote marks (straight or curly) per paragraph; an unclosed quote runs to the paragraph end. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  splitParagraphs(text).forEach((paragraph, paragraphIndex) => {
    let open = -1;
    const body = paragraph.text;
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      const isStraight = ch === '"';
      if (ch === '“' || (isStraight && open < 0)) {
        if (open < 0) open = i + 1;
      } else if (ch === '”' || (isStraight && open >= 0)) {
        if (open >= 0) {
          spans.push({ start: paragraph.start + open, end: paragraph.start + i, paragraph: paragraphIndex });
          open = -1;
        }
      }
    }
    if (open >= 0 && body.length - open > 1) {
      spans.push({ start: paragraph.start + open, end: paragraph.start + body.length, paragraph: paragraphIndex });
    }
  });
  return spans;
}
