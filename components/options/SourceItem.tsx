import { useEffect, useRef, useState } from 'preact/hooks';
import { countLabel } from '../shared/countLabel';
import { formatDay } from '../shared/format';
import { Switch } from '../shared/Switch';
import { sourceLabel, sourceSite } from '../shared/sourceLabel';
import type { SourceSummary } from './types';

interface SourceItemProps {
  source: SourceSummary;
  onToggle(enabled: boolean): void;
  onRemove(): void;
}

/** One source: what it is, what it holds, on/off, and removal behind a confirmation (it cannot be undone). */
export function SourceItem({ source, onToggle, onRemove }: SourceItemProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const label = sourceLabel(source);
  const site = sourceSite(source);
  const day = formatDay(source.date);

  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) removeButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  function cancel() {
    // Focus goes back to the Remove button that asked the question, once it is rendered again.
    returnFocus.current = true;
    setConfirming(false);
  }

  return (
    <li class={source.enabled ? 'nc-source' : 'nc-source nc-source-off'}>
      <div class="nc-source-head">
        <h3>{label}</h3>
        {source.builtIn && <span class="nc-badge">Built-in</span>}
      </div>
      <p class="nc-hint">
        {[site, day ?? 'date unknown'].filter(Boolean).join(' · ')}
        {source.url && (
          <>
            {' · '}
            <span class="nc-url">{source.url}</span>
          </>
        )}
      </p>
      <p class="nc-source-counts">
        {[
          countLabel(source.counts.entities, 'entity', 'entities'),
          countLabel(source.counts.facts, 'fact'),
          countLabel(source.counts.quotes, 'quote'),
        ].join(' · ')}
      </p>
      <div class="nc-source-actions">
        <Switch
          label={
            <>
              Use<span class="nc-visually-hidden"> {label}</span>
            </>
          }
          checked={source.enabled}
          onChange={onToggle}
        />
        {!source.builtIn &&
          (confirming ? (
            <span class="nc-confirm">
              <span>Remove for good?</span>
              <button ref={confirmButton} type="button" class="nc-button nc-danger" onClick={onRemove}>
                Yes, remove<span class="nc-visually-hidden"> {label}</span>
              </button>
              <button type="button" class="nc-button" onClick={cancel}>
                Cancel
              </button>
            </span>
          ) : (
            <button ref={removeButton} type="button" class="nc-button" onClick={() => setConfirming(true)}>
              Remove<span class="nc-visually-hidden"> {label}</span>
            </button>
          ))}
      </div>
    </li>
  );
}
