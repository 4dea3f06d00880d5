// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps, type SourceSummary } from '../../../components/options/Options';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { expectNoAxeViolations as expectNoAxeViolationsIn } from './dom-test-kit';

const SOURCES: SourceSummary[] = [
  {
    id: 'seed',
    title: 'Blinken meets Xi in Beijing',
    siteName: 'AP News',
    date: '2023-06-19',
    builtIn: true,
    enabled: true,
    counts: { entities: 24, facts: 9, quotes: 4 },
  },
  {
    id: 'added',
    title: 'Trade talks resume',
    date: null,
    url: 'https://example.org/trade',
    builtIn: false,
    enabled: false,
    counts: { entities: 1, facts: 1, quotes: 0 },
  },
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
    settings: DEFAULT_SETTINGS,
    onChange: vi.fn(),
    shortcuts: [],
    onOpenShortcutSettings: vi.fn(),
    sources: SOURCES,
    onToggleSource: vi.fn(),
    onRemoveSource: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  act(() => render(<Options {...props} />, container));
  return props;
}

const items = () => [...container.querySelectorAll('.nc-source')] as HTMLElement[];
const buttonIn = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement | undefined;

const expectNoAxeViolations = () => expectNoAxeViolationsIn(container);

describe('Options: Sources', () => {
  it('lists every source with title, site, date and counts', async () => {
    show();
    expect(items().map((item) => item.querySelector('h3')?.textContent)).toEqual([
      'Blinken meets Xi in Beijing',
      'Trade talks resume',
    ]);
    expect(items()[0].textContent).toContain('AP News · 19 June 2023');
    expect(items()[0].textContent).toContain('24 entities · 9 facts · 4 quotes');
    expect(items()[0].textContent).toContain('Built-in');
    expect(items()[1].textContent).toContain('example.org · date unknown · https://example.org/trade');
    expect(items()[1].textContent).toContain('1 entity · 1 fact · 0 quotes');
    await expectNoAxeViolations();
  });

  it('switches a source on or off, built-in included', () => {
    const props = show();
    const [seedSwitch, addedSwitch] = items().map(
      (item) => item.querySelector('input[role="switch"]') as HTMLInputElement,
    );
    expect([seedSwitch.checked, addedSwitch.checked]).toEqual([true, false]);
    act(() => seedSwitch.click());
    expect(props.onToggleSource).toHaveBeenLastCalledWith('seed', false);
    act(() => addedSwitch.click());
    expect(props.onToggleSource).toHaveBeenLastCalledWith('added', true);
  });

  it('offers no Remove for the built-in source', () => {
    show();
    expect(items()[0].querySelectorAll('button')).toHaveLength(0);
  });

  it('removes an added source only after confirmation', async () => {
    const props = show();
    act(() => buttonIn(items()[1], 'Remove Trade talks resume')?.click());
    expect(props.onRemoveSource).not.toHaveBeenCalled();
    const confirm = buttonIn(items()[1], 'Yes, remove Trade talks resume');
    expect(document.activeElement).toBe(confirm);
    await expectNoAxeViolations();
    act(() => confirm?.click());
    expect(props.onRemoveSource).toHaveBeenCalledWith('added');
  });

  it('keeps the source when removal is cancelled, returning focus to Remove', () => {
    const props = show();
    act(() => buttonIn(items()[1], 'Remove Trade talks resume')?.click());
    act(() => buttonIn(items()[1], 'Cancel')?.click());
    expect(props.onRemoveSource).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(buttonIn(items()[1], 'Remove Trade talks resume'));
  });

  it('says what to do when there are no sources', () => {
    show({ sources: [] });
    expect(container.textContent).toContain('No sources. Add an article from the toolbar popup');
  });

  it('exports and imports knowledge as JSON', () => {
    const props = show();
    act(() => buttonIn(container, 'Export knowledge (JSON)')?.click());
    expect(props.onExport).toHaveBeenCalledTimes(1);

    const input = container.querySelector('#nc-import') as HTMLInputElement;
    expect(container.querySelector('label[for="nc-import"]')?.textContent).toBe('Import knowledge');
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    const file = new File(['{"sources":[]}'], 'knowledge.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it.each([
    ['error', 'alert', 'That file is not News Context knowledge.'],
    ['success', 'status', 'Imported 2 sources.'],
  ] as const)('shows an import %s in role=%s', async (kind, role, text) => {
    show({ importMessage: { kind, text } });
    expect(container.querySelector(`.nc-transfer [role="${role}"]`)?.textContent).toBe(text);
    await expectNoAxeViolations();
  });

  it('renders source titles as text, never as HTML', () => {
    show({ sources: [{ ...SOURCES[1], title: '<img src=x onerror="alert(1)">' }] });
    expect(container.querySelector('img')).toBeNull();
    expect(items()[0].querySelector('h3')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});
