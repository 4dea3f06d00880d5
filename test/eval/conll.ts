/**
 * CoNLL-2003 reader: documents, sentences and gold names, and each document rebuilt as a plain-text article the way
 * ../shared/corpus/README.md describes (normal spacing, curly quotes, headline, dateline, one sentence a paragraph).
 */

export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface ConllToken {
  text: string;
  pos: string;
  chunk: string;
  /** IOB1 tag as written: "O", "I-PER", "B-LOC". */
  tag: string;
}

export interface ConllDocument {
  /** 0-based position in the file. */
  index: number;
  sentences: ConllToken[][];
}

/** A gold name in one sentence: token range [from, to). */
export interface GoldName {
  type: ConllType;
  text: string;
  sentence: number;
  from: number;
  to: number;
}

/** A gold name placed in the article text: [start, end) offsets. */
export interface GoldSpan {
  type: ConllType;
  text: string;
  start: number;
  end: number;
}

export interface ConllArticle {
  text: string;
  spans: GoldSpan[];
}

const DOCSTART = /^-DOCSTART-(?:\s|$)/;

/** Parses a CoNLL-2003 file: `-DOCSTART-` lines separate documents, blank lines sentences. */
export function readConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) documents.push({ index: documents.length, sentences });
    sentences = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (DOCSTART.test(line)) endDocument();
    else if (line === '') endSentence();
    else {
      const [token, pos = '', chunk = '', tag = 'O'] = line.split(/\s+/);
      sentence.push({ text: token, pos, chunk, tag });
    }
  }
  endDocument();
  return documents;
}

const typeOf = (tag: string): ConllType | null => (tag === 'O' ? null : (tag.slice(2) as ConllType));

/** The gold names of one sentence (IOB1: "I-X" continues a name of type X, "B-X" opens a new one beside it). */
export function sentenceNames(tokens: ConllToken[], sentence = 0): GoldName[] {
  const names: GoldName[] = [];
  let open: GoldName | null = null;
  tokens.forEach((token, i) => {
    const type = typeOf(token.tag);
    if (open && (type !== open.type || token.tag.startsWith('B-'))) {
      names.push(open);
      open = null;
    }
    if (!type) return;
    if (!open) open = { type, text: '', sentence, from: i, to: i + 1 };
    open.to = i + 1;
  });
  if (open) names.push(open);
  for (const name of names) name.text = joinWords(tokens.slice(name.from, name.to).map((t) => t.text)).text;
  return names;
}

export function documentNames(doc: ConllDocument): GoldName[] {
  return doc.sentences.flatMap((tokens, i) => sentenceNames(tokens, i));
}

/** Tokens glued to the word before them. */
const CLOSING = /^(?:[.,;:!?%)\]}]|\.\.\.|'s|'S|'|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)$/;
/** Tokens glued to the word after them. */
const OPENING = /^[([{$]$/;

interface Joined {
  text: string;
  /** Offsets of each token in `text`: [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
}

/** Joins tokens with normal spacing; straight double quotes become “ and ” in turn. */
export function joinWords(words: string[]): Joined {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const raw of words) {
    let word = raw;
    let glue = CLOSING.test(word);
    let opens = OPENING.test(word);
    if (word === '"') {
      word = quoteOpen ? '”' : '“';
      glue = quoteOpen;
      opens = !quoteOpen;
      quoteOpen = !quoteOpen;
    }
    if (text && !glue && !glueNext) text += ' ';
    starts.push(text.length);
    text += word;
    ends.push(text.length);
    glueNext = opens;
  }
  return { text, starts, ends };
}

/** The document as a plain-text article, with its gold names placed in it. */
export function conllArticle(doc: ConllDocument): ConllArticle {
  let text = '';
  const spans: GoldSpan[] = [];
  doc.sentences.forEach((tokens, i) => {
    if (text) text += '\n\n';
    const offset = text.length;
    const joined = joinWords(tokens.map((t) => t.text));
    text += joined.text;
    for (const name of sentenceNames(tokens, i)) {
      const start = offset + joined.starts[name.from];
      const end = offset + joined.ends[name.to - 1];
      spans.push({ type: name.type, text: text.slice(start, end), start, end });
    }
  });
  return { text, spans };
}

/** The document as a plain-text article: headline, dateline, then one sentence a paragraph. */
export function articleText(doc: ConllDocument): string {
  return conllArticle(doc).text;
}

/** Headline prefixes of sports pages: "SOCCER - ...", "MOTOR RACING - ...". */
const SPORTS =
  /^(?:SOCCER|FOOTBALL|AMERICAN FOOTBALL|NFL|NHL|NBA|CRICKET|BASEBALL|TENNIS|TABLE TENNIS|CYCLING|GOLF|ATHLETICS|RUGBY(?: UNION| LEAGUE)?|RALLYING|MOTOR RACING|MOTORCYCLING|MOTOCROSS|MOTORSPORT|FORMULA ONE|BASKETBALL|HORSE RACING|BADMINTON|SQUASH|SWIMMING|DIVING|ICE HOCKEY|HOCKEY|ROWING|SAILING|YACHTING|BOXING|SKIING|ALPINE SKIING|NORDIC SKIING|SPEED SKATING|FIGURE SKATING|BIATHLON|CHESS|JUDO|FENCING|WRESTLING|WEIGHTLIFTING|GYMNASTICS|HANDBALL|VOLLEYBALL|POLO|DARTS|SNOOKER|TRIATHLON|BOBSLEIGH|LUGE|CANOEING|ARCHERY|SHOOTING|SUMO|EQUESTRIANISM|SHOWJUMPING|BOWLING|OLYMPICS)\s*-/;

export function isSportsPage(doc: ConllDocument): boolean {
  const headline = doc.sentences[0]?.map((t) => t.text).join(' ') ?? '';
  return SPORTS.test(headline.toUpperCase());
}

const MIN_PROSE_SENTENCES = 4;
const MIN_PROSE_WORDS = 8;

/** News prose: not a sports page, and at least four sentences of eight or more words. */
export function isNewsProse(doc: ConllDocument): boolean {
  if (isSportsPage(doc)) return false;
  const long = doc.sentences.filter(
    (tokens) => tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length >= MIN_PROSE_WORDS,
  );
  return long.length >= MIN_PROSE_SENTENCES;
}
