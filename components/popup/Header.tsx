import type { KnowledgeBase, Source } from '../../lib/knowledge/schema';
import { countLabel } from '../shared/countLabel';
import { formatDay } from '../shared/format';
import { sourceLabel, sourceSite } from '../shared/sourceLabel';

/** More sources than this fold away behind a disclosure, so the fixed header never crowds out the content. */
export const MAX_OPEN_HEADER_SOURCES = 2;

function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul class="nc-sources" aria-label="Sources">
      {sources.map((source) => {
        const site = sourceSite(source);
        const day = formatDay(source.date);
        return (
          <li key={source.id}>
            <cite>{sourceLabel(source)}</cite>
            {site && <span class="nc-muted"> · {site}</span>}
            <span class="nc-muted">
              {' · '}
              {day ? <time dateTime={source.date ?? undefined}>{day}</time> : 'date unknown'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Which articles the knowledge comes from and how much it holds (the popup wraps it in its banner). */
export function Header({ knowledge, loading = false }: { knowledge: KnowledgeBase; loading?: boolean }) {
  const { sources, entities, facts, quotes } = knowledge;
  if (loading) {
    return (
      <div class="nc-header" aria-busy="true">
        <h1>News Context</h1>
        <p class="nc-totals nc-muted">Loading your sources…</p>
      </div>
    );
  }
  const totals = [
    countLabel(entities.length, 'entity', 'entities'),
    countLabel(facts.length, 'fact'),
    countLabel(quotes.length, 'quote'),
  ].join(' · ');
  return (
    <div class="nc-header">
      <h1>News Context</h1>
      <p class="nc-totals">
        {totals} from {countLabel(sources.length, 'source')}
      </p>
      {sources.length === 0 ? (
        <p class="nc-muted">No sources yet: add an article you trust to start.</p>
      ) : sources.length <= MAX_OPEN_HEADER_SOURCES ? (
        <SourceList sources={sources} />
      ) : (
        <details class="nc-sources-more">
          <summary>Show the {sources.length} sources</summary>
          <SourceList sources={sources} />
        </details>
      )}
    </div>
  );
}
