import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const BODY = 'The town council voted on Tuesday to rebuild the harbour wall, Mayor Helena Marsh said.';

describe('a dateline opening the article names a place', () => {
  it.each([
    ['PORT ELLERY — ', 'Port Ellery'],
    ['NAIROBI, Kenya — ', 'Nairobi'],
    ['WELLINGTON (AP) - ', 'Wellington'],
  ])('%s→ %s, a place', (dateline, place) => {
    const { entities } = extractArticle({ text: `${dateline}${BODY}` });
    const found = entities.find((entity) => entity.name === place);
    expect(found?.type).toBe('place');
    expect(entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual([
      'Helena Marsh',
    ]);
  });
});

describe("a wire's code opening a headline is no dateline", () => {
  it('RTRS - …', () => {
    const { entities } = extractArticle({ text: `RTRS - Budget cuts to boost savings.\n\n${BODY}` });
    expect(entities.map((entity) => `${entity.type}:${entity.name}`)).toEqual([
      'organization:RTRS',
      'person:Helena Marsh',
    ]);
  });
});

describe('a wire dateline on its own line names its town and its region', () => {
  const article = (dateline: string) => `Harbour wall to be rebuilt.\n\n${dateline}\n\n${BODY}`;
  const typed = (dateline: string) =>
    extractArticle({ text: article(dateline) }).entities.map((entity) => `${entity.type}:${entity.name}`);
  it.each([
    // English words in capitals are the town's name there, not shouting
    ['LIMERICK, Ireland 1996-08-29', 'place:Limerick'],
    ['MOUNTAIN VIEW, Calif.', 'place:Mountain View'],
    ['SPA-FRANCORCHAMPS, Belgium 1996-08-23', 'place:Spa-Francorchamps'],
    // the part after the comma is the town's country or region, known or not
    ['KESTRIA, Varnholm 1996-08-21', 'place:Varnholm'],
  ])('%s → %s', (dateline, place) => {
    expect(typed(dateline)).toContain(place);
  });

  it('a body named in a dateline stays the body', () => {
    expect(typed('UNITED NATIONS 1996-08-22')).toContain('organization:United Nations');
  });
});
