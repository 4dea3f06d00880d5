import { type Annotator, type MentionHit, startAnnotator } from '@/lib/annotate';
import type { Entity } from '@/lib/knowledge/schema';
import { compileMatcher } from '@/lib/match';
import type { MentionCounts } from '@/lib/messages';
import type { Settings } from '@/lib/settings';

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
  let counts: MentionCounts = {};

  /** Starts with these names, or, when already running, applies the settings alone (name changes go through updateNames). */
  async function start(nextNames: Entity[], settings: Settings) {
    if (annotator) {
      annotator.setStyle(settings.highlightStyle);
      annotator.setEnabledTypes(settings.entityTypes);
      return;
    }
    names = nextNames;
    controller = new AbortController();
    annotator = startAnnotator({
      document: options.document,
      matcher: compileMatcher(nextNames),
      entities: nextNames,
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

  function updateNames(nextNames: Entity[]) {
    names = nextNames;
    annotator?.setMatcher(compileMatcher(nextNames), nextNames);
  }

  return {
    start,
    stop,
    updateNames,
    isRunning: () => annotator !== null,
    names: () => names,
    mentionCount: (entityId: string) => counts[entityId] ?? 0,
    reveal: (entityId: string | undefined, direction: 1 | -1) => annotator?.revealNext(entityId, direction) ?? null,
  };
}
