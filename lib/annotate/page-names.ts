import type { EntityType } from '../knowledge/schema';
import { type Mention, OTHER_PERSON_ID } from '../match';
import { candidatesOf, isAmbiguousId } from '../match/patterns';

/**
 * Who a person's one-word name on a page means: the person the page itself last named in full with that word
 * ("President Bill Clinton … Clinton said"); no one when that was somebody the reader's sources do not know
 * ("Pamela Colman Smith … Smith"); otherwise, if several people have it, all of them (the card lists them).
 */
export class PageNames {
  private order = 0;
  /** A word of a full name the page used → who it named, and when. */
  private readonly namedBy = new Map<string, { id: string; at: number }>();

  /** The mentions of one run, in reading order, with short forms resolved where the page allows. */
  resolve(mentions: Mention[], typeOf: (id: string) => EntityType | undefined, text: string): Mention[] {
    const resolved: Mention[] = [];
    for (const mention of mentions) {
      const words = wordsOf(text.slice(mention.start, mention.end));
      if (mention.entityId === OTHER_PERSON_ID) {
        for (const word of words) this.named(word, OTHER_PERSON_ID);
        continue;
      }
      const isPerson = isAmbiguousId(mention.entityId) || typeOf(mention.entityId) === 'person';
      if (!isPerson) {
        resolved.push(mention);
        continue;
      }
      if (words.length > 1) {
        for (const word of words) this.named(word, mention.entityId);
        resolved.push(mention);
        continue;
      }
      const id = this.meant(words[0] ?? '', candidatesOf(mention.entityId), mention.entityId);
      if (id === null) continue;
      if (!isAmbiguousId(id)) this.named(words[0] ?? '', id);
      resolved.push(id === mention.entityId ? mention : { ...mention, entityId: id });
    }
    return resolved;
  }

  /** The page is read again from the start. */
  forget(): void {
    this.order = 0;
    this.namedBy.clear();
  }

  private named(word: string, id: string) {
    this.namedBy.set(word, { id, at: ++this.order });
  }

  /** The candidate the page named with this word last; null when that was someone else; else as it was. */
  private meant(word: string, candidates: string[], asFound: string): string | null {
    const last = this.namedBy.get(word);
    if (!last) return asFound;
    return candidates.includes(last.id) ? last.id : null;
  }
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
