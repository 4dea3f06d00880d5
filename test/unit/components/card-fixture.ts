/** A small hand-made knowledge base for the hover card tests (they test rendering, not extraction). */
import type { Entity, Fact, KnowledgeBase, Quote, Source } from '../../../lib/knowledge/schema';

export const SOURCE: Source = {
  id: 'source:beijing',
  title: 'Blinken meets Xi in Beijing',
  date: '2023-06-19',
  url: 'https://example.com/blinken-beijing',
  builtIn: true,
};

export const BLINKEN: Entity = {
  id: 'person:antony-blinken',
  name: 'Antony Blinken',
  type: 'person',
  aliases: ['Blinken'],
  description: 'U.S. Secretary of State',
  sourceIds: [SOURCE.id],
};
export const XI: Entity = {
  id: 'person:xi-jinping',
  name: 'Xi Jinping',
  type: 'person',
  aliases: ['Xi'],
  description: 'Chinese President',
  sourceIds: [SOURCE.id],
};
export const WANG: Entity = {
  id: 'person:wang-yi',
  name: 'Wang Yi',
  type: 'person',
  aliases: ['Wang'],
  description: 'top diplomat',
  sourceIds: [SOURCE.id],
};
export const BEIJING: Entity = {
  id: 'place:beijing',
  name: 'Beijing',
  type: 'place',
  aliases: [],
  sourceIds: [SOURCE.id],
};

const fact = (id: string, text: string, entityIds: string[], score: number): Fact => ({
  id,
  text,
  entityIds,
  sourceId: SOURCE.id,
  score,
});
const quote = (id: string, text: string, speakerId: string | null, sentence: string): Quote => ({
  id,
  text,
  speakerId,
  sourceId: SOURCE.id,
  sentence,
});

export const FACTS: Fact[] = [
  fact('fact:1', 'Blinken met Xi Jinping in Beijing on Monday.', [BLINKEN.id, XI.id, BEIJING.id], 0.9),
  fact('fact:2', 'Blinken is the most senior U.S. official to visit China in five years.', [BLINKEN.id], 0.8),
  fact('fact:3', 'Blinken held talks with Wang Yi for three hours.', [BLINKEN.id, WANG.id], 0.7),
  fact('fact:4', 'Xi said the two sides made progress.', [XI.id, BLINKEN.id], 0.6),
  fact('fact:5', 'The visit had been postponed in February.', [BLINKEN.id], 0.5),
  fact('fact:6', 'Wang Yi called for stable relations.', [WANG.id], 0.4),
];

export const QUOTES: Quote[] = [
  quote('quote:xi', 'The two sides have made progress', XI.id, '"The two sides have made progress," Xi told Blinken.'),
  quote('quote:blinken-1', 'We are committed to managing this relationship', BLINKEN.id, '"We are…," Blinken said.'),
  quote('quote:wang', 'China will not compromise on Taiwan', WANG.id, '"China will not compromise," Wang said.'),
  quote('quote:blinken-2', 'Progress is hard', BLINKEN.id, '"Progress is hard," he said.'),
  quote('quote:anon', 'Blinken was received warmly', null, 'Officials said "Blinken was received warmly".'),
];

export const KNOWLEDGE: KnowledgeBase = {
  sources: [SOURCE],
  entities: [BLINKEN, XI, WANG, BEIJING],
  quotes: QUOTES,
  facts: FACTS,
};
