// @vitest-environment happy-dom

import { describe, expect, it, vi } from 'vitest';
import { SiteLearning } from '../../../components/popup/SiteLearning';
import type { PageLearning } from '../../../lib/messages';
import { buttonsStartingWith, click, switchLabelled, useContainer } from '../learn/render-kit';
import { expectNoAxeViolations } from './dom-test-kit';

const SWITCH = 'Learn from articles on this site';
const dom = useContainer();

interface Shown {
  hostname?: string | null;
  on?: boolean;
  learning?: PageLearning;
  problem?: string | null;
}

function show({ hostname = 'news.example', on = true, learning = { state: 'waiting' }, problem = null }: Shown = {}) {
  const onToggle = vi.fn();
  const onUndo = vi.fn();
  dom.show(
    <SiteLearning
      hostname={hostname}
      on={on}
      learning={learning}
      problem={problem}
      onToggle={onToggle}
      onUndo={onUndo}
    />,
  );
  const status = dom.container.querySelector('[role="status"]') as HTMLElement;
  return { onToggle, onUndo, status, toggle: switchLabelled(dom.container, SWITCH) };
}

const LEARNED: PageLearning = { state: 'learned', sourceId: 'source:bridge', title: 'Bridge opens', replaced: false };

describe('SiteLearning', () => {
  it.each([
    [true, true],
    [false, false],
  ])('when on is %s the switch reads checked: %s', (on, checked) => {
    const { toggle } = show({ on });
    expect(toggle.checked).toBe(checked);
    expect(toggle.getAttribute('aria-checked')).toBe(String(checked));
  });

  it.each([
    ['turning it on', false, true],
    ['turning it off', true, false],
  ])('%s calls onToggle(%s → %s)', (_label, on, next) => {
    const { toggle, onToggle } = show({ on });
    click(toggle);
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(next);
  });

  it('is disabled where nothing can be learned (no hostname)', () => {
    const { toggle, onToggle } = show({ hostname: null, on: false });
    expect(toggle.disabled).toBe(true);
    click(toggle);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('is enabled on a web page', () => {
    expect(show({ on: false }).toggle.disabled).toBe(false);
  });

  it('says "Learned from this page · Undo", and Undo calls onUndo with the source id', () => {
    const { status, onUndo } = show({ learning: LEARNED });
    expect(status.textContent?.replace(/\s+/g, ' ').trim()).toBe('Learned from this page · Undo');
    const [undo] = buttonsStartingWith(status, 'Undo');
    click(undo!);
    expect(onUndo).toHaveBeenCalledExactlyOnceWith('source:bridge');
  });

  it('says "Updated from this page" when the article replaced an earlier version', () => {
    const { status } = show({ learning: { ...LEARNED, replaced: true } });
    expect(status.textContent).toContain('Updated from this page');
    expect(buttonsStartingWith(status, 'Undo')).toHaveLength(1);
  });

  it('shows why the page was skipped, with no Undo', () => {
    const { status } = show({ learning: { state: 'skipped', reason: 'too short to carry a story' } });
    expect(status.textContent).toBe('too short to carry a story');
    expect(buttonsStartingWith(status, 'Undo')).toHaveLength(0);
  });

  it('while waiting, says what is learned here', () => {
    expect(show().status.textContent).toBe('Articles you stay on for a few seconds are learned here.');
  });

  it('says nothing of learning while the site is off', () => {
    const { status } = show({ on: false, learning: LEARNED });
    expect(status.textContent).toBe('');
  });

  it('shows a problem as an error, in place of the learning status', () => {
    const { status } = show({ learning: LEARNED, problem: 'Access to news.example was not given.' });
    expect(status.textContent).toBe('Access to news.example was not given.');
    expect(status.classList.contains('nc-error')).toBe(true);
    expect(buttonsStartingWith(status, 'Undo')).toHaveLength(0);
  });

  it('a status without a problem is not an error', () => {
    expect(show({ learning: LEARNED }).status.classList.contains('nc-error')).toBe(false);
  });

  it.each<[string, Shown]>([
    ['learned', { learning: LEARNED }],
    ['skipped', { learning: { state: 'skipped', reason: 'no people, places or organisations named' } }],
    ['a problem', { problem: 'Access was not given.' }],
    ['no hostname', { hostname: null, on: false }],
  ])('has no axe violations (%s)', async (_label, shown) => {
    show(shown);
    await expectNoAxeViolations(dom.container);
  });
});
