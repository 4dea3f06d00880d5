import { useId, useMemo, useState } from 'preact/hooks';
import type { Source } from '../../lib/knowledge/schema';
import { formatDay } from '../shared/format';
import { sourceLabel, sourceSite } from '../shared/sourceLabel';
import { SearchBox } from './SearchBox';
import { ShowMore, usePagedList } from './ShowMore';
import { foldForSearch } from './search';

/** Sources rendered at first inside the disclosure; a heavy reader's thousands come on "Show more" or a filter. */
export const INITIAL_SOURCES_SHOWN = 30;

export function SourceList({ sources }: { sources: readonly Source[] }) {
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

/** Newest first (undated last), each with its folded label, site and day for the filter: computed once per list. */
function searchableSources(sources: readonly Source[]) {
  return [...sources]
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .map((source) => ({
      source,
      folded: foldForSearch([sourceLabel(source), sourceSite(source), formatDay(source.date)].join(' ')),
    }));
}

/** Every source, folded away behind a disclosure with a filter box inside it. */
export function SourcesDisclosure({ sources }: { sources: readonly Source[] }) {
  const filterId = `nc-sources-filter-${useId()}`;
  const [filter, setFilter] = useState('');
  const searchable = useMemo(() => searchableSources(sources), [sources]);
  const needle = foldForSearch(filter.trim());
  const matching = useMemo(
    () => searchable.filter((entry) => entry.folded.includes(needle)).map((entry) => entry.source),
    [searchable, needle],
  );
  const paged = usePagedList(matching, INITIAL_SOURCES_SHOWN);
  return (
    <details class="nc-sources-more">
      <summary>Show the {sources.length} sources</summary>
      <div class="nc-sources-filter">
        <SearchBox
          id={filterId}
          label="Filter sources"
          placeholder="Filter sources by title, site or date"
          value={filter}
          onInput={setFilter}
        />
        <p class="nc-muted" role="status">
          {needle ? `${matching.length} of ${sources.length} sources match` : ''}
        </p>
      </div>
      <SourceList sources={paged.shown} />
      <ShowMore paged={paged} noun="sources" first="first" />
    </details>
  );
}
