import type { Fact } from '../../lib/knowledge/schema';
import { MoreButton, useExpandable } from './MoreButton';

/** Facts shown before the reader asks for more. */
export const TOP_FACT_COUNT = 3;

interface FactListProps {
  facts: Fact[];
  headingId: string;
  /** Where a fact comes from ("Title, 19 June 2023"), shown when there are several sources; null to hide. */
  sourceOf?(fact: Fact): string | null;
}

export function FactList({ facts, headingId, sourceOf }: FactListProps) {
  const { shown, ...more } = useExpandable(facts, TOP_FACT_COUNT);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Key facts</h3>
      <ul class="nc-facts">
        {shown.map((fact) => (
          <li key={fact.id}>
            {fact.text}
            {sourceOf?.(fact) && <cite class="nc-fact-source">{sourceOf(fact)}</cite>}
          </li>
        ))}
      </ul>
      <MoreButton what="facts" {...more} />
    </section>
  );
}
