// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AmbiguousCard, type AmbiguousCardProps } from '../../../components/card/AmbiguousCard';
import { expectNoAxeViolations } from './dom-test-kit';
import { BILL, BILL_KNOWLEDGE, HILLARY, HILLARY_KNOWLEDGE } from './many-reports-fixture';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => act(() => render(null, container)));

function renderCard(overrides: Partial<AmbiguousCardProps> = {}) {
  const props: AmbiguousCardProps = {
    shortForm: 'Clinton',
    candidates: [
      { entity: HILLARY, knowledge: HILLARY_KNOWLEDGE },
      { entity: BILL, knowledge: BILL_KNOWLEDGE },
    ],
    mentionsOnPage: vi.fn(() => 0),
    onClose: vi.fn(),
    onCopy: vi.fn(),
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
    onChoose: vi.fn(),
    ...overrides,
  };
  act(() => render(<AmbiguousCard {...props} />, container));
  return props;
}

const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]')!;
const byIds = (element: HTMLElement, attribute: string) =>
  (element.getAttribute(attribute) ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const candidateButtons = () => [...container.querySelectorAll<HTMLButtonElement>('.nc-candidates button')];
const buttonStarting = (prefix: string) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent?.startsWith(prefix))!;

describe('AmbiguousCard', () => {
  it('is a non-modal dialog named after the short form and how many people share it', () => {
    renderCard();
    expect(dialog().getAttribute('aria-modal')).toBe('false');
    expect(byIds(dialog(), 'aria-labelledby')).toBe('Clinton: 2 people');
  });

  it('says plainly that the page does not say which one', () => {
    renderCard();
    expect(byIds(dialog(), 'aria-describedby')).toBe(
      'This page does not say which Clinton it means. Choose one to see their card.',
    );
  });

  it('lists the people most recently reported first, with their newest role, date and number of reports', () => {
    renderCard();
    expect(candidateButtons().map((button) => button.textContent)).toEqual([
      'Bill Clinton President · 12 reports, newest 18 December 1996',
      'Hillary Rodham Clinton First lady · 3 reports, newest 12 November 1996',
    ]);
  });

  it("opens the chosen person's full card in place, with a way back to the list", () => {
    const props = renderCard({ mentionsOnPage: vi.fn(() => 3) });
    act(() => candidateButtons()[1]!.click());
    expect(props.onChoose).toHaveBeenLastCalledWith(HILLARY.id);
    expect(byIds(dialog(), 'aria-labelledby')).toBe('Hillary Rodham Clinton');
    expect(container.querySelector('.nc-roles')?.textContent).toBe('First lady · 3 reports, Sep–Nov 1996');
    expect(container.querySelector('.nc-mentions')?.textContent).toBe('Mentioned 3 times on this page');
    expect(document.activeElement).toBe(dialog());

    act(() => buttonStarting('←').click());
    expect(props.onChoose).toHaveBeenLastCalledWith(null);
    expect(byIds(dialog(), 'aria-labelledby')).toBe('Clinton: 2 people');
    expect(document.activeElement).toBe(candidateButtons()[1]);
  });

  it.each([
    ['the list', false],
    ['a chosen card', true],
  ])('closes on Escape and on the close button in %s', (_where, choose) => {
    const props = renderCard();
    if (choose) act(() => candidateButtons()[0]!.click());
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.removeEventListener('keydown', outside);
    expect(outside).not.toHaveBeenCalled();
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click());
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('reports the pointer entering and leaving, as a card does', () => {
    const props = renderCard();
    dialog().dispatchEvent(new PointerEvent('pointerenter'));
    dialog().dispatchEvent(new PointerEvent('pointerleave'));
    expect(props.onPointerEnter).toHaveBeenCalledTimes(1);
    expect(props.onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('renders untrusted names as text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderCard({ shortForm: hostile, candidates: [{ entity: { ...BILL, name: hostile }, knowledge: BILL_KNOWLEDGE }] });
    expect(container.querySelector('img')).toBeNull();
    expect(byIds(dialog(), 'aria-labelledby')).toBe(`${hostile}: 1 person`);
  });

  it.each([
    ['the list', false],
    ['a chosen card', true],
  ])('has no accessibility violations in %s', async (_where, choose) => {
    renderCard();
    if (choose) act(() => candidateButtons()[0]!.click());
    await expectNoAxeViolations(container);
  });
});
