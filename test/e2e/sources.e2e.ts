import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './harness/driver';
import { type PopupSection, readPopupSections } from './harness/popup-queries';
import { type ExtensionSession, launchSession, type PageHandle, waitUntil } from './harness/session';
import { type AddAttempt, addArticleThroughPopup, clickButton, storedSourcesJson } from './harness/sources-flow';
import { chooseFile, readTextOf } from './harness/sources-queries';

const ARTICLE_PAGE = 'sources/article.html';
const MENTIONS_PAGE = 'sources/mentions.html';
const ARTICLE_TITLE = 'Port Ellery votes to build a tidal barrier after record floods';
/** article:published_time 2024-03-14, as the options page writes days. */
const ARTICLE_DAY = '14 March 2024';
const NEW_PEOPLE = ['Helena Marsh', 'Tobias Okafor'];
/** Direct quotes in the article, each with its speaker. */
const NEW_QUOTES = [
  { start: 'We cannot ask families to bail out their kitchens', speaker: 'Helena Marsh' },
  { start: 'The sea is not waiting for us', speaker: 'Tobias Okafor' },
];
/** A name the seed article knows, so the seed's highlights show the page is still being annotated. */
const SEED_SOURCE_LABEL = 'Built-in';
const IMPORT_LABEL = 'Import knowledge';
const IMPORT_MESSAGE_ID = 'nc-import-message';
const REMOVAL_WAIT_MS = 10_000;

const sectionItems = (sections: PopupSection[], heading: string) =>
  sections.find((section) => section.heading === heading)?.items ?? [];
/** Straight quotes and single spaces: the popup may typeset quotes differently. */
const normalise = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
/** "“Title” added: 4 names, 3 quotes, 11 facts." → the three counts. */
const countsIn = (message: string) => {
  const match = /(\d+) names?, (\d+) quotes?, (\d+) facts?/.exec(message);
  return match ? { entities: Number(match[1]), quotes: Number(match[2]), facts: Number(match[3]) } : null;
};
const highlightedNames = async (session: ExtensionSession, page: PageHandle) =>
  new Set((await session.highlightedTexts(page)).map((range) => range.text));

