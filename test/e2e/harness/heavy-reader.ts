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

/** Two people who share a surname, as the resolution tests need them: a president many reports name, a first lady. */
export const CLINTONS = {
  bill: { name: 'Bill Clinton', role: 'President' },
  hillary: { name: 'Hillary Rodham Clinton', role: 'First lady' },
};

/** Twelve reports on the president, August to December 1996: full name once, then "Clinton". */
const BILL_REPORTS: { date: string; city: string; headline: string; act: string; quote: string }[] = [
  {
    date: '1996-08-05',
    city: 'Washington',
    headline: 'Welfare bill heads to the White House',
    act: 'promised to sign the welfare bill',
    quote: 'This is a chance to end welfare as we know it',
  },
  {
    date: '1996-08-22',
    city: 'Washington',
    headline: 'Welfare overhaul becomes law',
    act: 'signed the welfare overhaul into law',
    quote: 'Today we are ending welfare as we know it',
  },
  {
    date: '1996-09-03',
    city: 'Chicago',
    headline: 'Campaign turns to schools',
    act: 'proposed new money for school buildings',
    quote: 'Every classroom should be connected to the future',
  },
  {
    date: '1996-09-19',
    city: 'Denver',
    headline: 'Pledge on college tuition',
    act: 'called for a tax credit for college tuition',
    quote: 'Two years of college should be as universal as high school',
  },
  {
    date: '1996-10-01',
    city: 'Boston',
    headline: 'Debate preparations under way',
    act: 'spent the weekend preparing for the first debate',
    quote: 'The American people deserve a real choice',
  },
  {
    date: '1996-10-15',
    city: 'Phoenix',
    headline: 'Crime bill anniversary marked',
    act: 'praised police officers hired under the crime bill',
    quote: 'Our streets are safer than they were four years ago',
  },
  {
    date: '1996-10-29',
    city: 'Miami',
    headline: 'Final week of the campaign begins',
    act: 'asked voters for a second term',
    quote: 'We are building a bridge to the twenty-first century',
  },
  {
    date: '1996-11-06',
    city: 'Little Rock',
    headline: 'Voters return the incumbent',
    act: 'won a second term in the election',
    quote: 'The vital center is the place to be',
  },
  {
    date: '1996-11-20',
    city: 'Canberra',
    headline: 'Pacific trip opens in Australia',
    act: 'arrived in Australia for talks on trade',
    quote: 'Our alliance has never been stronger',
  },
  {
    date: '1996-12-02',
    city: 'Washington',
    headline: 'New cabinet takes shape',
    act: 'began naming members of a new cabinet',
    quote: 'This cabinet will look like America',
  },
  {
    date: '1996-12-10',
    city: 'Washington',
    headline: 'Budget talks resume',
    act: 'met congressional leaders on the budget',
    quote: 'We can balance the budget and protect Medicare',
  },
  {
    date: '1996-12-18',
    city: 'Washington',
    headline: 'Year ends with a call for unity',
    act: 'called for unity at the end of the year',
    quote: 'We must put the bitterness of the campaign behind us',
  },
];

/** Three reports on the first lady, September to November 1996. */
const HILLARY_REPORTS: { date: string; city: string; headline: string; act: string; quote: string }[] = [
  {
    date: '1996-09-10',
    city: 'Prague',
    headline: 'School visit in Prague',
    act: 'visited a primary school in Prague',
    quote: 'Children everywhere deserve a good start in life',
  },
  {
    date: '1996-10-08',
    city: 'Seattle',
    headline: 'Book tour reaches Seattle',
    act: 'spoke about her book on raising children',
    quote: 'It takes a village to raise a child',
  },
  {
    date: '1996-11-12',
    city: 'Bangkok',
    headline: 'Health clinics toured in Bangkok',
    act: 'toured health clinics for mothers in Bangkok',
    quote: 'The health of women is the health of nations',
  },
];

/** The reports on the Clintons as articles: the full name with its role first, "Clinton" afterwards. */
export function clintonArticles(): HeavyArticle[] {
  const bill = BILL_REPORTS.map((report, i) => ({
    person: CLINTONS.bill.name,
    url: `https://heavy.example/president-${i}`,
    date: report.date,
    text: [
      report.headline,
      `${report.city.toUpperCase()} ${report.date}`,
      `President Bill Clinton ${report.act} on Tuesday, aides said.`,
      `"${report.quote}," Clinton told supporters in ${report.city}.`,
      `Clinton said he would return to the subject before the end of the year.`,
    ].join('\n\n'),
  }));
  const hillary = HILLARY_REPORTS.map((report, i) => ({
    person: CLINTONS.hillary.name,
    url: `https://heavy.example/first-lady-${i}`,
    date: report.date,
    text: [
      report.headline,
      `${report.city.toUpperCase()} ${report.date}`,
      `Hillary Rodham Clinton, the first lady, ${report.act} on Wednesday.`,
      `"${report.quote}," Clinton said after the visit.`,
    ].join('\n\n'),
  }));
  return [...bill, ...hillary];
}

/** A heavy reader's sources with the Clintons' reports among them, each extracted as "Add this article" would. */
export function heavyReaderWithClintons(count: number): KnowledgeBase[] {
  const clintons = clintonArticles().map((article) =>
    extractArticle({ text: article.text, url: article.url, date: article.date, builtIn: false }),
  );
  return [...heavyReaderSources(count).sources, ...clintons];
}
