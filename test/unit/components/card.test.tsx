// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOP_FACT_COUNT } from '../../../components/card/FactList';
import { HoverCard, type HoverCardProps } from '../../../components/card/HoverCard';
import { COPIED_FEEDBACK_MS } from '../../../components/card/QuoteList';
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';
import { BLINKEN, KNOWLEDGE, QUOTES, SOURCE, WANG } from './card-fixture';
import { expectNoAxeViolations } from './dom-test-kit';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

function renderCard(overrides: Partial<HoverCardProps> = {}) {
  const props: HoverCardProps = {
    entity: BLINKEN,
    knowledge: KNOWLEDGE,
    mentionsOnPage: 4,
    onClose: vi.fn(),
    onCopy: vi.fn(),
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
    ...overrides,
  };
  act(() => render(<HoverCard {...props} />, container));
  return props;
}

const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]')!;
const texts = (selector: string) => [...container.querySelectorAll(selector)].map((node) => node.textContent);
const buttonNamed = (name: string) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent === name)!;

/** The accessible name from aria-labelledby, as a screen reader computes it for this dialog. */
function accessibleName(element: HTMLElement): string {
  const ids = element.getAttribute('aria-labelledby')?.split(' ') ?? [];
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}

describe('HoverCard', () => {
  it('is a non-modal dialog named after the entity', () => {
    renderCard();
    expect(dialog().getAttribute('aria-modal')).toBe('false');
    expect(accessibleName(dialog())).toBe('Antony Blinken');
    expect(container.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe('Person');
  });

  it('shows the role as reported with the source date and title', () => {
    renderCard();
    expect(texts('.nc-role')).toEqual(['U.S. Secretary of State']);
    expect(texts('.nc-reported')).toEqual(['as reported on 19 June 2023 — Blinken meets Xi in Beijing']);
  });

  it('shows each role with its own date when sources disagree', () => {
    const later = { id: 'source:later', title: 'Later', date: '2025-01-21', builtIn: false };
    const entity: Entity = {
      ...BLINKEN,
      roles: [
        { sourceId: SOURCE.id, description: 'U.S. Secretary of State', date: '2023-06-19' },
        { sourceId: later.id, description: 'former Secretary of State', date: '2025-01-21' },
      ],
    };
    renderCard({ entity, knowledge: { ...KNOWLEDGE, sources: [SOURCE, later] } });
    expect(texts('.nc-role')).toEqual(['former Secretary of State', 'U.S. Secretary of State']);
    expect(texts('.nc-reported')).toEqual([
      'as reported on 21 January 2025 — Later',
      'as reported on 19 June 2023 — Blinken meets Xi in Beijing',
    ]);
  });

  it('shows how often the entity is mentioned on the page', () => {
    renderCard({ mentionsOnPage: 4 });
    expect(container.querySelector('.nc-mentions')?.textContent).toBe('Mentioned 4 times on this page');
  });

  it('shows the top three facts, then the rest on "More facts"', () => {
    renderCard();
    expect(texts('.nc-facts li')).toEqual([
      'Blinken met Xi Jinping in Beijing on Monday.',
      'Blinken is the most senior U.S. official to visit China in five years.',
      'Blinken held talks with Wang Yi for three hours.',
    ]);
    const more = buttonNamed('More facts (2)');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(texts('.nc-facts li')).toHaveLength(5);
    expect(texts('.nc-facts li')[4]).toBe('The visit had been postponed in February.');
    expect(buttonNamed('Fewer facts').getAttribute('aria-expanded')).toBe('true');
  });

  it('has no "More facts" button with three facts or fewer', () => {
    renderCard({ entity: WANG });
    expect(texts('.nc-facts li')).toHaveLength(2);
    expect(texts('button')).not.toContain('More facts (0)');
    expect(container.querySelector('.nc-more')).toBeNull();
  });

  it("lists the entity's own quotes first, then quotes that name it", () => {
    renderCard();
    expect(texts('.nc-quote')).toEqual([
      '“We are committed to managing this relationship”',
      '“Progress is hard”',
      '“The two sides have made progress”',
      '“Blinken was received warmly”',
    ]);
    expect(texts('.nc-attribution')).toEqual([
      '— Antony Blinken, 19 June 2023',
      '— Antony Blinken, 19 June 2023',
      '— Xi Jinping, 19 June 2023',
      '— Unattributed, 19 June 2023',
    ]);
  });

  it('copies a quote with its citation and says "Copied" briefly', async () => {
    vi.useFakeTimers();
    const props = renderCard({ entity: WANG, onCopy: vi.fn(async () => {}) });
    const copy = buttonNamed('Copy quote');
    await act(async () => copy.click());
    expect(props.onCopy).toHaveBeenCalledWith(
      '“China will not compromise on Taiwan” — Wang Yi, Blinken meets Xi in Beijing, 19 June 2023, https://example.com/blinken-beijing',
    );
    expect(copy.textContent).toBe('Copied');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Quote copied with its citation');
    act(() => {
      vi.advanceTimersByTime(COPIED_FEEDBACK_MS);
    });
    expect(copy.textContent).toBe('Copy quote');
  });

  it('says so when copying fails', async () => {
    renderCard({ entity: WANG, onCopy: vi.fn(async () => Promise.reject(new Error('denied'))) });
    const copy = buttonNamed('Copy quote');
    await act(async () => {
      copy.click();
      await new Promise((settled) => setTimeout(settled, 0)); // let the rejection reach the card's catch
    });
    expect(copy.textContent).toBe('Copy quote');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Could not copy the quote');
  });

  it('shows entities from the same facts as related chips', () => {
    renderCard();
    expect(texts('.nc-chip')).toEqual(['Xi Jinping', 'Beijing', 'Wang Yi']);
  });

  it('calls onClose on Escape pressed anywhere in the dialog, and on the close button', () => {
    const props = renderCard();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    buttonNamed('Copy quote').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    expect(outside).toHaveBeenCalledTimes(1); // only the Enter reached the page
    document.removeEventListener('keydown', outside);
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click());
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('reports the pointer entering and leaving the card', () => {
    const props = renderCard();
    dialog().dispatchEvent(new PointerEvent('pointerenter'));
    dialog().dispatchEvent(new PointerEvent('pointerleave'));
    expect(props.onPointerEnter).toHaveBeenCalledTimes(1);
    expect(props.onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('renders untrusted text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const entity: Entity = { ...BLINKEN, name: hostile, description: hostile };
    const knowledge: KnowledgeBase = {
      ...KNOWLEDGE,
      entities: [entity],
      quotes: [{ ...QUOTES[1], text: hostile }],
      facts: [{ ...KNOWLEDGE.facts[1], text: hostile }],
    };
    renderCard({ entity, knowledge });
    expect(container.querySelector('img, b')).toBeNull();
    expect(accessibleName(dialog())).toBe(hostile);
    expect(texts('.nc-facts li')).toEqual([hostile]);
    expect(texts('.nc-quote')).toEqual([`“${hostile}”`]);
  });

  it('resets "More facts" when the card switches to another entity', () => {
    const props = renderCard();
    act(() => buttonNamed('More facts (2)').click());
    act(() => render(<HoverCard {...props} entity={WANG} />, container));
    act(() => render(<HoverCard {...props} entity={BLINKEN} />, container));
    expect(texts('.nc-facts li')).toHaveLength(TOP_FACT_COUNT);
  });

  it.each(['light', 'dark', 'auto'] as const)('applies the %s theme class', (theme) => {
    renderCard({ theme });
    expect(dialog().classList.contains(`nc-theme-${theme}`)).toBe(true);
  });

  it('puts every control in the Tab order', () => {
    renderCard();
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual([
      '×',
      'More facts (2)',
      'Copy quote',
      'Copy quote',
      'Copy quote',
      'Copy quote',
    ]);
    expect(buttons.every((button) => button.tabIndex === 0 && !button.disabled)).toBe(true);
  });

  it('has no accessibility violations (colour contrast is checked separately)', async () => {
    renderCard();
    act(() => buttonNamed('More facts (2)').click());
    await expectNoAxeViolations(container);
  });
});
