interface SearchBoxProps {
  value: string;
  onInput(value: string): void;
  /** The input's id (its label points at it). */
  id?: string;
  /** The accessible name, shown to screen readers only. */
  label?: string;
  placeholder?: string;
}

/** One box that narrows facts, quotes and names together as the reader types (or, given a label, another list). */
export function SearchBox({
  value,
  onInput,
  id = 'nc-search-input',
  label = 'Search',
  placeholder = 'Search names, facts, quotes',
}: SearchBoxProps) {
  return (
    <search class="nc-search" aria-label={label}>
      <label for={id} class="nc-visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </search>
  );
}
