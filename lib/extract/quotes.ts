/** Direct quotes and who said them: attribution verbs around the quote, pronouns, continued quotes. */
import type { DraftEntity } from './entities';
import { isRoleNoun, PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon';
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
/** Words after a quote that may hold its attribution: `," the company's chief executive, Jane Doe, said`. */
const ATTRIBUTION_REACH = 8;
/** A pronoun points back at most this many sentences. */
const PRONOUN_REACH = 3;

interface Located {
  mention: Mention;
  entity: DraftEntity;
}

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

class SpeakerResolver {
  constructor(
    private readonly located: Located[],
    private readonly sentences: Sentence[],
    private readonly roles: Map<DraftEntity, string>,
  ) {}

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
      .filter((l) => l.mention.start < before && l.mention.sentence >= from)
      .filter((l) => (wanted === 'organization' ? l.entity.type === 'organization' : l.entity.type === 'person'))
      .filter((l) => wanted === 'organization' || wanted === 'person' || !l.entity.gender || l.entity.gender === wanted)
      .reverse();
    if (roleNoun) {
      const withRole = candidates.find((l) => this.roles.get(l.entity)?.toLowerCase().includes(roleNoun));
      if (withRole) return withRole.entity;
    }
    return candidates[0]?.entity ?? null;
  }

  /** The entity a subject word stands for: a name, a pronoun, or "the <role>". */
  subjectAt(words: Token[], i: number): { entity: DraftEntity | null; found: boolean } {
    const token = words[i];
    if (!token) return { entity: null, found: false };
    const named = this.mentionAt(token);
    if (named) return { entity: named.entity, found: true };
    const lower = token.text.toLowerCase();
    if (lower in PERSON_PRONOUNS) return { entity: this.recent(token.start, PERSON_PRONOUNS[lower]), found: true };
    if (ORGANIZATION_PRONOUNS.has(lower)) return { entity: this.recent(token.start, 'organization'), found: true };
    if (lower === 'the' && words[i + 1] && isRoleNoun(words[i + 1].text)) {
      return { entity: this.recent(token.start, 'person', words[i + 1].text.toLowerCase()), found: true };
    }
    return { entity: null, found: false };
  }
}

/** `," Wang said` / `," said Maria Rossi` / `," Xi told Blinken` / `," according to X` */
function speakerAfter(words: Token[], resolver: SpeakerResolver): { entity: DraftEntity | null; found: boolean } {
  const first = words[0]?.text.toLowerCase();
  if (!first) return { entity: null, found: false };
  if (first === 'according' && words[1]?.text.toLowerCase() === 'to') return resolver.subjectAt(words, 2);
  if (SPEECH_VERBS.has(first)) return resolver.subjectAt(words, 1);
  for (let i = 0; i < Math.min(words.length, ATTRIBUTION_REACH); i++) {
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
    if (!SPEECH_VERBS.has(verb) && verb !== 'according') continue;
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
    // places rarely speak
    let placeSubject: { entity: DraftEntity | null; found: boolean } | null = null;
    for (let s = v - 1; s >= 0; s--) {
      if (MODIFIERS.has(words[s].text.toLowerCase())) continue;
      const subject = resolver.subjectAt(words, s);
      if (!subject.found) continue;
      if (subject.entity?.type !== 'place') return { ...subject, distance };
      placeSubject ??= subject;
    }
    if (placeSubject) return { ...placeSubject, distance };
    // "said X" order inside the lead-in: `said Maria Rossi, the bank's chief economist: "..."`
    const object = resolver.subjectAt(words, v + 1);
    if (object.found) return { ...object, distance };
  }
  return { entity: null, found: false, distance: Number.POSITIVE_INFINITY };
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
  const resolver = new SpeakerResolver(located, sentences, roles);
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
    let attribution = speakerAfter(afterWords, resolver);
    if (!attribution.found) {
      const before = speakerBefore(beforeWords, resolver);
      const short = wordCount < MIN_QUOTE_WORDS;
      if (before.found && (!short || before.distance <= SHORT_QUOTE_VERB_REACH)) attribution = before;
    }
    if (!attribution.found) {
      if (wordCount < MIN_QUOTE_WORDS) return; // a term in quote marks, not a quote of anyone
      const continues = previous && previous.span.paragraph >= span.paragraph - 1;
      attribution = { entity: continues && previous ? previous.speaker : null, found: false };
    }
    const sentence = text.slice(first.start, Math.max(last.end, first.end)).trim();
    quotes.push({ text: inner, sentence, speaker: attribution.entity, start: span.start, end: span.end });
    previous = { span, speaker: attribution.entity };
  });
  return quotes;
}
