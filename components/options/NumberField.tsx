interface NumberFieldProps {
  id: string;
  label: string;
  min: number;
  max: number;
  step?: number;
  /** What is typed, kept as text so a half-typed number is not replaced. */
  text: string;
  invalid: boolean;
  /** Shown under the field: what it does, or when invalid, what to type. */
  hint: string;
  onInput(text: string): void;
}

/** A whole-number setting with its hint tied to it for screen readers. */
export function NumberField(props: NumberFieldProps) {
  return (
    <div class="nc-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.text}
        aria-invalid={props.invalid}
        aria-describedby={`${props.id}-hint`}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <p id={`${props.id}-hint`} class={props.invalid ? 'nc-hint nc-error' : 'nc-hint'}>
        {props.hint}
      </p>
    </div>
  );
}
