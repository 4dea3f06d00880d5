import { type Annotator, type MentionHit, startAnnotator } from '@/lib/annotate';
import type { KnowledgeBase } from '@/lib/knowledge/schema';
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
  let knowledge: KnowledgeBase | null = null;
  let counts: MentionCounts = {};

  /** Starts with this knowledge, or, when already running, applies the settings alone (knowledge changes go through updateKnowledge). */
  async function start(nextKnowledge: KnowledgeBase, settings: Settings) {
    if (annotator) {
      annotator.setStyle(settings.highlightStyle);
      annotator.setEnabledTypes(settings.entityTypes);
      return;
    }
    knowledge = nextKnowledge;
    controller = new AbortController();
    annotator = startAnnotator({
      document: options.document,
      matcher: compileMatcher(nextKnowledge.entities),
      entities: nextKnowledge.entities,
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

  function updateKnowledge(nextKnowledge: KnowledgeBase) {
    knowledge = nextKnowledge;
    annotator?.setMatcher(compileMatcher(nextKnowledge.entities), nextKnowledge.entities);
  }

  return {
    start,
    stop,
    updateKnowledge,
    isRunning: () => annotator !== null,
    knowledge: () => knowledge,
    mentionCount: (entityId: string) => counts[entityId] ?? 0,
    reveal: (entityId: string | undefined, direction: 1 | -1) => annotator?.revealNext(entityId, direction) ?? null,
  };
}
