import seedKnowledge from 'virtual:seed-knowledge';
import { mergeKnowledge } from '@/lib/knowledge/merge';
import { SourceStore } from '@/lib/knowledge/store';
import { SOURCES_KEY } from '@/lib/knowledge/stored-state';
import type { ContentRequest, KnowledgeReply } from '@/lib/messages';

/** The merged knowledge base (the bundled seed plus the reader's own sources), rebuilt when sources change. */
export function createKnowledgeService() {
  const store = new SourceStore({ area: browser.storage.local, seed: seedKnowledge });
  let cached: Promise<KnowledgeReply> | null = null;

  async function build(): Promise<KnowledgeReply> {
    try {
      const knowledge = mergeKnowledge(await store.enabledKnowledge());
      return { knowledge, problem: await store.problemSummary() };
    } catch (error) {
      // Unreadable storage must never stop highlighting: fall back to the built-in knowledge and say so.
      return { knowledge: seedKnowledge, problem: `Your sources could not be read (${String(error)}).` };
    }
  }

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SOURCES_KEY in changes) {
      cached = null;
      void tellTabsKnowledgeChanged();
    }
  });

  return {
    current: (): Promise<KnowledgeReply> => {
      cached ??= build();
      return cached;
    },
  };
}

/** Every open tab re-highlights with the new knowledge, without a reload. */
async function tellTabsKnowledgeChanged() {
  const request: ContentRequest = { type: 'knowledgeChanged' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, request).catch(() => undefined))),
  );
}
