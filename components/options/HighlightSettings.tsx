import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../../lib/knowledge/schema';
import { MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS, type Settings } from '../../lib/settings';
import { Switch } from '../shared/Switch';
import { TYPE_LABELS } from '../shared/TypeIcon';
import { NumberField } from './NumberField';
import { parseHoverDelay, withEntityType } from './settingsEdits';

const HOVER_DELAY_STEP_MS = 50;
const ENTITY_TYPES = Object.keys(TYPE_LABELS) as EntityType[];
const STYLES: { value: Settings['highlightStyle']; label: string; hint: string }[] = [
  { value: 'underline', label: 'Underline', hint: 'a coloured line under each name' },
  { value: 'tint', label: 'Tint', hint: 'a soft background colour behind each name' },
];

interface HighlightSettingsProps {
  settings: Settings;
  onChange(next: Settings): void;
}

/** How and what the content script highlights, and how soon the card opens. */
export function HighlightSettings({ settings, onChange }: HighlightSettingsProps) {
  const [delayText, setDelayText] = useState(String(settings.hoverDelayMs));
  // A value saved elsewhere (another tab, a reset) replaces whatever is being typed.
  useEffect(() => setDelayText(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);
  const delayInvalid = parseHoverDelay(delayText) === null;

  function typeDelay(text: string) {
    setDelayText(text);
    const delay = parseHoverDelay(text);
    if (delay !== null && delay !== settings.hoverDelayMs) onChange({ ...settings, hoverDelayMs: delay });
  }

  return (
    <section class="nc-panel" aria-labelledby="nc-highlight-heading">
      <h2 id="nc-highlight-heading">Highlighting</h2>
      <Switch
        label="Highlighting on"
        checked={settings.enabled}
        onChange={(enabled) => onChange({ ...settings, enabled })}
      />

      <NumberField
        id="nc-hover-delay"
        label="Hover delay (milliseconds)"
        min={MIN_HOVER_DELAY_MS}
        max={MAX_HOVER_DELAY_MS}
        step={HOVER_DELAY_STEP_MS}
        text={delayText}
        invalid={delayInvalid}
        hint={
          delayInvalid
            ? `Enter a whole number from ${MIN_HOVER_DELAY_MS} to ${MAX_HOVER_DELAY_MS}.`
            : `How long the pointer rests on a name before its card opens (${MIN_HOVER_DELAY_MS}–${MAX_HOVER_DELAY_MS}).`
        }
        onInput={typeDelay}
      />

      <fieldset class="nc-field">
        <legend>Highlight style</legend>
        {STYLES.map((style) => (
          <label key={style.value} class="nc-choice">
            <input
              type="radio"
              name="nc-highlight-style"
              value={style.value}
              checked={settings.highlightStyle === style.value}
              onChange={() => onChange({ ...settings, highlightStyle: style.value })}
            />
            <span>
              {style.label} <span class="nc-hint">— {style.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset class="nc-field">
        <legend>Highlight these kinds of names</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class="nc-choice">
            <input
              type="checkbox"
              checked={settings.entityTypes[type]}
              onChange={(event) => onChange(withEntityType(settings, type, event.currentTarget.checked))}
            />
            <span>{TYPE_LABELS[type]}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
