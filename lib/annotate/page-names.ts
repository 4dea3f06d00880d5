import { OTHER_PERSON_ID } from '../match';
import { candidatesOf, isAmbiguousId } from '../match/patterns';

/** A person's name as found on the page, in document order. */
export interface NameOnPage {
  /** What the matcher found: an entity, several (ambiguous), or OTHER_PERSON_ID. */
  foundId: string;
  /** Its words, lower case ("bill", "clinton"). */
  words: string[];
  /** People the page may mean instead of what was found (a place's name that is also their short form). */
  alternatives?: readonly string[];
}

const isFullName = ({ foundId, words }: NameOnPage): boolean => foundId === OTHER_PERSON_ID || words.length > 1;

/** Each word's first full name on the page: whom a headline's bare "Clinton" means before the story names him. */
function firstFullNames(names: readonly NameOnPage[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const name of names.filter(isFullName))
    for (const word of name.words) if (!first.has(word)) first.set(word, name.foundId);
  return first;
}

/**
 * Who each person's name on a page means, read in document order: a one-word name means the person the page
 * last named in full with that word ("President Bill Clinton … Clinton said"), or before any such, the first one
 * it names later (a headline's "Clinton" above "President Bill Clinton"); no one known (null: not shown) when that
 * is somebody the reader's sources do not know ("Pamela Colman Smith … Smith"); otherwise what the matcher found,
 * which for a short form several people share is all of them (the card lists them), and for a place or body whose
 * name is also a person's short form ("Clinton") that place, unless the page names them.
 */
export function resolveNamesOnPage(names: readonly NameOnPage[]): (string | null)[] {
  const namedBy = new Map<string, string>();
  const namedLater = firstFullNames(names);
  return names.map((name) => {
    const { foundId, words, alternatives } = name;
    if (isFullName(name)) {
      for (const word of words) namedBy.set(word, foundId);
      return foundId === OTHER_PERSON_ID ? null : foundId;
    }
    const last = namedBy.get(words[0] ?? '') ?? namedLater.get(words[0] ?? '');
    let id: string | null = foundId;
    // A place called like a person the page just named is that person ("President Bill Clinton … Clinton said").
    if (alternatives) id = last !== undefined && alternatives.includes(last) ? last : foundId;
    else if (last !== undefined) id = candidatesOf(foundId).includes(last) ? last : null;
    if (id !== null && !isAmbiguousId(id)) namedBy.set(words[0] ?? '', id);
    return id;
  });
}

/** "Bill  Clinton's" → ["bill", "clinton's"]: the words a name was written with. */
export const nameWords = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);
