import type { KnowledgeBase } from '../../../lib/knowledge/schema';

/** A small, valid one-source knowledge base; `tag` makes ids and URL distinct per article. */
export function articleKnowledge(tag: string, url = `https://news.example/${tag}`): KnowledgeBase {
  const sourceId = `source:${tag}`;
  return {
    sources: [
      { id: sourceId, title: `Article ${tag}`, date: '2024-03-05', url, builtIn: false, siteName: 'Example News' },
    ],
    entities: [
      {
        id: 'person:antony-blinken',
        name: 'Antony Blinken',
        type: 'person',
        aliases: ['Blinken'],
        description: 'U.S. Secretary of State',
        sourceIds: [sourceId],
      },
      { id: 'place:gaza', name: 'Gaza', type: 'place', aliases: [], sourceIds: [sourceId] },
    ],
    quotes: [
      {
        id: `quote:${tag}`,
        text: 'We are working on it',
        speakerId: 'person:antony-blinken',
        sourceId,
        sentence: '"We are working on it," Blinken said.',
      },
    ],
    facts: [
      {
        id: `fact:${tag}-1`,
        text: 'Blinken visited Gaza.',
        entityIds: ['person:antony-blinken', 'place:gaza'],
        sourceId,
        score: 2,
      },
      { id: `fact:${tag}-2`, text: 'Talks continue.', entityIds: [], sourceId, score: 1 },
    ],
  };
}

export const SEED: KnowledgeBase = {
  sources: [{ id: 'source:seed', title: 'Seed article', date: '2023-11-01', builtIn: true }],
  entities: [{ id: 'place:gaza', name: 'Gaza', type: 'place', aliases: [], sourceIds: ['source:seed'] }],
  quotes: [],
  facts: [
    { id: 'fact:seed', text: 'Gaza is mentioned.', entityIds: ['place:gaza'], sourceId: 'source:seed', score: 1 },
  ],
};

/** A deep copy to corrupt in one test without touching the others. */
export const copy = <T>(value: T): T => structuredClone(value);
