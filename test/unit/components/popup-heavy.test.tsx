// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_FACTS_SHOWN, INITIAL_RESULTS_SHOWN } from '../../../components/popup/FactList';
import type { PopupProps } from '../../../components/popup/Popup';
import { INITIAL_QUOTES_SHOWN } from '../../../components/popup/QuoteList';
import { SHOW_MORE_STEP } from '../../../components/popup/ShowMore';
import { INITIAL_SOURCES_SHOWN } from '../../../components/popup/SourcesDisclosure';
import { formatDay } from '../../../components/shared/format';
import type { Entity, Fact, KnowledgeBase, Quote, Source } from '../../../lib/knowledge/schema';
import { expectNoAxeViolations } from './dom-test-kit';
import { renderPopup } from './render-popup';

/** A heavy reader: sources over several years, ten thousand facts, two people, one of them on the page. */
const SOURCE_COUNT = 400;
const FACT_COUNT = 10_000;
const QUOTE_COUNT = 60;
const MONTHS_PER_YEAR = 12;
const DAYS_PER_MONTH = 28;
const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (i: number) =>
  `${2000 + Math.floor(i / (MONTHS_PER_YEAR * DAYS_PER_MONTH))}-${pad(1 + (Math.floor(i / DAYS_PER_MONTH) % MONTHS_PER_YEAR))}-${pad(1 + (i % DAYS_PER_MONTH))}`;
const SOURCES: Source[] = Array.from({ length: SOURCE_COUNT }, (_, i) => ({
  id: `s${i}`,
  title: i % 2 ? `Harbour report ${i}` : `Grain tariffs ${i}`,
  date: dayOf(i),
  builtIn: false,
}));
const person = (id: string, name: string): Entity => ({ id, name, type: 'person', aliases: [], sourceIds: [] });
const ONPAGE = person('onpage', 'Ada Onpage');
const ELSEWHERE = person('elsewhere', 'Bo Elsewhere');
/** Fact i comes from source i mod SOURCE_COUNT; every tenth names the person on the page. */
const FACTS: Fact[] = Array.from({ length: FACT_COUNT }, (_, i) => ({
  id: `f${i}`,
  text: i === FACT_COUNT - 1 ? 'The needle: Zürich agreed.' : `Fact ${i} about grain.`,
  entityIds: [i % 10 === 0 ? ONPAGE.id : ELSEWHERE.id],
  sourceId: `s${i % SOURCE_COUNT}`,
  score: i % 7,
}));
const QUOTES: Quote[] = Array.from({ length: QUOTE_COUNT }, (_, i) => ({
  id: `q${i}`,
  text: `Quote ${i}`,
  speakerId: i % 3 === 0 ? ONPAGE.id : ELSEWHERE.id,
  sourceId: `s${i}`,
  sentence: '',
}));
const HEAVY: KnowledgeBase = { sources: SOURCES, entities: [ONPAGE, ELSEWHERE], facts: FACTS, quotes: QUOTES };
const READY = { state: 'ready' as const, hostname: 'news.example', counts: { [ONPAGE.id]: 3 } };

const container = document.createElement('div');
document.body.append(container);
afterEach(() => act(() => render(null, container)));

function show(overrides: Partial<PopupProps> = {}) {
  return renderPopup(container, { knowledge: HEAVY, page: READY }, overrides);
}
const section = (heading: string) =>
  [...container.querySelectorAll('h2')].find((h) => h.textContent === heading)!.closest('section') as HTMLElement;
const factIds = () =>
  [...section('Key facts').querySelectorAll('.nc-fact-text')].map((p) => /Fact (\d+)/.exec(p.textContent ?? '')?.[1]);
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const mainSearch = () => container.querySelector<HTMLInputElement>('#nc-search-input')!;

