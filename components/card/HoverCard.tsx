import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Entity, KnowledgeBase } from '../../lib/knowledge/schema';
import { formatDay } from '../shared/format';
import { sourceLabel } from '../shared/sourceLabel';
import { TypeIcon } from '../shared/TypeIcon';
import { CardHeader, closeOnEscape } from './CardHeader';
import { factsAbout, mentionsOnPageText, quotesAbout, relatedEntities, roleRows } from './card-data';
import { FactList } from './FactList';
import { MergeReasons } from './MergeReasons';
import { QuoteList, TOP_QUOTE_COUNT } from './QuoteList';
import { RoleList } from './RoleList';

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
  /** Shown as a button above the name when the card was chosen from a list ("← 2 people named Clinton"). */
  back?: { label: string; onBack(): void };
  /** Focus the card when it appears (it replaced the control the reader used). */
  focusOnMount?: boolean;
}

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
  back,
  focusOnMount = false,
}: HoverCardProps) {
  const idPrefix = `nc-card-${useId()}`;
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) dialogRef.current?.focus();
  }, [focusOnMount]);
  const [status, setStatus] = useState('');
  const severalSources = knowledge.sources.length > 1;
  const content = useMemo(
    () => ({
      roles: roleRows(entity, knowledge),
      facts: factsAbout(entity, knowledge),
      quotes: quotesAbout(entity, knowledge),
      related: relatedEntities(entity, knowledge),
    }),
    [entity, knowledge],
  );

  return (
    <div
      ref={dialogRef}
      class={`nc-card nc-theme-${theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${idPrefix}-name`}
      tabIndex={-1}
      onKeyDown={closeOnEscape(onClose)}
      onPointerEnter={() => onPointerEnter()}
      onPointerLeave={() => onPointerLeave()}
    >
      <CardHeader type={entity.type} nameId={`${idPrefix}-name`} name={entity.name} onClose={onClose} back={back} />
      <RoleList rows={content.roles} type={entity.type} />
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
          limit={severalSources ? TOP_QUOTE_COUNT : undefined}
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
      <MergeReasons entity={entity} knowledge={knowledge} />
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
