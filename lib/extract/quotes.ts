/** Direct quotes and who said them: attribution verbs around the quote, pronouns, continued quotes. */
import type { DraftEntity } from './entities';
import { isRoleNoun, PERSON_PRONOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon';
import type { Mention, SentenceTokens } from './names';
import type { QuoteSpan, Sentence, Token } from './text';

export interface FoundQuote {
  text: string;
  sentence: string;
  speaker: DraftEntity | null;
  start: number;
  end: number;
}

/** Fewer words than this in marks is a term or scare quote unless a speech verb sits right by it. */
const MIN_QUOTE_WORDS = 4;
/** How far before a short quote its speech verb may be: `described the plan as "a first step"`. */
const SHORT_QUOTE_VERB_REACH = 5;
/** Words after a quote that may hold its attribution: `" to hold up on their ICC plans, Indyk said`. */
const ATTRIBUTION_REACH = 12;
/** Words after a quote that may hold its speaker's name, a long appositive, and the verb. */
const APPOSITIVE_REACH = 24;
/** A pronoun points back at most this many sentences. */
const PRONOUN_REACH = 3;
/** The person an article is about is mentioned at least this many times as often as the next one. */
const MAIN_PERSON_LEAD = 2;

interface Located {
  mention: Mention;
  entity: DraftEntity;
}

const POSSESSIVE = /\p{L}['’]s$/u;
const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);
const ORGANIZATION_PRONOUNS = new Set(['it', 'they']);
const MODIFIERS = new Set([
  'also',
  'later',
  'then',
  'once',
  'has',
  'had',
  'have',
  'was',
  'previously',
  'recently',
  'earlier',
]);

/** "26-year-old" ends at words[last] (its hyphens are not words): "26", "year", "old". */
const endsAnAge = (words: Token[], last: number): boolean =>
  words[last]?.text === 'old' &&
  /^years?$/.test(words[last - 1]?.text ?? '') &&
  /^\d+$/.test(words[last - 2]?.text ?? '');

class SpeakerResolver {
  /** The speaker of the quote before the one being resolved. */
  lastSpeaker: DraftEntity | null = null;

  constructor(
    private readonly located: Located[],
    private readonly sentences: Sentence[],
    private readonly roles: Map<DraftEntity, string>,
    private readonly quoteSpans: QuoteSpan[] = [],
  ) {}

  /** A name inside quote marks is who or what the speaker talks about, never whom "he said" points back to. */
  private quoted(mention: Mention): boolean {
    return this.quoteSpans.some((span) => mention.start >= span.start && mention.end <= span.end);
  }

  mentionAt(token: Token): Located | undefined {
    return this.located.find((l) => token.start >= l.mention.start && token.start < l.mention.end);
  }

  private sentenceOf(offset: number): number {
    return this.sentences.findIndex((s) => offset >= s.start && offset < s.end + 1);
  }

  /** The person (or body, for "it") a pronoun or "the minister" most likely points back to. */
  recent(before: number, wanted: 'male' | 'female' | 'organization' | 'person', roleNoun?: string): DraftEntity | null {
    const from = this.sentenceOf(before) - PRONOUN_REACH;
    const candidates = this.located
      .filter((l) => l.mention.start < before && l.mention.sentence >= from && !this.quoted(l.mention))
      .filter((l) => (wanted === 'organization' ? l.entity.type === 'organization' : l.entity.type === 'person'))
      .filter((l) => wanted === 'organization' || wanted === 'person' || !l.entity.gender || l.entity.gender === wanted)
      .reverse();
    if (roleNoun) {
      const withRole = candidates.find((l) => this.roles.get(l.entity)?.toLowerCase().includes(roleNoun));
      if (withRole) return withRole.entity;
    }
    if (candidates[0]) return candidates[0].entity;
    if (wanted === 'organization') return null;
    // a "he said" far from any name most often goes on from the last speaker
    const last = this.lastSpeaker;
    if (last?.type === 'person' && !roleNoun && (wanted === 'person' || (last.gender ?? wanted) === wanted))
      return last;
    return this.mainPerson(wanted, roleNoun);
  }

  /** The person the article is about (most mentioned), for "he said" far from any name: `the president ... he said`. */
  mainPerson(wanted: 'male' | 'female' | 'person', roleNoun?: string): DraftEntity | null {
    const counts = new Map<DraftEntity, number>();
    for (const { entity } of this.located) {
      if (entity.type !== 'person') continue;
      if (wanted !== 'person' && entity.gender !== wanted) continue;
      if (roleNoun && !this.roles.get(entity)?.toLowerCase().includes(roleNoun)) continue;
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    // only a clear lead: with two people mentioned as often, "he" is a guess
    if (ranked.length === 0 || (ranked[1] && ranked[1][1] * MAIN_PERSON_LEAD > ranked[0][1])) return null;
    return ranked[0][0];
  }

  /**
   * "Gore said", "Clinton said" where the surname is no alias (an English word, or two people's): the person
   * named in full last before it whose name ends with it.
   */
  private bySurname(token: Token): Located | undefined {
    if (!/^\p{Lu}\p{Ll}/u.test(token.text)) return undefined;
    const surname = (entity: DraftEntity) => entity.name.split(' ').at(-1);
    return this.located.findLast(
      (l) => l.mention.start < token.start && l.entity.type === 'person' && surname(l.entity) === token.text,
    );
  }

  /** The entity a subject word stands for: a name, a pronoun, or "the <role>". */
  subjectAt(words: Token[], at: number): { entity: DraftEntity | null; found: boolean } {
    let i = at;
    // "said Mr. Reeves", "said Senator Warner": the name follows its title
    while (
      words[i] &&
      /^\p{Lu}/u.test(words[i].text) &&
      TITLE_WORDS.has(words[i].text.toLowerCase()) &&
      !this.mentionAt(words[i])
    )
      i++;
    const token = words[i];
    if (!token) return { entity: null, found: false };
    const named = this.mentionAt(token) ?? this.bySurname(token);
    if (named) return { entity: named.entity, found: true };
    const lower = token.text.toLowerCase();
    if (lower in PERSON_PRONOUNS) return { entity: this.recent(token.start, PERSON_PRONOUNS[lower]), found: true };
    if (ORGANIZATION_PRONOUNS.has(lower)) return { entity: this.recent(token.start, 'organization'), found: true };
    if (lower === 'the' && words[i + 1] && isRoleNoun(words[i + 1].text)) {
      return { entity: this.recent(token.start, 'person', words[i + 1].text.toLowerCase()), found: true };
    }
    // "said the 26-year-old": an age stands for the person just named
    if (lower === 'the' && endsAnAge(words, i + 3)) {
      return { entity: this.recent(token.start, 'person'), found: true };
    }
    return { entity: null, found: false };
  }
}

/** `the party launched ads accusing Kowalczyk of "blocking the roads"`: whoever accuses says the quote (only here:
 * elsewhere "accused Pakistan" must not make Pakistan someone, as "said X" does). */
const ACCUSING_VERBS = new Set(['accused', 'accusing', 'accuses', 'accuse', 'branded', 'branding', 'dubbed']);

/** Words a role may take before the name it introduces: "the factory's trade union secretary", "statement by". */
const MAX_ROLE_WORDS = 6;
const ENDS_ROLE = new Set(['for', 'of', 'to', 'with', 'who', 'that', 'and', 'or', 'on', 'in', 'at', 'from']);

/** `," said hurricane forecaster Lixion Avila`, `," said the statement by spokesman Glyn Davies`: a person named
 * right after their job, a few words after the verb (not `the lawyer for X`: whoever the job belongs to speaks). */
function namedAfterRole(words: Token[], resolver: SpeakerResolver): { entity: DraftEntity | null; found: boolean } {
  for (let i = 1; i < Math.min(words.length, 1 + MAX_ROLE_WORDS); i++) {
    const named = resolver.mentionAt(words[i]);
    if (named) {
      const job = words[i - 1]?.text.split('-').at(-1) ?? '';
      // "said 25-year-old Amina Muhammad": an age stands where the job would
      const person = named.entity.type === 'person' && i > 1 && (isRoleNoun(job) || endsAnAge(words, i - 1));
      return person ? { entity: named.entity, found: true } : { entity: null, found: false };
    }
    if (ENDS_ROLE.has(words[i].text.toLowerCase())) break;
  }
  return { entity: null, found: false };
}

/** `," Wang said` / `," said Maria Rossi` / `," Xi told Blinken` / `," according to X` */
function speakerAfter(words: Token[], resolver: SpeakerResolver): { entity: DraftEntity | null; found: boolean } {
  const first = words[0]?.text.toLowerCase();
  if (!first) return { entity: null, found: false };
  if (SPEECH_VERBS.has(first)) {
    // `said Mr. Osei's trade adviser, Dr. Lucia Ferraz`: the speaker is whoever the possessive introduces
    const owner = words.findIndex((w, i) => i > 0 && resolver.mentionAt(w));
    if (owner > 0 && POSSESSIVE.test(words[owner].text)) {
      for (let i = owner + 1; i < Math.min(words.length, ATTRIBUTION_REACH); i++) {
        const named = resolver.mentionAt(words[i]);
        if (named?.entity.type === 'person' && named.entity !== resolver.mentionAt(words[owner])?.entity)
          return { entity: named.entity, found: true };
      }
    }
    const subject = resolver.subjectAt(words, 1);
    return subject.found ? subject : namedAfterRole(words, resolver);
  }
  // `," Marina Volkova, deputy head of the currency department at the State Customs Committee, said`: a person
  // right after the quote is its speaker, whatever bodies their appositive names
  const opener = resolver.mentionAt(words[0]);
  const verb = words.findIndex((w) => SPEECH_VERBS.has(w.text.toLowerCase()));
  if (opener?.entity.type === 'person' && !POSSESSIVE.test(words[0].text) && verb > 1 && verb < APPOSITIVE_REACH)
    return { entity: opener.entity, found: true };
  for (let i = 0; i < Math.min(words.length, ATTRIBUTION_REACH); i++) {
    // `" are all thought to contribute, according to the Department of Conservation`
    if (words[i].text.toLowerCase() === 'according' && words[i + 1]?.text.toLowerCase() === 'to') {
      const source = resolver.subjectAt(words, words[i + 2]?.text.toLowerCase() === 'the' ? i + 3 : i + 2);
      if (source.found) return source;
    }
    if (!SPEECH_VERBS.has(words[i].text.toLowerCase())) continue;
    // the subject is the nearest name before the verb: `SAK chair Jarkko Eloranta told`, `the bank's economist, Maria Rossi, said`
    for (let j = i - 1; j >= 0; j--) {
      const subject = resolver.subjectAt(words, j);
      if (subject.found && subject.entity?.type !== 'place') return subject;
    }
    return { entity: null, found: false };
  }
  return { entity: null, found: false };
}

/** `Blinken said "..."`, `X told reporters: "..."`, `he told Blinken China "..."`, `described it as "..."` */
function speakerBefore(
  words: Token[],
  resolver: SpeakerResolver,
): { entity: DraftEntity | null; found: boolean; distance: number } {
  for (let v = words.length - 1; v >= 0; v--) {
    const verb = words[v].text.toLowerCase();
    const accusing = ACCUSING_VERBS.has(verb);
    if (!SPEECH_VERBS.has(verb) && verb !== 'according' && !accusing) continue;
    const distance = words.length - v;
    if (verb === 'according') {
      const subject = resolver.subjectAt(words, v + 2);
      if (subject.found) return { ...subject, distance };
      continue;
    }
    // an appositive between subject and verb: "Adeyemi, the WHO's representative in Kenya, told reporters"
    let s0 = v - 1;
    while (s0 >= 0 && MODIFIERS.has(words[s0].text.toLowerCase())) s0--;
    if (words[s0]?.text === ',') {
      const open = words
        .slice(0, s0)
        .map((w) => w.text)
        .lastIndexOf(',');
      const subject = open > 0 ? resolver.subjectAt(words, open - 1) : { entity: null, found: false };
      if (subject.found) return { ...subject, distance };
    }
    // a place never speaks: "Earlier this year in South Taranaki, a stranding that was described as"
    for (let s = v - 1; s >= 0; s--) {
      if (MODIFIERS.has(words[s].text.toLowerCase())) continue;
      const subject = resolver.subjectAt(words, s);
      if (subject.found && subject.entity?.type !== 'place') return { ...subject, distance };
    }
    // "said X" order inside the lead-in: `said Maria Rossi, the bank's chief economist: "..."` (whom one accuses
    // is not who speaks)
    if (accusing) continue;
    const object = resolver.subjectAt(words, v + 1);
    if (object.found) return { ...object, distance };
  }
  return { entity: null, found: false, distance: Number.POSITIVE_INFINITY };
}

/** The quote is its paragraph's only text: `“It’s very emotional. …”` standing alone. */
function fillsParagraph(text: string, span: QuoteSpan, tokens: Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return false;
  return first.end === span.start && text.slice(span.end, last.end).replace(/[”"'’.!?\s]/gu, '') === '';
}

/** The last person a paragraph names or points to with "he"/"she". */
function lastPersonIn(tokens: Token[], resolver: SpeakerResolver): DraftEntity | null {
  const words = tokens.filter(isWord);
  for (let i = words.length - 1; i >= 0; i--) {
    const subject = resolver.subjectAt(words, i);
    if (subject.entity?.type === 'person') return subject.entity;
  }
  return null;
}

/** Every direct quote in the text, with its speaker where the text names one. */
export function findQuotes(
  text: string,
  spans: QuoteSpan[],
  all: SentenceTokens[],
  located: Located[],
  roles: Map<DraftEntity, string>,
): FoundQuote[] {
  const sentences = all.map((s) => s.sentence);
  const resolver = new SpeakerResolver(located, sentences, roles, spans);
  const paragraphTokens = (paragraph: number): Token[] =>
    all.filter((s) => s.sentence.paragraph === paragraph).flatMap((s) => s.tokens);
  const quotes: FoundQuote[] = [];
  let previous: { span: QuoteSpan; speaker: DraftEntity | null } | null = null;
  spans.forEach((span, k) => {
    const inner = text
      .slice(span.start, span.end)
      .replace(/[\s,]+$/u, '')
      .trim();
    const wordCount = inner.split(/\s+/).filter(Boolean).length;
    if (wordCount === 0) return;
    const tokens = paragraphTokens(span.paragraph);
    const first = sentences.find((s) => span.start - 1 >= s.start && span.start - 1 < s.end) ?? sentences[0];
    const last = sentences.find((s) => span.end >= s.start && span.end <= s.end) ?? first;
    const next = spans[k + 1]?.paragraph === span.paragraph ? spans[k + 1].start : Number.POSITIVE_INFINITY;
    const prior = spans[k - 1]?.paragraph === span.paragraph ? spans[k - 1].end + 1 : first.start;
    const afterWords: Token[] = [];
    for (const t of tokens) {
      if (t.start <= span.end || t.start >= next - 1) continue;
      if (t.text === '.' || t.text === '?' || t.text === '!') break;
      if (isWord(t)) afterWords.push(t);
    }
    const beforeWords = tokens.filter(
      (t) => t.start >= Math.max(first.start, prior) && t.end < span.start && (isWord(t) || t.text === ','),
    );
    // `…supporter.” Emery retweeted it`: a quote closed by a full stop ends its sentence; what follows is new
    const closed = /\.\s*$/.test(text.slice(span.start, span.end)) && /^\p{Lu}/u.test(afterWords[0]?.text ?? '');
    let attribution = closed ? { entity: null, found: false } : speakerAfter(afterWords, resolver);
    if (!attribution.found) {
      const before = speakerBefore(beforeWords, resolver);
      const short = wordCount < MIN_QUOTE_WORDS;
      if (before.found && (!short || before.distance <= SHORT_QUOTE_VERB_REACH)) attribution = before;
    }
    if (!attribution.found) {
      if (wordCount < MIN_QUOTE_WORDS) return; // a term in quote marks, not a quote of anyone
      const alone = fillsParagraph(text, span, tokens);
      // a quote goes on from the one before in its paragraph, or from an unclosed one in the paragraph before
      const continues =
        previous &&
        (previous.span.paragraph === span.paragraph ||
          (previous.span.paragraph === span.paragraph - 1 && (alone || !/["”]/u.test(text[previous.span.end] ?? ''))));
      let speaker = continues && previous ? previous.speaker : null;
      // a paragraph that is all quote goes on from the person the paragraph before was about
      if (!speaker && alone) {
        speaker = lastPersonIn(paragraphTokens(span.paragraph - 1), resolver) ?? resolver.mainPerson('person');
      }
      attribution = { entity: speaker, found: false };
    }
    const sentence = text.slice(first.start, Math.max(last.end, first.end)).trim();
    quotes.push({ text: inner, sentence, speaker: attribution.entity, start: span.start, end: span.end });
    previous = { span, speaker: attribution.entity };
    if (attribution.entity) resolver.lastSpeaker = attribution.entity;
  });
  return quotes;
}
