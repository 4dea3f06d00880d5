import type { Entity, KnowledgeBase } from '../../lib/knowledge/schema';
import { formatDay } from '../shared/format';
import { sourceLabel } from '../shared/sourceLabel';

/** Why reports from several sources are taken to be about this one entity; closed until the reader asks. */
export function MergeReasons({ entity, knowledge }: { entity: Entity; knowledge: KnowledgeBase }) {
  const reasons = entity.mergedBecause ?? [];
  if (reasons.length === 0) return null;
  const sourceById = new Map(knowledge.sources.map((source) => [source.id, source]));
  return (
    <details class="nc-why">
      <summary>Why these reports are one {entity.type === 'person' ? 'person' : 'entry'}</summary>
      <ul>
        {reasons.map((why) => {
          const source = sourceById.get(why.sourceId);
          const from = source
            ? [sourceLabel(source), formatDay(source.date)].filter(Boolean).join(', ')
            : 'an older source';
          return (
            <li key={`${why.sourceId}|${why.reason}`}>
              {why.reason[0]!.toUpperCase() + why.reason.slice(1)} — <cite>{from}</cite>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
