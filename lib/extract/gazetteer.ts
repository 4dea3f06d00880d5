/** Place names from GeoNames (lib/extract/data/places.ts): evidence, with context, that a name is a place. */
import { decodeFrontCoded } from './data/front-code';
import { CITIES, DEMONYMS, MAJOR_PLACES } from './data/places';

export type PlaceKind = 'major' | 'city';

/** Case, accents and dots do not count: "BONN", "São Paulo", "St. Louis". */
const keyOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

function decode(coded: string, into: Map<string, PlaceKind>, kind: PlaceKind): void {
  for (const name of decodeFrontCoded(coded)) {
    const key = keyOf(name);
    if (!into.has(key)) into.set(key, kind);
  }
}

let places: Map<string, PlaceKind> | null = null;
let demonyms: Set<string> | null = null;
/** First words of multi-word places, so a run can be tested only when it could be one. */
let firstWords: Set<string> | null = null;

function loaded(): Map<string, PlaceKind> {
  if (!places) {
    places = new Map();
    decode(MAJOR_PLACES, places, 'major');
    decode(CITIES, places, 'city');
    firstWords = new Set([...places.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
  }
  return places;
}

/** 'major' for countries, capitals, regions and cities of 100,000+; 'city' for other towns of 15,000+. */
export function placeKind(name: string): PlaceKind | null {
  return loaded().get(keyOf(name)) ?? null;
}

/** Some multi-word place starts with this word: "Dar" of "Dar es Salaam". */
export function opensPlaceName(word: string): boolean {
  loaded();
  return firstWords?.has(keyOf(word)) ?? false;
}

/** "American", "Spaniard", "Frenchman" (and their plurals): a nationality, never part of a name. */
export function isNationalityWord(word: string): boolean {
  demonyms ??= new Set(DEMONYMS.split('|').map(keyOf));
  const key = keyOf(word);
  return (
    demonyms.has(key) ||
    (key.endsWith('s') && demonyms.has(key.slice(0, -1))) ||
    demonyms.has(key.replace(/men$/, 'man'))
  );
}
