import type { EntityType } from '../../lib/knowledge/schema';
import { TYPE_LABELS } from '../shared/TypeIcon';
import type { RoleRow } from './card-data';
import { MoreButton, useExpandable } from './MoreButton';

/** Role rows shown before the reader asks for more: a person rarely has more distinct roles than this at once. */
export const TOP_ROLE_COUNT = 3;

interface RoleListProps {
  rows: RoleRow[];
  type: EntityType;
}

/** Who the entity is as reported: one row per role, with its date and source, or its span of reports. */
export function RoleList({ rows, type }: RoleListProps) {
  const { shown, ...more } = useExpandable(rows, TOP_ROLE_COUNT);
  return (
    <>
      <ul class="nc-roles">
        {shown.map((row) =>
          row.kind === 'summary' ? (
            <li key={`summary|${row.description}`} class="nc-role-summary">
              <span class="nc-role">{row.description}</span>
              <span class="nc-reported">
                {' · '}
                {row.summary}
              </span>
            </li>
          ) : (
            <li key={`${row.description}|${row.reported}|${row.sourceTitle}`}>
              <span class="nc-role">{row.description ?? TYPE_LABELS[type]}</span>
              <span class="nc-reported">
                {row.reported}
                {row.sourceTitle && (
                  <>
                    {' — '}
                    <cite>{row.sourceTitle}</cite>
                  </>
                )}
              </span>
            </li>
          ),
        )}
      </ul>
      <MoreButton what="roles" {...more} />
    </>
  );
}
