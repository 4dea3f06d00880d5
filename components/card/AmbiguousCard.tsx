import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { ambiguousTitle, type Candidate, candidateDetail, summarizeCandidates } from './ambiguous-data';
import { CardHeader, closeOnEscape } from './CardHeader';
import { type CardThemeChoice, HoverCard } from './HoverCard';

export interface AmbiguousCardProps {
  /** The name the page used: "Clinton". */
  shortForm: string;
  /** Everyone it may mean, each with their card knowledge. */
  candidates: Candidate[];
  mentionsOnPage(entityId: string): number;
  onClose(): void;
  onCopy(text: string): Promise<void> | void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The reader opened one person's card (their id) or went back to the list (null): the card changes size. */
  onChoose?(entityId: string | null): void;
  theme?: CardThemeChoice;
}

/** The card of a short form the page does not resolve: who it may mean, most recently reported first. */
export function AmbiguousCard(props: AmbiguousCardProps) {
  const { shortForm, candidates, onClose, onChoose, theme = 'auto' } = props;
  const idPrefix = `nc-ambiguous-${useId()}`;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const summaries = useMemo(() => summarizeCandidates(candidates), [candidates]);
  const title = ambiguousTitle(shortForm, summaries.length);

  useEffect(() => {
    if (returnTo === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-candidate="${CSS.escape(returnTo)}"]`)?.focus();
    setReturnTo(null);
  }, [returnTo]);

  const choose = (id: string | null) => {
    if (id === null) setReturnTo(chosenId);
    setChosenId(id);
    onChoose?.(id);
  };

  const chosen = candidates.find((candidate) => candidate.entity.id === chosenId);
  if (chosen) {
    return (
      <HoverCard
        entity={chosen.entity}
        knowledge={chosen.knowledge}
        mentionsOnPage={props.mentionsOnPage(chosen.entity.id)}
        onClose={onClose}
        onCopy={props.onCopy}
        onPointerEnter={props.onPointerEnter}
        onPointerLeave={props.onPointerLeave}
        theme={theme}
        back={{ label: title, onBack: () => choose(null) }}
        focusOnMount
      />
    );
  }

  return (
    <div
      class={`nc-card nc-theme-${theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${idPrefix}-name`}
      aria-describedby={`${idPrefix}-note`}
      tabIndex={-1}
      onKeyDown={closeOnEscape(onClose)}
      onPointerEnter={() => props.onPointerEnter()}
      onPointerLeave={() => props.onPointerLeave()}
    >
      <CardHeader type="person" nameId={`${idPrefix}-name`} name={title} onClose={onClose} />
      <p class="nc-ambiguous-note" id={`${idPrefix}-note`}>
        This page does not say which {shortForm} it means. Choose one to see their card.
      </p>
      <ul class="nc-candidates" ref={listRef}>
        {summaries.map((summary) => (
          <li key={summary.id}>
            <button type="button" class="nc-candidate" data-candidate={summary.id} onClick={() => choose(summary.id)}>
              <span class="nc-candidate-name">{summary.name}</span>
              <span class="nc-candidate-detail"> {candidateDetail(summary)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
