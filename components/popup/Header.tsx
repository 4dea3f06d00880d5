import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { countLabel } from '../shared/countLabel';
import { SourceList, SourcesDisclosure } from './SourcesDisclosure';

/** More sources than this fold away behind a disclosure, so the fixed header never crowds out the content. */
export const MAX_OPEN_HEADER_SOURCES = 2;

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
        <SourcesDisclosure sources={sources} />
      )}
    </div>
  );
}
