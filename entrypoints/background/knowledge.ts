import seedKnowledge from 'virtual:seed-knowledge';
import type { KnowledgeReply } from '@/lib/messages';

/** The merged knowledge base: the bundled seed plus the reader's own sources. */
export function createKnowledgeService() {
  return {
    current: async (): Promise<KnowledgeReply> => ({ knowledge: seedKnowledge, problem: null }),
  };
}
