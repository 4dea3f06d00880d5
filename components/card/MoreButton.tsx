import { useState } from 'preact/hooks';

/** The first `limit` items, or all of them once the reader asked for more (every item when limit is undefined). */
export function useExpandable<T>(items: readonly T[], limit: number | undefined) {
  const [expanded, setExpanded] = useState(false);
  const hidden = limit === undefined ? 0 : Math.max(0, items.length - limit);
  return {
    shown: expanded || hidden === 0 ? items : items.slice(0, limit),
    hidden,
    expanded,
    toggle: () => setExpanded(!expanded),
  };
}

interface MoreButtonProps {
  /** Plural noun of the list: "facts". */
  what: string;
  hidden: number;
  expanded: boolean;
  toggle(): void;
}

/** "More facts (9)" / "Fewer facts": expands the list in place; nothing when nothing is hidden. */
export function MoreButton({ what, hidden, expanded, toggle }: MoreButtonProps) {
  if (hidden === 0) return null;
  return (
    <button type="button" class="nc-more" aria-expanded={expanded} onClick={toggle}>
      {expanded ? `Fewer ${what}` : `More ${what} (${hidden})`}
    </button>
  );
}
