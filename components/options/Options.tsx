import type { Settings } from '../../lib/settings';
import { DisabledSites } from './DisabledSites';
import { HighlightSettings } from './HighlightSettings';
import { LearningPanel } from './LearningPanel';
import { ShortcutList } from './ShortcutList';
import { SourcesPanel } from './SourcesPanel';
import type { ImportMessage, Shortcut, SourceSummary } from './types';
import './options.css';

export type { ImportMessage, Shortcut, SourceSummary } from './types';

export interface OptionsProps {
  settings: Settings;
  onChange(next: Settings): void;
  shortcuts: Shortcut[];
  onOpenShortcutSettings(): void;
  /** null while loading. */
  sources: SourceSummary[] | null;
  onToggleSource(id: string, enabled: boolean): void;
  /** Never called for a built-in source. */
  onRemoveSource(id: string): void;
  onExport(): void;
  onImport(file: File): void;
  importMessage?: ImportMessage | null;
  /** Corrupt storage reported by the background: one plain sentence. */
  problem?: string | null;
  /** The technical detail behind it, shown in a disclosure. */
  problemDetails?: string[];
  /** Deletes the set-aside unreadable data, once the reader has exported what they want to keep. */
  onDiscardProblem?(): void;
  /** Learning from sites: turning one on asks the browser for access from the click. */
  onSiteLearning?(site: string, on: boolean): void;
  onForgetSite?(site: string): void;
}

export function Options(props: OptionsProps) {
  return (
    <main class="nc-options">
      <h1>News Context settings</h1>
      {props.problem && (
        <div role="alert" class="nc-problem">
          <p>{props.problem}</p>
          {props.problemDetails && props.problemDetails.length > 0 && (
            <details>
              <summary>Details</summary>
              <ul>
                {props.problemDetails.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            </details>
          )}
          {props.onDiscardProblem && (
            <button type="button" onClick={props.onDiscardProblem}>
              Delete the unreadable data
            </button>
          )}
        </div>
      )}
      <HighlightSettings settings={props.settings} onChange={props.onChange} />
      <DisabledSites settings={props.settings} onChange={props.onChange} />
      {props.onSiteLearning && props.onForgetSite && (
        <LearningPanel
          settings={props.settings}
          sources={props.sources}
          onChange={props.onChange}
          onSiteLearning={props.onSiteLearning}
          onForgetSite={props.onForgetSite}
          onRemoveSource={props.onRemoveSource}
        />
      )}
      <ShortcutList shortcuts={props.shortcuts} onOpenShortcutSettings={props.onOpenShortcutSettings} />
      <SourcesPanel
        sources={props.sources}
        onToggleSource={props.onToggleSource}
        onRemoveSource={props.onRemoveSource}
        onExport={props.onExport}
        onImport={props.onImport}
        importMessage={props.importMessage}
      />
    </main>
  );
}
