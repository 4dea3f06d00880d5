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
