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

/**
 * Who each person's name on a page means, read in document order: a one-word name means the person the page
 * last named in full with that word ("President Bill Clinton … Clinton said"); no one known (null: not shown)
 * when that was somebody the reader's sources do not know ("Pamela Colman Smith … Smith"); otherwise what the
 * matcher found, which for a short form several people share is all of them (the card lists them), and for
 * a place or body whose name is also a person's short form ("Clinton") that place, unless the page named them.
 */
export function resolveNamesOnPage(names: readonly NameOnPage[]): (string | null)[] {
  const namedBy = new Map<string, string>();
  return names.map(({ foundId, words, alternatives }) => {
    if (foundId === OTHER_PERSON_ID || words.length > 1) {
      for (const word of words) namedBy.set(word, foundId);
      return foundId === OTHER_PERSON_ID ? null : foundId;
    }
    const last = namedBy.get(words[0] ?? '');
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
