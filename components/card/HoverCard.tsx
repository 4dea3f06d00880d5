import { useId, useMemo, useState } from 'preact/hooks';
import type { Entity, KnowledgeBase } from '../../lib/knowledge/schema';
import { formatDay } from '../shared/format';
import { sourceLabel } from '../shared/sourceLabel';
import { TYPE_LABELS, TypeIcon } from '../shared/TypeIcon';
import { factsAbout, mentionsOnPageText, quotesAbout, relatedEntities, reportedRoles } from './card-data';
import { FactList } from './FactList';
import { QuoteList } from './QuoteList';

export type CardThemeChoice = 'light' | 'dark' | 'auto';

export interface HoverCardProps {
  entity: Entity;
  knowledge: KnowledgeBase;
  mentionsOnPage: number;
  onClose(): void;
  onCopy(text: string): Promise<void> | void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  theme?: CardThemeChoice;
}

const TYPE_ICON_PX = 18;
const CHIP_ICON_PX = 14;

/** The card for one entity: who it is as reported, key facts, quotes, related names. All text is rendered as text. */
export function HoverCard(props: HoverCardProps) {
  // Keyed by entity so "More facts" and "Copied" do not carry over when the card switches to another name.
  return <HoverCardContent key={props.entity.id} {...props} />;
}

function HoverCardContent({
  entity,
  knowledge,
  mentionsOnPage,
  onClose,
  onCopy,
  onPointerEnter,
  onPointerLeave,
  theme = 'auto',
}: HoverCardProps) {
  const idPrefix = `nc-card-${useId()}`;
  const [status, setStatus] = useState('');
  const severalSources = knowledge.sources.length > 1;
  const content = useMemo(
    () => ({
      roles: reportedRoles(entity, knowledge),
      facts: factsAbout(entity, knowledge),
      quotes: quotesAbout(entity, knowledge),
      related: relatedEntities(entity, knowledge),
    }),
    [entity, knowledge],
  );

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The Escape was meant for the card, not for the page's own handlers.
    event.stopPropagation();
    onClose();
  };

  return (
    <div
      class={`nc-card nc-theme-${theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${idPrefix}-name`}
      tabIndex={-1}
      onKeyDown={closeOnEscape}
      onPointerEnter={() => onPointerEnter()}
      onPointerLeave={() => onPointerLeave()}
    >
      <header class="nc-header">
        <span class="nc-type">
          <TypeIcon type={entity.type} size={TYPE_ICON_PX} />
        </span>
        <h2 class="nc-name" id={`${idPrefix}-name`}>
          {entity.name}
        </h2>
        <button type="button" class="nc-close" aria-label="Close" onClick={() => onClose()}>
          ×
        </button>
      </header>
      <ul class="nc-roles">
        {content.roles.map((role) => (
          <li key={`${role.description}|${role.reported}|${role.sourceTitle}`}>
            <span class="nc-role">{role.description ?? TYPE_LABELS[entity.type]}</span>
            <span class="nc-reported">
              {role.reported}
              {role.sourceTitle && (
                <>
                  {' — '}
                  <cite>{role.sourceTitle}</cite>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p class="nc-mentions">{mentionsOnPageText(mentionsOnPage)}</p>
      {content.facts.length > 0 && (
        <FactList
          facts={content.facts}
          headingId={`${idPrefix}-facts`}
          sourceOf={severalSources ? (fact) => sourceLine(knowledge, fact.sourceId) : undefined}
        />
      )}
      {content.quotes.length > 0 && (
        <QuoteList
          quotes={content.quotes}
          headingId={`${idPrefix}-quotes`}
          onCopy={onCopy}
          onStatus={setStatus}
          showSource={severalSources}
        />
      )}
      {content.related.length > 0 && (
        <section aria-labelledby={`${idPrefix}-related`}>
          <h3 id={`${idPrefix}-related`}>Related</h3>
          <ul class="nc-chips">
            {content.related.map((other) => (
              <li class="nc-chip" key={other.id}>
                <TypeIcon type={other.type} size={CHIP_ICON_PX} />
                {other.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="nc-visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

/** "Blinken in Beijing, 19 June 2023": where a fact comes from, when the card mixes sources. */
function sourceLine(knowledge: KnowledgeBase, sourceId: string): string | null {
  const source = knowledge.sources.find((candidate) => candidate.id === sourceId);
  return source ? [sourceLabel(source), formatDay(source.date)].filter(Boolean).join(', ') : null;
}
