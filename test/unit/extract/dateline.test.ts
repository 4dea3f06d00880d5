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
