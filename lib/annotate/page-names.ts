import type { EntityType } from '../knowledge/schema';
import type { Mention } from '../match';
import { candidatesOf, isAmbiguousId } from '../match/patterns';

/**
 * A short form several people share ("Clinton") means the one the page itself last named before it ("President
 * Bill Clinton … Clinton said"); with no such clue it stays ambiguous, and its card lists them all.
 */
export class PageNames {
  private order = 0;
  private readonly lastNamed = new Map<string, number>();

  /** The mentions of one run, in reading order, with shared short forms resolved where the page allows. */
  resolve(mentions: Mention[], typeOf: (id: string) => EntityType | undefined): Mention[] {
    return mentions.map((mention) => {
      const id = isAmbiguousId(mention.entityId) ? this.lastNamedOf(candidatesOf(mention.entityId)) : mention.entityId;
      if (!id) return mention;
      if (typeOf(id) === 'person') this.lastNamed.set(id, ++this.order);
      return id === mention.entityId ? mention : { ...mention, entityId: id };
    });
  }

  /** The page is read again from the start. */
  forget(): void {
    this.order = 0;
    this.lastNamed.clear();
  }

  private lastNamedOf(candidates: string[]): string | null {
    let best: string | null = null;
    let latest = 0;
    for (const id of candidates) {
      const at = this.lastNamed.get(id) ?? 0;
      if (at > latest) [best, latest] = [id, at];
    }
    return best;
  }
}
