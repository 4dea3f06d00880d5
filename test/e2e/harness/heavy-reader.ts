/**
 * A heavy reader for e2e tests: a few hundred generated news articles, each extracted by lib/extract as "Add this
 * article" would, into the array of one-source knowledge bases that `extract --sources` prints and Import reads.
 * The articles are written from templates; every name, role, quote and fact the tests check comes out of extraction.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../lib/extract';
import type { KnowledgeBase } from '../../../lib/knowledge/schema';
import { PAGES_DIR } from './server';

const FIRST_NAMES = [
  'Adela',
  'Bruno',
  'Celia',
  'Dmitri',
  'Esther',
  'Farid',
  'Greta',
  'Hamid',
  'Ingrid',
  'Jonas',
  'Kemal',
  'Lucia',
  'Marek',
  'Nadia',
  'Oskar',
  'Petra',
  'Quentin',
  'Rosa',
  'Stefan',
  'Tamara',
  'Umar',
  'Vera',
  'Walter',
  'Yara',
];
const SURNAMES = [
  'Albescu',
  'Brandvold',
  'Castellanos',
  'Dragomir',
  'Eriksen',
  'Fontaine',
  'Gallardo',
  'Haverkamp',
  'Ivanova',
  'Jankowski',
  'Kovalenko',
  'Lindqvist',
  'Marchetti',
  'Novotny',
  'Okonkwo',
  'Pellegrini',
  'Quiroga',
  'Rasmussen',
  'Szabo',
  'Takahashi',
  'Urquhart',
  'Valdivia',
  'Wojcik',
  'Zamora',
];
const CITIES = ['Lisbon', 'Warsaw', 'Nairobi', 'Manila', 'Lima', 'Oslo', 'Cairo', 'Hanoi', 'Quito', 'Riga'];
const ROLES = ['finance minister', 'central bank governor', 'trade minister', 'chief executive', 'labour minister'];
const ORGS = ['Northern Grain Board', 'Atlantic Shipping Council', 'Baltic Energy Agency', 'Andean Trade Bank'];
const MONTHS = ['August', 'September', 'October', 'November', 'December'];

/** People who recur in many articles, each time with a role: their cards summarise many reports. */
export const REGULARS = [
  { name: 'Helmut Brandvold', role: 'prime minister' },
  { name: 'Ottilie Marchetti', role: 'foreign minister' },
];

export interface HeavyArticle {
  text: string;
  /** The person only this article names. */
  person: string;
  url: string;
  /** The day it was published, as the page's metadata would give it. */
  date: string;
}

/** Article i: one new person with a role and a quote, a regular, places and an organisation. */
export function heavyArticle(i: number): HeavyArticle {
  const person = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length]}`;
  const surname = person.split(' ')[1];
  const regular = REGULARS[i % REGULARS.length];
  const city = CITIES[i % CITIES.length];
  const other = CITIES[(i + 3) % CITIES.length];
  const org = ORGS[i % ORGS.length];
  const month = MONTHS[i % MONTHS.length];
  const day = String((i % 27) + 1).padStart(2, '0');
  const date = `1996-${String(8 + (i % MONTHS.length)).padStart(2, '0')}-${day}`;
  const text = [
    `${surname} promises ${10 + (i % 40)} percent cut in grain tariffs`,
    `${city.toUpperCase()} ${date}`,
    `${person}, the ${ROLES[i % ROLES.length]}, said on Tuesday that tariffs on grain imports would fall by ${10 + (i % 40)} percent before the end of ${month}.`,
    `"We will not let bread prices rise again this winter," ${surname} told reporters in ${city}.`,
    `${regular.name}, the ${regular.role}, said talks with the ${org} would continue in ${other} next week.`,
    `${surname} added that a final decision on the tariffs was expected within ${2 + (i % 5)} weeks.`,
  ].join('\n\n');
  return { text, person, url: `https://heavy.example/article-${i}`, date };
}

/** count articles extracted, as one-source knowledge bases. */
export function heavyReaderSources(count: number): { articles: HeavyArticle[]; sources: KnowledgeBase[] } {
  const articles = Array.from({ length: count }, (_, i) => heavyArticle(i));
  const sources = articles.map((article) =>
    extractArticle({ text: article.text, url: article.url, date: article.date, builtIn: false }),
  );
  return { articles, sources };
}

/** Writes a generated page under test/e2e/pages/generated/ (git-ignored) and returns its path for openPage. */
export function writeGeneratedPage(name: string, title: string, paragraphs: string[]): string {
  const dir = join(PAGES_DIR, 'generated');
  mkdirSync(dir, { recursive: true });
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  writeFileSync(
    join(dir, name),
    `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n    <title>${escapeHtml(title)}</title>\n    <style>body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }</style>\n  </head>\n  <body>\n    <main>\n      <h1>${escapeHtml(title)}</h1>\n${body}\n    </main>\n  </body>\n</html>\n`,
  );
  return `generated/${name}`;
}