// Issue 7: the reader adds the article they are reading; its people are then known everywhere, until removed.
describe.each(browsersUnderTest())('adding and removing a source in %s', (browserName) => {
  let session: ExtensionSession;
  let article: PageHandle;
  let mentions: PageHandle;
  let added: AddAttempt;
  let options: PageHandle;
  /** The popup for the letters page, left open from the listing test to see it follow the removal. */
  let mentionsPopup: PageHandle;
  const sourceRows = async () => sectionItems(await options.evaluate(readPopupSections), 'Sources');

  beforeAll(async () => {
    // Chromium: the toolbar button's own popup, which gets the activeTab grant a person's click gives.
    session = await launchSession(browserName, { toolbar: true });
    article = await session.openPage(ARTICLE_PAGE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds the open article from the popup and says so', async () => {
    added = await addArticleThroughPopup(session, article);
    expect(added.message).toContain(ARTICLE_TITLE);
    expect(added.message).toMatch(/\badded\b/);
    expect(countsIn(added.message)?.quotes).toBeGreaterThanOrEqual(NEW_QUOTES.length);
  });

  it('highlights the article\u2019s people on another page that mentions them', async () => {
    mentions = await session.openPage(MENTIONS_PAGE);
    const seen = await waitUntil(
      () => highlightedNames(session, mentions),
      (names) => NEW_PEOPLE.every((name) => names.has(name)),
      { what: `${NEW_PEOPLE.join(' and ')} highlighted on the letters page` },
    );
    // "Okafor" alone is the alias the article uses after the first mention.
    expect([...seen]).toEqual(expect.arrayContaining([...NEW_PEOPLE, 'Okafor']));
  });

  it('lists the new people on this page, and their quotes with speakers, in the popup', async () => {
    mentionsPopup = await session.openPopup(mentions);
    const sections = await waitUntil(
      () => mentionsPopup.evaluate(readPopupSections),
      (all) => NEW_PEOPLE.every((name) => sectionItems(all, 'On this page').some((row) => row.includes(name))),
      { what: 'the new people under "On this page"' },
    );
    const quotes = sectionItems(sections, 'Quotes').map(normalise);
    for (const { start, speaker } of NEW_QUOTES) {
      expect(quotes.find((item) => item.includes(start))).toContain(speaker);
    }
  });

  it('lists the new source on the options page with its title, date and counts', async () => {
    options = await session.openOptions();
    const rows = await waitUntil(sourceRows, (all) => all.some((row) => row.includes(ARTICLE_TITLE)), {
      what: 'the added article in the Sources list',
    });
    const row = rows.find((item) => item.includes(ARTICLE_TITLE))!;
    const counts = countsIn(added.message)!;
    expect(row).toContain(ARTICLE_DAY);
    expect(row).toContain(`${counts.entities} entities`);
    expect(row).toContain(`${counts.facts} facts`);
    expect(row).toContain(`${counts.quotes} quotes`);
    expect(rows.some((item) => item.includes(SEED_SOURCE_LABEL))).toBe(true);
  });

  it.each([
    { kind: 'invalid JSON', fileName: 'broken.json', text: '{"sources": [', reason: /not JSON/ },
    {
      kind: 'a quote whose speaker is no entity',
      fileName: 'dangling-speaker.json',
      text: JSON.stringify({
        sources: [{ id: 'source:imported', title: 'Imported story', date: '2024-01-02', builtIn: false }],
        entities: [],
        quotes: [
          {
            id: 'quote:1',
            text: 'Nobody said this.',
            speakerId: 'person:nobody',
            sourceId: 'source:imported',
            sentence: '"Nobody said this," nobody said.',
          },
        ],
        facts: [],
      }),
      reason: /quotes\[0\]\.speakerId points at no entity/,
    },
  ])(
    'refuses to import $kind, says why, and keeps the seed and the added source',
    async ({ fileName, text, reason }) => {
      const before = await storedSourcesJson(options);
      const rowsBefore = await sourceRows();
      expect(await options.evaluate(chooseFile, { label: IMPORT_LABEL, fileName, text })).toBe(true);
      const message = await waitUntil(
        () => options.evaluate(readTextOf, IMPORT_MESSAGE_ID),
        (shown) => reason.test(shown ?? ''),
        { what: `the import error for ${fileName}` },
      );
      expect(message).toMatch(/cannot be imported/);
      expect(await storedSourcesJson(options)).toBe(before);
      expect(await sourceRows()).toEqual(rowsBefore);
      expect(rowsBefore.some((row) => row.includes(ARTICLE_TITLE))).toBe(true);
    },
  );

  it('removes the source: its people are no longer highlighted (no reload) nor listed in the popup', async () => {
    await clickButton(options, `Remove ${ARTICLE_TITLE}`);
    await clickButton(options, `Yes, remove ${ARTICLE_TITLE}`);
    const rows = await waitUntil(sourceRows, (all) => !all.some((row) => row.includes(ARTICLE_TITLE)), {
      what: 'the article to leave the Sources list',
    });
    expect(rows.some((row) => row.includes(SEED_SOURCE_LABEL))).toBe(true);

    const names = await waitUntil(
      () => highlightedNames(session, mentions),
      (seen) => NEW_PEOPLE.every((name) => !seen.has(name)) && !seen.has('Okafor'),
      { timeoutMs: REMOVAL_WAIT_MS, what: 'the new people\u2019s highlights to go' },
    );
    expect([...names].filter((name) => /Marsh|Okafor/.test(name))).toEqual([]);

    const mentionsNewPeople = (sections: PopupSection[]) =>
      NEW_PEOPLE.some((name) => sections.some((section) => section.items.some((item) => item.includes(name))));
    // The popup left open follows the change; a popup opened now never shows them.
    const stillOpen = await waitUntil(
      () => mentionsPopup.evaluate(readPopupSections),
      (all) => !mentionsNewPeople(all),
      { what: 'the open popup to drop the new people' },
    ).catch(() => mentionsPopup.evaluate(readPopupSections));
    expect(mentionsNewPeople(stillOpen)).toBe(false);
    const popup = await session.openPopup(mentions);
    const fresh = await waitUntil(
      () => popup.evaluate(readPopupSections),
      (all) => all.some((section) => section.heading === 'Quotes' && section.items.length > 0),
      { what: 'the popup\u2019s quotes' },
    );
    expect(mentionsNewPeople(fresh)).toBe(false);
    expect(JSON.parse(await storedSourcesJson(popup)).sources).toEqual([]);
  });
});
