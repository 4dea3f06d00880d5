import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const roleOf = (text: string, name: string) =>
  extractArticle({ text }).entities.find((entity) => entity.name === name)?.description;

describe('a role is the noun phrase around the name, never the clause before it', () => {
  it.each([
    [
      'Reuters reported on Monday that former security chief Emmerson Mnangagwa had returned.',
      'Emmerson Mnangagwa',
      'former security chief',
    ],
    ['The bug was found by Pakistan-based developer Ammar Askar last week.', 'Ammar Askar', 'Pakistan-based developer'],
    ['Mayor Helena Marsh arrived with his first wife Sally Marsh on Monday.', 'Sally Marsh', 'his first wife'],
    ['The winners are cabinet ministers Jonathan Moyo and Saviour Kasukuwere.', 'Jonathan Moyo', 'cabinet ministers'],
    [
      'Ingrid Solberg, a marine biologist at the University of Bergen, said the ice had gone.',
      'Ingrid Solberg',
      'a marine biologist at the University of Bergen',
    ],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});
