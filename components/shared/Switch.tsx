import type { ComponentChildren } from 'preact';
import './switch.css';

interface SwitchProps {
  /** Visible text; may include visually hidden words that tell several switches apart. */
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off control: a native checkbox with role="switch", so it is keyboard and screen-reader ready. */
export function Switch({ label, checked, disabled = false, onChange }: SwitchProps) {
  return (
    <label class="nc-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="nc-switch-track" aria-hidden="true" />
      <span class="nc-switch-label">{label}</span>
    </label>
  );
}
