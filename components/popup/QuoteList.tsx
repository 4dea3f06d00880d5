import { useState } from 'preact/hooks';
import type { Entity, Quote, Source } from '../../lib/knowledge/schema';
import { formatCitation, reportedOn } from '../shared/format';
import { ShowMore, usePagedList } from './ShowMore';

/** Quotes rendered at first; the rest on "Show more". */
export const INITIAL_QUOTES_SHOWN = 20;

type CopyOutcome = { quoteId: string; ok: boolean } | null;

interface QuoteListProps {
  /** Already ordered and filtered; a new array (another search) starts from the first few again. */
  quotes: Quote[];
  entitiesById: ReadonlyMap<string, Entity>;
  sourcesById: ReadonlyMap<string, Source>;
  searching: boolean;
  /** Puts the citation on the clipboard; may reject when the clipboard is unavailable. */
  onCopy(text: string): void | Promise<void>;
}

/** The speaker's role as the quote's own source reported it, else their best-known role. */
export function roleForQuote(speaker: Entity | undefined, sourceId: string): string | undefined {
  if (!speaker) return undefined;
  const reported = speaker.roles?.find((role) => role.sourceId === sourceId);
  return reported?.description ?? speaker.description;
}

export function QuoteList({ quotes, entitiesById, sourcesById, searching, onCopy }: QuoteListProps) {
  const [copied, setCopied] = useState<CopyOutcome>(null);
  const paged = usePagedList(quotes, INITIAL_QUOTES_SHOWN);

  async function copy(quote: Quote, citation: string) {
    try {
      await onCopy(citation);
      setCopied({ quoteId: quote.id, ok: true });
    } catch {
      setCopied({ quoteId: quote.id, ok: false });
    }
  }

  return (
    <section class="nc-section" aria-labelledby="nc-quotes-heading">
      <h2 id="nc-quotes-heading">Quotes</h2>
      {quotes.length === 0 ? (
        <p class="nc-empty">{searching ? 'No matches' : 'No quotes yet.'}</p>
      ) : (
        <ul class="nc-quotes">
          {paged.shown.map((quote) => {
            const speaker = quote.speakerId ? entitiesById.get(quote.speakerId) : undefined;
            const source = sourcesById.get(quote.sourceId);
            const role = roleForQuote(speaker, quote.sourceId);
            const outcome = copied?.quoteId === quote.id ? copied : null;
            const speakerName = speaker?.name ?? 'Unattributed';
            return (
              <li key={quote.id} class="nc-quote">
                <blockquote>{quote.text}</blockquote>
                <p class="nc-speaker">
                  <span class="nc-speaker-name">{speakerName}</span>
                  {role && (
                    <span class="nc-speaker-role">
                      , {role} <span class="nc-muted">({reportedOn(source)})</span>
                    </span>
                  )}
                </p>
                <button
                  type="button"
                  class="nc-copy"
                  onClick={() => copy(quote, formatCitation(quote, speaker, source))}
                >
                  {outcome ? (outcome.ok ? 'Copied' : 'Copy failed') : 'Copy'}
                  <span class="nc-visually-hidden"> quote by {speakerName}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore paged={paged} noun="quotes" first="first" />
      <p class="nc-visually-hidden" role="status">
        {copied && (copied.ok ? 'Citation copied to the clipboard.' : 'Could not copy the citation.')}
      </p>
    </section>
  );
}
