import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCitation, formatDay } from '../shared/format';
import { sourceLabel } from '../shared/sourceLabel';
import type { CardQuote } from './card-data';
import { MoreButton, useExpandable } from './MoreButton';

/** How long a copy button says "Copied". */
export const COPIED_FEEDBACK_MS = 1500;
/** Quotes a card of many reports shows before the reader asks for more. */
export const TOP_QUOTE_COUNT = 3;

interface QuoteListProps {
  quotes: CardQuote[];
  headingId: string;
  onCopy(text: string): Promise<void> | void;
  /** Announces copy results through the card's live region. */
  onStatus(message: string): void;
  /** Name each quote's source too: there are several sources. */
  showSource?: boolean;
  /** Show this many, then a "More quotes" button; every quote when not given. */
  limit?: number;
}

export function QuoteList({ quotes, headingId, onCopy, onStatus, showSource = false, limit }: QuoteListProps) {
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const { shown, ...more } = useExpandable(quotes, limit);
  const feedbackTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (feedbackTimer.current) clearTimeout(feedbackTimer.current);
    },
    [],
  );

  const copy = async (item: CardQuote) => {
    try {
      await onCopy(formatCitation(item.quote, item.speaker, item.source));
    } catch {
      onStatus('Could not copy the quote');
      return;
    }
    setCopiedId(item.quote.id);
    onStatus('Quote copied with its citation');
    if (feedbackTimer.current) clearTimeout(feedbackTimer.current);
    feedbackTimer.current = setTimeout(() => setCopiedId(null), COPIED_FEEDBACK_MS);
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Quotes</h3>
      <ul class="nc-quotes">
        {shown.map((item) => {
          const textId = `${headingId}-${item.quote.id}`;
          const copied = copiedId === item.quote.id;
          return (
            <li key={item.quote.id} data-own={item.own ? 'true' : 'false'}>
              <blockquote class="nc-quote" id={textId}>
                “{item.quote.text}”
              </blockquote>
              <div class="nc-quote-footer">
                <p class="nc-attribution">{attribution(item, showSource)}</p>
                <button
                  type="button"
                  class={copied ? 'nc-copy nc-copied' : 'nc-copy'}
                  aria-describedby={textId}
                  onClick={() => void copy(item)}
                >
                  {copied ? 'Copied' : 'Copy quote'}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <MoreButton what="quotes" {...more} />
    </section>
  );
}

/** "— Wang Yi, 19 June 2023", or with several sources "— Wang Yi, Blinken in Beijing, 19 June 2023" */
function attribution({ speaker, source }: CardQuote, showSource: boolean): string {
  const from = showSource && source ? sourceLabel(source) : null;
  return `— ${[speaker?.name ?? 'Unattributed', from, formatDay(source?.date)].filter(Boolean).join(', ')}`;
}
