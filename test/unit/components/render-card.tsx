import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { HoverCard } from '../../../components/card/HoverCard';
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';

/** Renders a hover card with inert callbacks, for tests that only read what it shows. */
export function renderHoverCard(container: HTMLElement, entity: Entity, knowledge: KnowledgeBase, mentionsOnPage = 1) {
  act(() =>
    render(
      <HoverCard
        entity={entity}
        knowledge={knowledge}
        mentionsOnPage={mentionsOnPage}
        onClose={vi.fn()}
        onCopy={vi.fn()}
        onPointerEnter={vi.fn()}
        onPointerLeave={vi.fn()}
      />,
      container,
    ),
  );
}
