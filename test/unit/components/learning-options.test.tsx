// @vitest-environment happy-dom

import { describe, expect, it, vi } from 'vitest';
import { LearningPanel } from '../../../components/options/LearningPanel';
import type { SourceSummary } from '../../../lib/knowledge/stored-state';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { buttonsStartingWith, click, switchLabelled, typeInto, useContainer } from '../learn/render-kit';
import { expectNoAxeViolations } from './dom-test-kit';

const dom = useContainer();
const COUNTS = { entities: 2, quotes: 1, facts: 1 };

/** A source learned on `site` (or added by hand when site is null) on 2024-05-`day`. */
function source(title: string, day: string, site: string | null): SourceSummary {
  return {
    id: `source:${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    date: `2024-05-${day}`,
    builtIn: false,
    enabled: true,
    addedAt: `2024-05-${day}T10:00:00.000Z`,
    ...(site ? { learnedFrom: site } : {}),
    counts: COUNTS,
  };
}

const SOURCES: SourceSummary[] = [
  source('Bridge opens', '02', 'news.example'),
  source('Council votes on tolls', '05', 'news.example'),
  source('Added by hand', '06', null),
  source('Harbour traffic falls', '04', 'old.example'),
];

function show(settings: Partial<Settings> = {}, sources: SourceSummary[] | null = SOURCES) {
  const props = {
    settings: { ...DEFAULT_SETTINGS, learningSites: ['news.example', 'new.example'], ...settings },
    sources,
    onChange: vi.fn(),
    onSiteLearning: vi.fn(),
    onForgetSite: vi.fn(),
    onRemoveSource: vi.fn(),
  };
  dom.show(<LearningPanel {...props} />);
  return props;
}

const siteRows = () => {
  const list = dom.container.querySelector('ul[aria-label="Sites that learn"]');
  return [...(list?.querySelectorAll('li') ?? [])];
};
const rowText = (row: Element) => row.textContent?.replace(/\s+/g, ' ').trim();
const recentRows = () => [...dom.container.querySelectorAll('ul[aria-labelledby="nc-recent-heading"] li')];
const limitField = () => dom.container.querySelector('#nc-learned-limit') as HTMLInputElement;

describe('LearningPanel: sites', () => {
  it('lists the sites that learn and the sites with learned articles, once each', () => {
    show();
    expect(siteRows().map((row) => row.querySelector('.nc-switch-label')?.textContent)).toEqual([
      'new.example learns',
      'news.example learns',
      'old.example learns',
    ]);
  });

  it.each([
    ['news.example', true, '2 articles learned', true],
    ['new.example', true, '0 articles learned', false],
    ['old.example', false, '1 article learned', true],
  ])('%s: switch on=%s, "%s", forget button %s', (site, on, count, forget) => {
    show();
    const row = siteRows().find((r) => r.querySelector('.nc-switch-label')?.textContent?.startsWith(site))!;
    expect(switchLabelled(row, site).checked).toBe(on);
    expect(rowText(row)).toContain(count);
    expect(buttonsStartingWith(row, 'Forget what was learned here')).toHaveLength(forget ? 1 : 0);
  });

  it('the switch asks to turn the site off or on', () => {
    const props = show();
    click(switchLabelled(dom.container, 'news.example'));
    expect(props.onSiteLearning).toHaveBeenCalledExactlyOnceWith('news.example', false);
    click(switchLabelled(dom.container, 'old.example'));
    expect(props.onSiteLearning).toHaveBeenLastCalledWith('old.example', true);
  });

  it('"Forget what was learned here" forgets that site', () => {
    const props = show();
    const [forget] = buttonsStartingWith(dom.container, 'Forget what was learned here (old.example)');
    click(forget!);
    expect(props.onForgetSite).toHaveBeenCalledExactlyOnceWith('old.example');
  });

  it('says so when no site learns', () => {
    show({ learningSites: [] }, []);
    expect(siteRows()).toHaveLength(0);
    expect(dom.container.textContent).toContain('No site learns yet.');
  });
});

describe('LearningPanel: recently learned', () => {
  it('lists learned articles only, newest first', () => {
    show();
    expect(recentRows().map((row) => row.querySelector('.nc-row-main')?.firstChild?.textContent)).toEqual([
      'Council votes on tolls',
      'Harbour traffic falls',
      'Bridge opens',
    ]);
  });

  it('Remove removes that article', () => {
    const props = show();
    const [remove] = buttonsStartingWith(dom.container, 'Remove Harbour traffic falls');
    click(remove!);
    expect(props.onRemoveSource).toHaveBeenCalledExactlyOnceWith('source:harbour-traffic-falls');
  });

  it.each<[string, SourceSummary[] | null, string]>([
    ['still loading', null, 'Loading…'],
    ['nothing learned', [source('Added by hand', '06', null)], 'Nothing learned yet.'],
  ])('%s: says so', (_label, sources, text) => {
    show({}, sources);
    expect(recentRows()).toHaveLength(0);
    expect(dom.container.textContent).toContain(text);
  });

  it('shows the newest 20, then all of them on "Show all"', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      source(`Story ${i + 1}`, String(i + 1).padStart(2, '0'), 'a.example'),
    );
    show({}, many);
    expect(recentRows()).toHaveLength(20);
    expect(rowText(recentRows()[0]!)).toContain('Story 25');
    const [showAll] = buttonsStartingWith(dom.container, 'Show all 25');
    click(showAll!);
    expect(recentRows()).toHaveLength(25);
    expect(buttonsStartingWith(dom.container, 'Show all')).toHaveLength(0);
  });
});

describe('LearningPanel: the limit', () => {
  it('shows the current limit', () => {
    show({ learnedLimit: 120 });
    expect(limitField().value).toBe('120');
  });

  it.each(['5', '9', '10001', '50.5', 'lots', ''])(
    'refuses %o: marked invalid, says what to type, saves nothing',
    (text) => {
      const props = show();
      typeInto(limitField(), text);
      expect(limitField().getAttribute('aria-invalid')).toBe('true');
      expect(dom.container.querySelector('#nc-learned-limit-hint')?.textContent).toContain('10 to 10,000');
      expect(props.onChange).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['50', 50],
    ['10', 10],
    ['10000', 10_000],
  ])('accepts %s', (text, limit) => {
    const props = show();
    typeInto(limitField(), text);
    expect(limitField().getAttribute('aria-invalid')).toBe('false');
    expect(props.onChange).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ learnedLimit: limit }));
    expect(props.onChange.mock.calls[0]![0].learningSites).toEqual(['news.example', 'new.example']);
  });
});

describe('LearningPanel: accessibility', () => {
  it.each<[string, SourceSummary[] | null]>([
    ['with sites and learned articles', SOURCES],
    ['while loading', null],
  ])('has no axe violations %s', async (_label, sources) => {
    show({}, sources);
    await expectNoAxeViolations(dom.container);
  });

  it('has no axe violations with an invalid limit', async () => {
    show();
    typeInto(limitField(), '5');
    await expectNoAxeViolations(dom.container);
  });
});
