/** Article text → a one-source KnowledgeBase. Runs in node and in extension pages (no node imports). */
import { hashId } from '../knowledge/ids';
import type { Entity, Fact, KnowledgeBase, Quote, Source } from '../knowledge/schema';
import { buildEntities, type DraftEntity } from './entities';
import { ExtractionError } from './errors';
import { isCaption, scoreSentence } from './facts';
import { collectNameWords, findMentions, tokenizeSentences } from './names';
import { findQuotes } from './quotes';
import { findRoles } from './roles';
import { findQuoteSpans, parseDateLine, type Sentence, splitParagraphs, splitSentences } from './text';

export { ExtractionError } from './errors';

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  date?: string | null;
  siteName?: string;
  byline?: string;
  builtIn?: boolean;
}

/** A first line this short without end punctuation reads as a headline. */
const MAX_HEADLINE_WORDS = 20;

function headlineOf(sentences: Sentence[]): string | undefined {
  const first = sentences[0];
  if (!first?.headline || sentences.length < 2) return undefined;
  if (first.text.split(/\s+/).length > MAX_HEADLINE_WORDS) return undefined;
  return first.text;
}

function toEntity(draft: DraftEntity, sourceId: string, date: string | null, role: string | undefined): Entity {
  const entity: Entity = {
    id: draft.id,
    name: draft.name,
    type: draft.type,
    aliases: [...draft.aliases],
    sourceIds: [sourceId],
  };
  if (role) {
    entity.description = role;
    entity.roles = [{ sourceId, description: role, date }];
  }
  return entity;
}

/** A source with no headline is named by its opening words, so cards and the popup never say "Untitled". */
const LEAD_MAX_CHARS = 80;
function leadOf(firstSentence: string): string {
  if (firstSentence.length <= LEAD_MAX_CHARS) return firstSentence;
  return `${firstSentence.slice(0, firstSentence.lastIndexOf(' ', LEAD_MAX_CHARS)).replace(/[,;:]$/, '')}…`;
}

export function extractArticle(input: ArticleInput): KnowledgeBase {
  if (!input.text?.trim()) throw new ExtractionError('empty', 'the article is empty');
  const parsed = parseDateLine(input.text);
  const text = parsed.text;
  const sentences = splitSentences(text);
  if (!sentences.some((s) => /\p{L}{2,}/u.test(s.text) && s.text.split(/\s+/).length >= 3)) {
    throw new ExtractionError('no-sentences', 'the text has no sentences to read');
  }
  const sourceId = hashId('source', input.url ?? text);
  const date = input.date ?? parsed.date;
  const title = input.title?.trim() || headlineOf(sentences);
  const source: Source = { id: sourceId, date, builtIn: input.builtIn ?? false };
  if (title) source.title = title;
  else source.lead = leadOf(sentences[0].text);
  if (input.url) source.url = input.url;
  if (input.siteName) source.siteName = input.siteName;
  if (input.byline) source.byline = input.byline;

  const all = tokenizeSentences(sentences);
  const mentions = findMentions(all, collectNameWords(all));
  const { entities, entityOf } = buildEntities(mentions, all, text);
  const roles = findRoles(entities, all, text);
  const located = mentions.flatMap((mention) => {
    const entity = entityOf.get(mention);
    return entity ? [{ mention, entity }] : [];
  });
  const quotes: Quote[] = findQuotes(text, findQuoteSpans(text), all, located, roles).map((q) => ({
    id: hashId('quote', `${sourceId}:${q.start}:${q.text}`),
    text: q.text,
    speakerId: q.speaker?.id ?? null,
    sourceId,
    sentence: q.sentence,
  }));
  const paragraphCount = sentences[sentences.length - 1].paragraph + 1;
  const captions = new Set(splitParagraphs(text).flatMap((p, i) => (isCaption(p.text) ? [i] : [])));
  const facts: Fact[] = [];
  const factIds = new Set<string>();
  for (const sentence of sentences) {
    if (captions.has(sentence.paragraph)) continue;
    // a sentence repeated word for word (a pull quote, a page read twice) is one fact
    const id = hashId('fact', `${sourceId}:${sentence.text}`);
    if (factIds.has(id)) continue;
    const entityIds = [
      ...new Set(
        located.filter((l) => l.mention.sentence === sentence.index).map((l: { entity: DraftEntity }) => l.entity.id),
      ),
    ];
    const score = scoreSentence(sentence, entityIds.length, paragraphCount);
    if (score === null) continue;
    factIds.add(id);
    facts.push({ id, text: sentence.text, entityIds, sourceId, score });
  }
  facts.sort((a, b) => b.score - a.score);
  return {
    sources: [source],
    entities: entities.map((e) => toEntity(e, sourceId, date, roles.get(e))),
    quotes,
    facts,
  };
}
