import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type HeavyArticle, heavyReaderSources, REGULARS, writeGeneratedPage } from './harness/heavy-reader';
import { importThroughOptions } from './harness/import-flow';
import { type PopupSection, readPopupSections } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';
import { clickButton } from './harness/sources-flow';

/** A heavy reader's base for a test that must stay quick: a few hundred sources (the bench takes thousands). */
const SOURCE_COUNT = 300;
const HOVER_REST_MS = 600;
const rest = (ms: number) => new Promise((done) => setTimeout(done, ms));
const sectionItems = (sections: PopupSection[], heading: string) =>
  sections.find((section) => section.heading === heading)?.items ?? [];

// Issue 11: a reader with hundreds of sources imports them, sees their names highlighted and their cards, and removes one.
describe.each(browsersUnderTest())('a heavy reader (%s)', (browserName) => {
  let session: ExtensionSession;
  let options: PageHandle;
  let page: PageHandle;
  let articles: HeavyArticle[];
  let fileText: string;
  /** Two people only one article each names, and the article of the first (removed at the end). */
  let first: HeavyArticle;
  let second: HeavyArticle;
  let pagePath: string;

  const highlighted = async () => new Set((await session.highlightedTexts(page)).map((range) => range.text));
  const sourceRows = async () => sectionItems(await options.evaluate(readPopupSections), 'Sources');

  beforeAll(async () => {
    const heavy = heavyReaderSources(SOURCE_COUNT);
    articles = heavy.articles;
    fileText = JSON.stringify(heavy.sources);
    [first, second] = [articles[7]!, articles[203]!];
    pagePath = writeGeneratedPage(`heavy-${browserName}.html`, 'Grain tariffs: the week in review', [
      `${first.person} defended the tariff cut on Monday, and ${second.person} promised more.`,
      `${REGULARS[0]!.name} stayed silent; analysts expect a statement next week.`,
      'Nothing else on this page names anybody the reader has read about.',
    ]);
    session = await launchSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it(`imports ${SOURCE_COUNT} sources through the options page and lists them all`, async () => {
    options = await session.openOptions();
    await waitUntil(sourceRows, (rows) => rows.length > 0, { what: 'the built-in source listed' });
    const message = await importThroughOptions(options, 'heavy.json', fileText);
    expect(message).toBe(`Imported ${SOURCE_COUNT} new and 0 updated sources from heavy.json.`);
    const rows = await waitUntil(sourceRows, (all) => all.length === SOURCE_COUNT + 1, {
      what: `${SOURCE_COUNT + 1} rows in the Sources list`,
    });
    expect(rows.filter((row) => row.includes('grain tariffs'))).toHaveLength(SOURCE_COUNT);
  });

  it('highlights people of the imported articles on another page', async () => {
    page = await session.openPage(pagePath);
    const names = await waitUntil(
      highlighted,
      (seen) => [first.person, second.person, REGULARS[0]!.name].every((name) => seen.has(name)),
      { what: 'the imported people highlighted' },
    );
    // A page's ordinary words stay plain, however many sources there are.
    expect([...names].filter((name) => /^(Nothing|Monday|The|On)$/.test(name))).toEqual([]);
  });

  it('opens the card of a person reported by many sources, with the role they reported', async () => {
    await session.hoverText(page, REGULARS[0]!.name);
    await rest(HOVER_REST_MS);
    const card = await waitUntil(
      () => session.card(page),
      (seen) => seen !== null,
      { what: `the card of ${REGULARS[0]!.name}` },
    );
    expect(card?.name).toBe(REGULARS[0]!.name);
    expect(card?.text).toContain(REGULARS[0]!.role);
    await session.pressKey(page, 'Escape');
  });

  it('shows the page\u2019s people with their counts and every source in the popup', async () => {
    const popup = await session.openPopup(page);
    const sections = await waitUntil(
      () => popup.evaluate(readPopupSections),
      (all) => sectionItems(all, 'On this page').length >= 3,
      { what: 'the popup\u2019s "On this page" list' },
    );
    const onPage = sectionItems(sections, 'On this page');
    for (const name of [first.person, second.person, REGULARS[0]!.name]) {
      expect(onPage.some((row) => row.includes(name))).toBe(true);
    }
    const header = sections.find((section) => section.heading === 'News Context');
    expect(header).toBeDefined();
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toContain(`${SOURCE_COUNT + 1} sources`);
  });

  it('removing one source takes its person off the page, and keeps the others', async () => {
    // Article 7's headline, as extraction took it for the source's title.
    const heading = `${first.person.split(' ')[1]} promises 17 percent cut in grain tariffs`;
    expect((await sourceRows()).some((row) => row.includes(heading))).toBe(true);
    await clickButton(options, `Remove ${heading}`);
    await clickButton(options, `Yes, remove ${heading}`);
    // The page is read again with the new names: wait for that read to finish, then look.
    const names = await waitUntil(highlighted, (seen) => !seen.has(first.person) && seen.has(second.person), {
      what: `${first.person} no longer highlighted, ${second.person} still`,
    });
    expect(names.has(first.person)).toBe(false);
    expect(names.has(REGULARS[0]!.name)).toBe(true);
    expect(await sourceRows()).toHaveLength(SOURCE_COUNT);
  });
});
