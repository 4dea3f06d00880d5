import type { TargetedEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { SourceItem } from './SourceItem';
import type { ImportMessage, SourceSummary } from './types';

interface SourcesPanelProps {
  /** null while loading. */
  sources: SourceSummary[] | null;
  onToggleSource(id: string, enabled: boolean): void;
  onRemoveSource(id: string): void;
  onExport(): void;
  onImport(file: File): void;
  importMessage?: ImportMessage | null;
}

/** Every article the knowledge comes from, plus moving the knowledge in and out as JSON. */
export function SourcesPanel(props: SourcesPanelProps) {
  if (props.sources === null) {
    return (
      <section class="nc-panel" aria-labelledby="nc-sources-heading" aria-busy="true">
        <h2 id="nc-sources-heading">Sources</h2>
        <p role="status" class="nc-hint">
          Loading your sources…
        </p>
      </section>
    );
  }
  const sources = props.sources;
  const heading = useRef<HTMLHeadingElement>(null);

  function remove(id: string) {
    props.onRemoveSource(id);
    // The removed row takes the focused button with it: keep keyboard focus in this panel.
    heading.current?.focus();
  }

  function pickFile(event: TargetedEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file) props.onImport(file);
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    input.value = '';
  }

  const message = props.importMessage;
  return (
    <section class="nc-panel" aria-labelledby="nc-sources-heading">
      <h2 id="nc-sources-heading" ref={heading} tabIndex={-1}>
        Sources
      </h2>
      {sources.length === 0 ? (
        <p class="nc-hint">No sources. Add an article from the toolbar popup, or import knowledge below.</p>
      ) : (
        <ul class="nc-sources">
          {sources.map((source) => (
            <SourceItem
              key={source.id}
              source={source}
              onToggle={(enabled) => props.onToggleSource(source.id, enabled)}
              onRemove={() => remove(source.id)}
            />
          ))}
        </ul>
      )}
      <div class="nc-transfer">
        <button type="button" class="nc-button" onClick={props.onExport}>
          Export knowledge (JSON)
        </button>
        <div class="nc-field">
          <label for="nc-import">Import knowledge</label>
          <input
            id="nc-import"
            type="file"
            accept=".json,application/json"
            aria-describedby="nc-import-message"
            onChange={pickFile}
          />
        </div>
        {message?.kind === 'progress' && (
          <progress max={message.total} value={message.done} aria-describedby="nc-import-message" />
        )}
        <p
          id="nc-import-message"
          role={message?.kind === 'error' ? 'alert' : 'status'}
          class={message?.kind === 'error' ? 'nc-error' : message?.kind === 'progress' ? 'nc-hint' : 'nc-success'}
        >
          {message?.text ?? ''}
        </p>
      </div>
    </section>
  );
}
