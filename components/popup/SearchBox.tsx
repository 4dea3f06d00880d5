interface SearchBoxProps {
  value: string;
  onInput(value: string): void;
}

/** One box that narrows facts, quotes and names together as the reader types. */
export function SearchBox({ value, onInput }: SearchBoxProps) {
  return (
    <search class="nc-search">
      <label for="nc-search-input" class="nc-visually-hidden">
        Search
      </label>
      <input
        id="nc-search-input"
        type="search"
        placeholder="Search names, facts, quotes"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </search>
  );
}
