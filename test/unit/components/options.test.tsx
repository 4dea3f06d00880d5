// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../../components/options/Options';
import { parseHoverDelay, withEntityType, withSiteEnabled } from '../../../components/options/settingsEdits';
import { DEFAULT_SETTINGS, MAX_HOVER_DELAY_MS, type Settings } from '../../../lib/settings';
import { expectNoAxeViolations } from './dom-test-kit';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] };
const SHORTCUTS = [
  { name: 'next-mention', description: 'Go to the next highlighted name', shortcut: 'Alt+Shift+Right' },
  { name: 'previous-mention', description: 'Go to the previous highlighted name', shortcut: '' },
];

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    settings: SETTINGS,
    onChange: vi.fn(),
    shortcuts: SHORTCUTS,
    onOpenShortcutSettings: vi.fn(),
    sources: [],
    onToggleSource: vi.fn(),
    onRemoveSource: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  act(() => render(<Options {...props} />, container));
  return props;
}

/** The form control whose label (or legend-less label wrapper) reads exactly `text`. */
function control(text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  const input = label.htmlFor ? container.querySelector(`#${label.htmlFor}`) : label.querySelector('input');
  return input as HTMLInputElement;
}

function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const lastChange = (props: OptionsProps) => vi.mocked(props.onChange).mock.lastCall?.[0];

describe('settings edits', () => {
  it.each([
    ['250', 250],
    ['0', 0],
    [String(MAX_HOVER_DELAY_MS), MAX_HOVER_DELAY_MS],
    ['120.6', 121],
    [String(MAX_HOVER_DELAY_MS + 1), null],
    ['-5', null],
    ['', null],
    ['soon', null],
  ])('hover delay %j → %j', (text, expected) => {
    expect(parseHoverDelay(text)).toBe(expected);
  });

  it('switches one site back on and one entity type off, leaving the rest', () => {
    expect(withSiteEnabled(SETTINGS, 'a.example').disabledSites).toEqual(['b.example']);
    expect(withEntityType(SETTINGS, 'place', false).entityTypes).toEqual({
      person: true,
      place: false,
      organization: true,
    });
  });
});

describe('Options', () => {
  it('has a heading per panel and no axe violations', async () => {
    show({ problem: 'Stored settings were unreadable and were reset.' });
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Highlighting',
      'Sites where highlighting is off',
      'Keyboard shortcuts',
      'Sources',
    ]);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Stored settings were unreadable and were reset.',
    );
    await expectNoAxeViolations(container);
  });

  it('offers to delete set-aside unreadable data, and only when asked', () => {
    const props = show({ problem: 'Some stored data could not be read.', onDiscardProblem: vi.fn() });
    const discard = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Delete the unreadable data',
    );
    expect(props.onDiscardProblem).not.toHaveBeenCalled();
    act(() => discard?.click());
    expect(props.onDiscardProblem).toHaveBeenCalledTimes(1);
  });

  it('saves a typed hover delay within bounds and explains one out of bounds', () => {
    const props = show();
    const delay = control('Hover delay');
    expect(delay.value).toBe(String(DEFAULT_SETTINGS.hoverDelayMs));
    expect(delay.max).toBe(String(MAX_HOVER_DELAY_MS));

    typeInto(delay, '900');
    expect(lastChange(props)).toEqual({ ...SETTINGS, hoverDelayMs: 900 });

    typeInto(delay, '99999');
    expect(props.onChange).toHaveBeenCalledTimes(1);
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#nc-hover-delay-hint')?.textContent).toContain(`0 to ${MAX_HOVER_DELAY_MS}`);
  });

  it('switches highlighting off everywhere', () => {
    const props = show();
    act(() => control('Highlighting on').click());
    expect(lastChange(props)).toEqual({ ...SETTINGS, enabled: false });
  });

  it('offers underline or tint as a radio group and saves the choice', () => {
    const props = show();
    const legend = [...container.querySelectorAll('legend')].find((l) => l.textContent === 'Highlight style');
    const radios = [...(legend?.parentElement?.querySelectorAll('input[type="radio"]') ?? [])] as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['underline', true],
      ['tint', false],
    ]);
    act(() => radios[1].click());
    expect(lastChange(props)).toEqual({ ...SETTINGS, highlightStyle: 'tint' });
  });

  it('turns one kind of name off', () => {
    const props = show();
    const organisation = control('Organisation');
    expect(organisation.checked).toBe(true);
    act(() => organisation.click());
    expect(lastChange(props)?.entityTypes).toEqual({ person: true, place: true, organization: false });
  });

  it('lists the shortcuts, says which are unset, and opens the browser’s shortcut settings', () => {
    const props = show();
    const rows = [...container.querySelectorAll('.nc-row')].filter((row) => row.textContent?.includes('highlighted'));
    expect(rows.map((row) => row.textContent)).toEqual([
      'Go to the next highlighted nameAlt+Shift+Right',
      'Go to the previous highlighted nameNot set',
    ]);
    const open = [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Change shortcuts'));
    act(() => open?.click());
    expect(props.onOpenShortcutSettings).toHaveBeenCalledTimes(1);
  });

  it('lists the sites where highlighting is off and switches one back on', () => {
    const props = show();
    const removeB = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Remove b.example');
    act(() => removeB?.click());
    expect(lastChange(props)?.disabledSites).toEqual(['a.example']);
    expect(document.activeElement?.textContent).toBe('Sites where highlighting is off');
  });

  it('says when highlighting is on everywhere', () => {
    show({ settings: DEFAULT_SETTINGS });
    expect(container.textContent).toContain('None: highlighting runs on every site.');
  });
});
