import type { Entity, Fact, Source } from '../../lib/knowledge/schema';
import { formatDay } from '../shared/format';
import { sourceLabel } from '../shared/sourceLabel';
import { TypeIcon } from '../shared/TypeIcon';
import { ShowMore, usePagedList } from './ShowMore';

/** Enough to read at a glance in the popup; the rest is one click (or a search) away. */
export const INITIAL_FACTS_SHOWN = 8;
/** Search results rendered at first: the best matches come first, the rest on "Show more". */
export const INITIAL_RESULTS_SHOWN = 25;

interface FactListProps {
  /** Already ordered and filtered; a new array (another search) starts from the first few again. */
  facts: Fact[];
  entitiesById: ReadonlyMap<string, Entity>;
  sourcesById: ReadonlyMap<string, Source>;
  /** Name each fact's source: only useful when there are several. */
  showSources: boolean;
  searching: boolean;
}

export function FactList({ facts, entitiesById, sourcesById, showSources, searching }: FactListProps) {
  const paged = usePagedList(facts, searching ? INITIAL_RESULTS_SHOWN : INITIAL_FACTS_SHOWN);
  return (
    <section class="nc-section" aria-labelledby="nc-facts-heading">
      <h2 id="nc-facts-heading">Key facts</h2>
      {facts.length === 0 ? (
        <p class="nc-empty">{searching ? 'No matches' : 'No facts yet.'}</p>
      ) : (
        <ol class="nc-facts">
          {paged.shown.map((fact) => {
            const entities = fact.entityIds.flatMap((id) => entitiesById.get(id) ?? []);
            const source = sourcesById.get(fact.sourceId);
            return (
              <li key={fact.id} class="nc-fact">
                <p class="nc-fact-text">{fact.text}</p>
                {entities.length > 0 && (
                  <ul class="nc-chips" aria-label="Mentioned">
                    {entities.map((entity) => (
                      <li key={entity.id} class="nc-chip">
                        <TypeIcon type={entity.type} size={12} />
                        <span>{entity.name}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {showSources && source && (
                  <p class="nc-fact-source nc-muted">
                    From <cite>{sourceLabel(source)}</cite>
                    {formatDay(source.date) && `, ${formatDay(source.date)}`}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <ShowMore paged={paged} noun="facts" />
    </section>
  );
}
