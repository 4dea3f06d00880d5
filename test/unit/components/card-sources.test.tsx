// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { KnowledgeBase, Source } from '../../../lib/knowledge/schema';
import { BLINKEN, KNOWLEDGE } from './card-fixture';
import { renderHoverCard } from './render-card';

const ADDED: Source = { id: 'source:added', title: 'Talks resume in Washington', date: '2024-03-14', builtIn: false };

/** The fixture with its second fact and Blinken's last quote moved to a source the reader added. */
const TWO_SOURCES: KnowledgeBase = {
  ...KNOWLEDGE,
  sources: [...KNOWLEDGE.sources, ADDED],
  facts: KNOWLEDGE.facts.map((fact, i) => (i === 1 ? { ...fact, sourceId: ADDED.id } : fact)),
  quotes: KNOWLEDGE.quotes.map((quote) => (quote.id === 'quote:blinken-2' ? { ...quote, sourceId: ADDED.id } : quote)),
};

const container = document.createElement('div');
document.body.append(container);
afterEach(() => act(() => render(null, container)));

function cardTexts(knowledge: KnowledgeBase, selector: string) {
  renderHoverCard(container, BLINKEN, knowledge);
  return [...container.querySelectorAll(selector)].map((node) => node.textContent);
}

describe('HoverCard with several sources says where each fact and quote comes from', () => {
  it.each([
    ['one source: no source lines on facts', KNOWLEDGE, '.nc-fact-source', []],
    [
      'two sources: each fact names its source and date, the newest source first',
      TWO_SOURCES,
      '.nc-fact-source',
      [
        'Talks resume in Washington, 14 March 2024',
        'Blinken meets Xi in Beijing, 19 June 2023',
        'Blinken meets Xi in Beijing, 19 June 2023',
      ],
    ],
  ])('%s', (_label, knowledge, selector, expected) => {
    expect(cardTexts(knowledge, selector)).toEqual(expected);
  });

  it('names the source in each quote attribution when there are several', () => {
    const attributions = cardTexts(TWO_SOURCES, '.nc-attribution');
    expect(attributions).toContain('— Antony Blinken, Talks resume in Washington, 14 March 2024');
    expect(attributions).toContain('— Antony Blinken, Blinken meets Xi in Beijing, 19 June 2023');
  });
});
