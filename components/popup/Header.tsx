import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { countLabel } from '../shared/countLabel';
import { formatDay } from '../shared/format';
import { sourceLabel, sourceSite } from '../shared/sourceLabel';

/** Which articles the knowledge comes from and how much it holds. */
export function Header({ knowledge }: { knowledge: KnowledgeBase }) {
  const { sources, entities, facts, quotes } = knowledge;
  return (
    <header class="nc-header">
      <h1>News Context</h1>
      <p class="nc-totals">
        {[
          countLabel(entities.length, 'entity', 'entities'),
          countLabel(facts.length, 'fact'),
          countLabel(quotes.length, 'quote'),
        ].join(' · ')}{' '}
        from {countLabel(sources.length, 'source')}
      </p>
      {sources.length === 0 ? (
        <p class="nc-muted">No sources yet: add an article you trust to start.</p>
      ) : (
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
      )}
    </header>
  );
}
