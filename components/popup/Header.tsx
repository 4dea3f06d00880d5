import type { KnowledgeTotals } from '../../lib/knowledge/knowledge-views';
import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { countLabel } from '../shared/countLabel';
import { SourceList, SourcesDisclosure } from './SourcesDisclosure';

/** More sources than this fold away behind a disclosure, so the fixed header never crowds out the content. */
export const MAX_OPEN_HEADER_SOURCES = 2;

/** Which articles the knowledge comes from and how much it holds (the popup wraps it in its banner). */
export function Header({
  knowledge,
  loading = false,
  totals,
}: {
  knowledge: KnowledgeBase;
  loading?: boolean;
  /** The whole knowledge's counts, while only part of it is read. */
  totals?: KnowledgeTotals;
}) {
  const { sources } = knowledge;
  const count = totals ?? {
    entities: knowledge.entities.length,
    facts: knowledge.facts.length,
    quotes: knowledge.quotes.length,
    sources: sources.length,
  };
  if (loading) {
    return (
      <div class="nc-header" aria-busy="true">
        <h1>News Context</h1>
        <p class="nc-totals nc-muted">Loading your sources…</p>
      </div>
    );
  }
  const summary = [
    countLabel(count.entities, 'entity', 'entities'),
    countLabel(count.facts, 'fact'),
    countLabel(count.quotes, 'quote'),
  ].join(' · ');
  return (
    <div class="nc-header">
      <h1>News Context</h1>
      <p class="nc-totals">
        {summary} from {countLabel(count.sources, 'source')}
      </p>
      {sources.length === 0 ? (
        <p class="nc-muted">No sources yet: add an article you trust to start.</p>
      ) : sources.length <= MAX_OPEN_HEADER_SOURCES ? (
        <SourceList sources={sources} />
      ) : (
        <SourcesDisclosure sources={sources} />
      )}
    </div>
  );
}
