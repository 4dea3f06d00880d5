// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_FACTS_SHOWN } from '../../../components/popup/FactList';
import type { PopupProps } from '../../../components/popup/Popup';
import type { Fact, KnowledgeBase } from '../../../lib/knowledge/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { expectNoAxeViolations as expectNoAxeViolationsIn } from './dom-test-kit';
import { renderPopup } from './render-popup';

const KNOWLEDGE: KnowledgeBase = {
  sources: [
    { id: 's1', title: 'Blinken meets Xi in Beijing', siteName: 'AP News', date: '2023-06-19', builtIn: true },
    { id: 's2', title: 'Trade talks resume', date: null, builtIn: false, url: 'https://example.org/trade' },
  ],
  entities: [
    {
      id: 'blinken',
      name: 'Antony Blinken',
      type: 'person',
      aliases: ['Blinken'],
      description: 'U.S. Secretary of State',
      sourceIds: ['s1'],
    },
    {
      id: 'xi',
      name: 'Xi Jinping',
      type: 'person',
      aliases: ['Xi'],
      description: 'Chinese President',
      sourceIds: ['s1'],
    },
    { id: 'beijing', name: 'Beijing', type: 'place', aliases: [], sourceIds: ['s1'] },
    { id: 'wto', name: 'World Trade Organization', type: 'organization', aliases: ['WTO'], sourceIds: ['s2'] },
  ],
  facts: [
    { id: 'f2', text: 'The two sides agreed to keep talking.', entityIds: [], sourceId: 's1', score: 2 },
    {
      id: 'f1',
      text: 'Blinken met Xi in Beijing on Monday.',
      entityIds: ['blinken', 'xi', 'beijing'],
      sourceId: 's1',
      score: 5,
    },
    { id: 'f3', text: 'Tariffs were on the agenda.', entityIds: ['wto'], sourceId: 's2', score: 1 },
  ],
  quotes: [
    { id: 'q1', text: 'We made progress.', speakerId: 'blinken', sourceId: 's1', sentence: '' },
    { id: 'q2', text: 'The world is big enough.', speakerId: 'xi', sourceId: 's1', sentence: '' },
    { id: 'q3', text: 'Nobody said this.', speakerId: null, sourceId: 's2', sentence: '' },
  ],
};

const READY = { state: 'ready' as const, hostname: 'news.example', counts: { xi: 2, blinken: 7, beijing: 3 } };

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(overrides: Partial<PopupProps> = {}) {
  return renderPopup(container, { knowledge: KNOWLEDGE, page: READY }, overrides);
}

