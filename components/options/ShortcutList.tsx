import type { Shortcut } from './types';

interface ShortcutListProps {
  shortcuts: Shortcut[];
  onOpenShortcutSettings(): void;
}

/** The extension's commands and their keys; the keys themselves are changed in the browser's own page. */
export function ShortcutList({ shortcuts, onOpenShortcutSettings }: ShortcutListProps) {
  return (
    <section class="nc-panel" aria-labelledby="nc-shortcuts-heading">
      <h2 id="nc-shortcuts-heading">Keyboard shortcuts</h2>
      {shortcuts.length === 0 ? (
        <p class="nc-hint">No keyboard shortcuts are defined.</p>
      ) : (
        <ul class="nc-rows">
          {shortcuts.map((command) => (
            <li key={command.name} class="nc-row">
              <span class="nc-row-main">{command.description || command.name}</span>
              {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="nc-hint">Not set</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="nc-button" onClick={onOpenShortcutSettings}>
        Change shortcuts in the browser’s settings
      </button>
    </section>
  );
}