describe('Popup with a heavy reader\u2019s knowledge', () => {
  it('lists facts about the people on the page first, newest source first, then the rest by date', () => {
    show();
    // Facts naming the person on the page are every tenth, so their newest source is s390: its facts come first,
    // best first (score i mod 7: 6 for 790, 3590, 6390, 9190; 5 for 390, 3190, 5990, 8790).
    expect(factIds()).toEqual(['790', '3590', '6390', '9190', '390', '3190', '5990', '8790']);
    expect(section('Key facts').querySelector('.nc-fact-source')?.textContent).toBe(
      `From Grain tariffs 390, ${formatDay(SOURCES[390]!.date)}`,
    );
  });

  it('puts the quotes of the people on the page first, newest first', () => {
    show();
    const quotes = [...section('Quotes').querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes.slice(0, 3)).toEqual(['Quote 57', 'Quote 54', 'Quote 51']);
    expect(quotes).toHaveLength(INITIAL_QUOTES_SHOWN);
    act(() => button(section('Quotes'), `Show all ${QUOTE_COUNT} quotes`).click());
    const all = [...section('Quotes').querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(all.slice(QUOTE_COUNT / 3 - 1, QUOTE_COUNT / 3 + 2)).toEqual(['Quote 0', 'Quote 59', 'Quote 58']);
  });

  it('renders only the first facts and adds more on request', () => {
    show();
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(INITIAL_FACTS_SHOWN);
    const more = button(
      section('Key facts'),
      `Show ${SHOW_MORE_STEP} more facts (${INITIAL_FACTS_SHOWN} of ${FACT_COUNT} shown)`,
    );
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(INITIAL_FACTS_SHOWN + SHOW_MORE_STEP);
  });

  it('searches ten thousand facts at once and renders only the first results', () => {
    show();
    type(mainSearch(), 'grain');
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(INITIAL_RESULTS_SHOWN);
    expect(
      button(section('Key facts'), `Show ${SHOW_MORE_STEP} more facts (${INITIAL_RESULTS_SHOWN} of 9999 shown)`),
    ).toBeDefined();
    type(mainSearch(), 'zurich');
    expect([...section('Key facts').querySelectorAll('.nc-fact-text')].map((p) => p.textContent)).toEqual([
      'The needle: Zürich agreed.',
    ]);
  });

  it('keeps the loading state while the knowledge is read', async () => {
    show({ knowledge: null });
    expect(container.querySelector('[aria-busy="true"]')?.textContent).toContain('Loading your sources');
    expect(container.textContent).not.toContain('No sources yet');
    await expectNoAxeViolations(container);
  });
});

describe('the sources in the header', () => {
  const details = () => container.querySelector<HTMLDetailsElement>('header details')!;
  const cites = () => [...details().querySelectorAll('cite')].map((c) => c.textContent);

  it('are folded away, newest first, the first few rendered and more on request', () => {
    show();
    expect(details().open).toBe(false);
    expect(details().querySelector('summary')?.textContent).toBe(`Show the ${SOURCE_COUNT} sources`);
    expect(cites()).toHaveLength(INITIAL_SOURCES_SHOWN);
    expect(cites().slice(0, 2)).toEqual(['Harbour report 399', 'Grain tariffs 398']);
    act(() =>
      button(
        details(),
        `Show ${SHOW_MORE_STEP} more sources (${INITIAL_SOURCES_SHOWN} of ${SOURCE_COUNT} shown)`,
      ).click(),
    );
    expect(cites()).toHaveLength(INITIAL_SOURCES_SHOWN + SHOW_MORE_STEP);
  });

  it('can be filtered with a box inside the disclosure', async () => {
    show();
    const filter = details().querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(container.querySelector(`label[for="${filter.id}"]`)?.textContent).toBe('Filter sources');
    type(filter, 'HARBOUR report 39');
    expect(cites()).toEqual([
      'Harbour report 399',
      'Harbour report 397',
      'Harbour report 395',
      'Harbour report 393',
      'Harbour report 391',
      'Harbour report 39',
    ]);
    expect(details().querySelector('[role="status"]')?.textContent).toBe(`6 of ${SOURCE_COUNT} sources match`);
    // The filter narrows the sources only: facts and quotes stay as they were.
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(INITIAL_FACTS_SHOWN);
    details().open = true;
    await expectNoAxeViolations(container);
  });
});