const section = (heading: string) => {
  const h2 = [...container.querySelectorAll('h2')].find((h) => h.textContent === heading);
  if (!h2) throw new Error(`no section ${heading}`);
  return h2.closest('section') as HTMLElement;
};
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim());
const button = (name: string | RegExp) => {
  const found = [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const switchNamed = (label: string) => {
  const found = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  return found?.querySelector('input[role="switch"]') as HTMLInputElement;
};

function typeSearch(value: string) {
  const box = container.querySelector('input[type="search"]') as HTMLInputElement;
  act(() => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const expectNoAxeViolations = () => expectNoAxeViolationsIn(container);

describe('Popup', () => {
  it('heads the popup with every source and what the knowledge base holds', () => {
    show();
    const header = container.querySelector('header') as HTMLElement;
    expect(header.textContent).toContain('4 entities · 3 facts · 3 quotes from 2 sources');
    expect(texts(header, '.nc-sources li')).toEqual([
      'Blinken meets Xi in Beijing · AP News · 19 June 2023',
      'Trade talks resume · example.org · date unknown',
    ]);
  });

  it('folds a long list of sources away behind a disclosure', () => {
    const sources = ['a', 'b', 'c'].map((id) => ({ id, title: `Article ${id}`, date: null, builtIn: false }));
    show({ knowledge: { ...KNOWLEDGE, sources } });
    const details = container.querySelector('header details') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('Show the 3 sources');
    expect(texts(details, 'cite')).toEqual(['Article a', 'Article b', 'Article c']);
  });

  it('has the three sections and a labelled search box, with no axe violations', async () => {
    show();
    expect(texts(container, 'h2')).toEqual(['On this page', 'Key facts', 'Quotes']);
    expect(container.querySelector('label[for="nc-search-input"]')?.textContent).toBe('Search');
    await expectNoAxeViolations();
  });

  it('lists key facts best first with their entities as chips and their source', () => {
    show();
    const facts = section('Key facts').querySelectorAll('.nc-fact');
    expect([...facts].map((f) => f.querySelector('.nc-fact-text')?.textContent)).toEqual([
      'Blinken met Xi in Beijing on Monday.',
      'The two sides agreed to keep talking.',
      'Tariffs were on the agenda.',
    ]);
    expect(texts(facts[0], '.nc-chip')).toEqual(['Antony Blinken', 'Xi Jinping', 'Beijing']);
    expect(facts[0].querySelector('.nc-chip [role="img"]')?.getAttribute('aria-label')).toBe('Person');
    expect(facts[2].textContent).toContain('From Trade talks resume');
  });

  it('does not name the source of each fact when there is only one', () => {
    show({ knowledge: { ...KNOWLEDGE, sources: [KNOWLEDGE.sources[0]] } });
    expect(section('Key facts').textContent).not.toContain('From ');
  });

  it('shows the top facts first and all of them on request', () => {
    const many: Fact[] = Array.from({ length: INITIAL_FACTS_SHOWN + 3 }, (_, i) => ({
      id: `m${i}`,
      text: `Fact number ${i}`,
      entityIds: [],
      sourceId: 's1',
      score: 100 - i,
    }));
    show({ knowledge: { ...KNOWLEDGE, facts: many } });
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(INITIAL_FACTS_SHOWN);
    act(() => button(`Show all ${many.length} facts`).click());
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(many.length);
  });

  it('shows every quote with its speaker, the speaker’s role and its date', () => {
    show();
    expect(texts(section('Quotes'), 'blockquote')).toEqual([
      'We made progress.',
      'The world is big enough.',
      'Nobody said this.',
    ]);
    expect(texts(section('Quotes'), '.nc-speaker')).toEqual([
      'Antony Blinken, U.S. Secretary of State (as reported on 19 June 2023)',
      'Xi Jinping, Chinese President (as reported on 19 June 2023)',
      'Unattributed',
    ]);
  });

  it('copies a citation and says so on the button', async () => {
    const props = show();
    const copy = section('Quotes').querySelectorAll('button')[1];
    expect(copy.textContent).toBe('Copy quote by Xi Jinping');
    await act(async () => copy.click());
    expect(props.onCopy).toHaveBeenCalledWith(
      '“The world is big enough.” — Xi Jinping, Blinken meets Xi in Beijing, 19 June 2023',
    );
    expect(copy.textContent).toBe('Copied quote by Xi Jinping');
    expect(container.textContent).toContain('Citation copied to the clipboard.');
  });

  it('says when copying failed', async () => {
    show({ onCopy: () => Promise.reject(new Error('denied')) });
    const copy = section('Quotes').querySelector('button') as HTMLButtonElement;
    await act(async () => copy.click());
    expect(copy.textContent).toBe('Copy failed quote by Antony Blinken');
  });

  it('lists the names on this page most mentioned first and reveals the one chosen', () => {
    const props = show();
    const buttons = section('On this page').querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual([
      'Antony Blinken7 mentions',
      'Beijing3 mentions',
      'Xi Jinping2 mentions',
    ]);
    act(() => buttons[1].click());
    expect(props.onRevealEntity).toHaveBeenCalledWith('beijing');
  });

  it.each([
    [
      'no names were found',
      { page: { ...READY, counts: {} } },
      'No names from your sources are mentioned on this page.',
    ],
    [
      'highlighting is off on the site',
      { settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] } },
      'Highlighting is off on news.example',
    ],
    ['highlighting is off everywhere', { settings: { ...DEFAULT_SETTINGS, enabled: false } }, 'off everywhere'],
    [
      'the page is the browser’s own',
      { page: { state: 'unavailable' as const, reason: '' } },
      'cannot run on this page',
    ],
  ])('explains an empty "On this page" when %s', (_why, overrides, expected) => {
    show(overrides);
    const onPage = section('On this page');
    expect(onPage.querySelectorAll('button')).toHaveLength(0);
    expect(onPage.querySelector('.nc-empty')?.textContent).toContain(expected);
  });

  it('filters facts, quotes and names as the reader types, by name, alias and text', () => {
    show();
    typeSearch('XI');
    expect(texts(section('Key facts'), '.nc-fact-text')).toEqual(['Blinken met Xi in Beijing on Monday.']);
    expect(texts(section('Quotes'), 'blockquote')).toEqual(['The world is big enough.']);
    expect(texts(section('On this page'), '.nc-mention-name')).toEqual(['Xi Jinping']);

    typeSearch('wto');
    expect(texts(section('Key facts'), '.nc-fact-text')).toEqual(['Tariffs were on the agenda.']);
    expect(section('Quotes').textContent).toContain('No matches');

    typeSearch('progress');
    expect(texts(section('Quotes'), 'blockquote')).toEqual(['We made progress.']);
  });

  it('says "No matches" when nothing matches, and shows everything again when cleared', () => {
    show();
    typeSearch('zzz');
    expect(container.querySelector('.nc-top [role="status"]')?.textContent).toBe('No matches');
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(0);
    typeSearch('');
    expect(container.querySelector('.nc-top [role="status"]')?.textContent).toBe('');
    expect(section('Key facts').querySelectorAll('.nc-fact')).toHaveLength(3);
  });

  it('reflects and toggles highlighting globally and on this site', () => {
    const props = show({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] } });
    const global = switchNamed('Highlighting on');
    const site = switchNamed('Highlight on this site');
    expect(global.checked).toBe(true);
    expect(site.checked).toBe(false);
    act(() => site.click());
    expect(props.onToggleSite).toHaveBeenCalledWith(true);
    act(() => global.click());
    expect(props.onToggleGlobal).toHaveBeenCalledWith(false);
  });

  it('cannot switch a site on or off, nor add an article, on a page it cannot run on', () => {
    show({ page: { state: 'unavailable', reason: 'This is a browser page.' } });
    expect(switchNamed('Highlight on this site').disabled).toBe(true);
    expect(button('Add this article').disabled).toBe(true);
  });

  it.each([
    [{ state: 'working' as const }, 'Reading this article…', true],
    [{ state: 'done' as const, message: 'Added “Trade talks”: 4 names.' }, 'Added “Trade talks”: 4 names.', false],
    [{ state: 'error' as const, message: 'No article text found.' }, 'No article text found.', false],
  ])('adds this article and reports %j', (addArticle, message, disabled) => {
    const props = show({ addArticle });
    const add = button('Add this article');
    expect(container.querySelector('.nc-add [role="status"]')?.textContent).toBe(message);
    expect(add.disabled).toBe(disabled);
    act(() => add.click());
    expect(props.onAddArticle).toHaveBeenCalledTimes(disabled ? 0 : 1);
  });

  it('reports a storage problem as an alert', async () => {
    show({ problem: 'Stored sources were corrupt and have been set aside.' });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Stored sources were corrupt and have been set aside.',
    );
    await expectNoAxeViolations();
  });

  it('renders article text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    show({
      knowledge: {
        ...KNOWLEDGE,
        facts: [{ id: 'x', text: hostile, entityIds: [], sourceId: 's1', score: 1 }],
        quotes: [{ id: 'y', text: hostile, speakerId: null, sourceId: 's1', sentence: '' }],
      },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(section('Key facts').textContent).toContain(hostile);
  });

  it('has no axe violations in the empty and searching states', async () => {
    show({ knowledge: { sources: [], entities: [], facts: [], quotes: [] }, page: { state: 'loading' } });
    expect(container.textContent).toContain('No sources yet');
    await expectNoAxeViolations();
    show();
    typeSearch('zzz');
    await expectNoAxeViolations();
  });
});
