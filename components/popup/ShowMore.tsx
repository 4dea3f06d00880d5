import { useState } from 'preact/hooks';

/** How many more items one "Show more" adds: a list of ten thousand is never rendered whole. */
export const SHOW_MORE_STEP = 50;

/**
 * How many of a list's items to render: `initial` at first, more on request. A new `list` (another search, new
 * knowledge) starts again from `initial`.
 */
export function usePagedList<T>(list: readonly T[], initial: number) {
  const [state, setState] = useState<{ list: readonly T[]; count: number }>({ list, count: initial });
  const count = state.list === list ? state.count : initial;
  return {
    shown: list.length <= count ? list : list.slice(0, count),
    count,
    total: list.length,
    initial,
    setCount: (next: number) => setState({ list, count: next }),
  };
}

interface ShowMoreProps {
  paged: ReturnType<typeof usePagedList<unknown>>;
  /** Plural noun: "facts". */
  noun: string;
  /** The word for the first few once all are shown: "top" facts (ranked), "first" sources. */
  first?: string;
}

/** "Show all 11 facts", "Show 50 more facts (8 of 10,000 shown)", then "Show the top 8 facts" to fold them again. */
export function ShowMore({ paged, noun, first = 'top' }: ShowMoreProps) {
  const { count, total, initial, setCount } = paged;
  if (total <= initial) return null;
  const remaining = total - count;
  const label =
    remaining <= 0
      ? `Show the ${first} ${initial} ${noun}`
      : remaining <= SHOW_MORE_STEP
        ? `Show all ${total} ${noun}`
        : `Show ${SHOW_MORE_STEP} more ${noun} (${count} of ${total} shown)`;
  return (
    <button
      type="button"
      class="nc-link-button"
      aria-expanded={remaining <= 0}
      onClick={() => setCount(remaining <= 0 ? initial : count + SHOW_MORE_STEP)}
    >
      {label}
    </button>
  );
}
