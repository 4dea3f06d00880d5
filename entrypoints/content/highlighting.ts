import { type Annotator, type MentionHit, startAnnotator } from '@/lib/annotate';
import type { Entity } from '@/lib/knowledge/schema';
import { compileMatcher } from '@/lib/match';
import type { MentionCounts } from '@/lib/messages';
import type { Settings } from '@/lib/settings';

/** What a page is matched with: the names, and which one-word names are everyday words. */
export interface KnownNames {
  entities: Entity[];
  ordinaryWords: ReadonlySet<string>;
}

interface HighlightingOptions {
  document: Document;
  onMentionsChanged(counts: MentionCounts, total: number): void;
  onHover(hit: MentionHit | null): void;
  isOwnUi(node: Node): boolean;
}

/** Owns the annotator's lifetime: started when highlighting is on for this site, stopped (every highlight cleared) when off. */
export function createHighlighting(options: HighlightingOptions) {
  let annotator: Annotator | null = null;
  let controller: AbortController | null = null;
  /** Names, aliases and types only: facts and quotes are fetched when a card opens. */
  let names: Entity[] | null = null;
  const matcherOf = (known: KnownNames) => compileMatcher(known.entities, { ordinaryWords: known.ordinaryWords });
  let counts: MentionCounts = {};

  /** Style and entity types change without reading the names again. */
  function applySettings(settings: Settings) {
    annotator?.setStyle(settings.highlightStyle);
    annotator?.setEnabledTypes(settings.entityTypes);
  }

  /** Starts with these names (name changes go through updateNames). */
  function start(nextNames: KnownNames, settings: Settings) {
    if (annotator) return applySettings(settings);
    names = nextNames.entities;
    controller = new AbortController();
    // The tab hears at once that the script runs here, even on a page that names no one it knows (the popup
    // would otherwise take silence for "no access to this site").
    options.onMentionsChanged({}, 0);
    annotator = startAnnotator({
      document: options.document,
      matcher: matcherOf(nextNames),
      entities: nextNames.entities,
      enabledTypes: settings.entityTypes,
      style: settings.highlightStyle,
      exclude: options.isOwnUi,
      signal: controller.signal,
      onMentionsChanged: (next, total) => {
        counts = next;
        options.onMentionsChanged(next, total);
      },
      onHover: options.onHover,
    });
  }

  function stop() {
    if (!annotator) return;
    controller?.abort();
    annotator = null;
    controller = null;
    counts = {};
    options.onMentionsChanged({}, 0);
    options.onHover(null);
  }

  function updateNames(nextNames: KnownNames) {
    names = nextNames.entities;
    annotator?.setMatcher(matcherOf(nextNames), nextNames.entities);
  }

  return {
    start,
    applySettings,
    stop,
    updateNames,
    isRunning: () => annotator !== null,
    names: () => names,
    mentionCount: (entityId: string) => counts[entityId] ?? 0,
    reveal: (entityId: string | undefined, direction: 1 | -1) => annotator?.revealNext(entityId, direction) ?? null,
  };
}
