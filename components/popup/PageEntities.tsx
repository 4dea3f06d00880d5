import type { Entity } from '../../lib/knowledge/schema';
import type { Settings } from '../../lib/settings';
import { countLabel } from '../shared/countLabel';
import { TypeIcon } from '../shared/TypeIcon';
import { emptyPageReason, type PageState } from './pageState';
import { rankMentions } from './ranking';

interface PageEntitiesProps {
  page: PageState;
  settings: Settings;
  entities: readonly Entity[];
  /** Ids that match the search, or null when not searching. */
  matchingIds: ReadonlySet<string> | null;
  onRevealEntity(entityId: string): void;
  onGrantAccess?(): void;
}

/** The known names on the active tab, most mentioned first; choosing one scrolls the page to it. */
export function PageEntities(props: PageEntitiesProps) {
  const { page, settings, entities, matchingIds, onRevealEntity } = props;
  const mentioned = page.state === 'ready' ? rankMentions(entities, page.counts) : [];
  const reason = emptyPageReason(page, settings, mentioned.length);
  const shown = matchingIds ? mentioned.filter(({ entity }) => matchingIds.has(entity.id)) : mentioned;
  return (
    <section class="nc-section" aria-labelledby="nc-page-heading">
      <h2 id="nc-page-heading">On this page</h2>
      {reason ? (
        <>
          <p class="nc-empty">{reason}</p>
          {page.state === 'needs-access' && props.onGrantAccess && (
            <button type="button" class="nc-primary" onClick={props.onGrantAccess}>
              Allow on {page.hostname}
            </button>
          )}
        </>
      ) : shown.length === 0 ? (
        <p class="nc-empty">No matches</p>
      ) : (
        <ul class="nc-mentions">
          {shown.map(({ entity, count }) => (
            <li key={entity.id}>
              <button type="button" class="nc-mention" onClick={() => onRevealEntity(entity.id)}>
                <TypeIcon type={entity.type} size={14} />
                <span class="nc-mention-name">{entity.name}</span>
                <span class="nc-mention-count">{countLabel(count, 'mention')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
