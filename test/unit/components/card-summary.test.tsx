// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TOP_FACT_COUNT } from '../../../components/card/FactList';
import { TOP_QUOTE_COUNT } from '../../../components/card/QuoteList';
import { TOP_ROLE_COUNT } from '../../../components/card/RoleList';
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';
import { expectNoAxeViolations } from './dom-test-kit';
import { BILL, BILL_KNOWLEDGE } from './many-reports-fixture';
import { renderHoverCard } from './render-card';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => act(() => render(null, container)));

function renderCard(entity: Entity = BILL, knowledge: KnowledgeBase = BILL_KNOWLEDGE) {
  renderHoverCard(container, entity, knowledge);
}
const texts = (selector: string) => [...container.querySelectorAll(selector)].map((node) => node.textContent);
const buttonNamed = (name: string) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent === name)!;

describe('HoverCard of a person many reports describe', () => {
  it('sums up one role many reports gave in one row', () => {
    renderCard();
    expect(texts('.nc-roles li')).toEqual(['President · 12 reports, Aug–Dec 1996']);
  });

  it(`shows the ${TOP_FACT_COUNT} newest facts with their source and date, the rest in place on "More facts"`, () => {
    renderCard();
    expect(texts('.nc-fact-source')).toEqual([
      'Report source:bill-11, 18 December 1996',
      'Report source:bill-10, 10 December 1996',
      'Report source:bill-9, 2 December 1996',
    ]);
    const more = buttonNamed(`More facts (${BILL_KNOWLEDGE.facts.length - TOP_FACT_COUNT})`);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(texts('.nc-facts li')).toHaveLength(BILL_KNOWLEDGE.facts.length);
    expect(buttonNamed('Fewer facts').getAttribute('aria-expanded')).toBe('true');
  });

  it(`shows the ${TOP_QUOTE_COUNT} newest quotes with source and date, the rest on "More quotes"`, () => {
    renderCard();
    expect(texts('.nc-attribution')).toEqual([
      '— Bill Clinton, Report source:bill-11, 18 December 1996',
      '— Bill Clinton, Report source:bill-10, 10 December 1996',
      '— Bill Clinton, Report source:bill-9, 2 December 1996',
    ]);
    const more = buttonNamed(`More quotes (${BILL_KNOWLEDGE.quotes.length - TOP_QUOTE_COUNT})`);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(texts('.nc-quote')).toHaveLength(BILL_KNOWLEDGE.quotes.length);
    expect(buttonNamed('Fewer quotes').getAttribute('aria-expanded')).toBe('true');
  });

  it(`lists at most ${TOP_ROLE_COUNT} roles, the rest on "More roles"`, () => {
    const roles = ['Governor', 'Attorney General', 'Professor', 'Candidate', 'President'].map((description, i) => ({
      sourceId: `source:bill-${i}`,
      description,
      date: BILL_KNOWLEDGE.sources[i]!.date,
    }));
    renderCard({ ...BILL, roles });
    expect(texts('.nc-role')).toEqual(['President', 'Candidate', 'Professor']);
    act(() => buttonNamed('More roles (2)').click());
    expect(texts('.nc-role')).toEqual(['President', 'Candidate', 'Professor', 'Attorney General', 'Governor']);
  });

  it('keeps its name and close button in a header that stays put while the content scrolls', () => {
    renderCard();
    const sticky = container.querySelector('.nc-sticky');
    expect(sticky?.querySelector('h2')?.textContent).toBe('Bill Clinton');
    expect(sticky?.querySelector('button[aria-label="Close"]')).not.toBeNull();
  });

  it('has no accessibility violations, expanded', async () => {
    renderCard();
    act(() => buttonNamed('More facts (9)').click());
    act(() => buttonNamed('More quotes (9)').click());
    await expectNoAxeViolations(container);
  });
});

describe('HoverCard: why reports are one person', () => {
  const merged: Entity = {
    ...BILL,
    mergedBecause: [
      { sourceId: 'source:bill-3', reason: 'same name “Bill Clinton”' },
      { sourceId: 'source:bill-7', reason: 'the only known person called “Clinton”' },
    ],
  };

  it('says, behind a closed disclosure, why each report joined, citing the report', () => {
    renderCard(merged);
    const details = container.querySelector('details.nc-why') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Why these reports are one person');
    expect(texts('.nc-why li')).toEqual([
      'Same name “Bill Clinton” — Report source:bill-3, 19 September 1996',
      'The only known person called “Clinton” — Report source:bill-7, 6 November 1996',
    ]);
  });

  it('has no such disclosure for a person one report describes', () => {
    renderCard(BILL);
    expect(container.querySelector('.nc-why')).toBeNull();
  });

  it('passes axe with the disclosure open', async () => {
    renderCard(merged);
    act(() => {
      (container.querySelector('details.nc-why') as HTMLDetailsElement).open = true;
    });
    await expectNoAxeViolations(container);
  });
});
