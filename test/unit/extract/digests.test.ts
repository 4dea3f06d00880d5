import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const entitiesOf = (text: string) => extractArticle({ text }).entities.map((e) => `${e.type}:${e.name}`);

describe('press digests', () => {
  const digest = (heading: string) =>
    `Morning papers.\n\nThese are the leading stories in the capital's press on Monday.\n\n${heading}\n\n- The harbour wall will be rebuilt, Mayor Helena Marsh said.\n\nAL-MIRSAD\n\n- Port fees rise.`;

  it('a paper heading its stories in capitals is a body, whatever its words', () => {
    expect(entitiesOf(digest('THE MORNING STAR'))).toEqual([
      'organization:THE MORNING STAR',
      'person:Helena Marsh',
      'organization:AL-MIRSAD',
    ]);
    expect(entitiesOf(digest('DAWN'))).toContain('organization:DAWN');
  });

  it("each paper's part may open after a rule, its stories as plain paragraphs", () => {
    const text =
      "Morning papers.\n\nThese are the main stories in the capital's newspapers.\n\n---\n\nTHE ISLAND\n\nFares rise, Mayor Helena Marsh said.\n\n---\n\nVEERAKESARI\n\nPort fees rise.";
    expect(entitiesOf(text)).toEqual(['organization:THE ISLAND', 'person:Helena Marsh', 'organization:VEERAKESARI']);
  });

  it('a paper set in capitals inside a story is one body', () => {
    const text =
      "Editorials.\n\nThese are the main stories in the capital's press.\n\nKESTA VOLNA DAILY NEWS said fares would rise, Mayor Helena Marsh said. ZORVA MIRSAD said so too.";
    expect(entitiesOf(text)).toEqual([
      'organization:KESTA VOLNA DAILY NEWS',
      'person:Helena Marsh',
      'organization:ZORVA MIRSAD',
    ]);
  });

  it('a section heading is no paper, and a country heading stays a place', () => {
    expect(entitiesOf(digest('FRONT PAGE'))).not.toContain('organization:FRONT PAGE');
    expect(entitiesOf(digest('KENYA'))).toContain('place:Kenya');
  });

  it('capitals over a list outside a digest are not mastheads', () => {
    const text = 'Fixtures.\n\nThe club named its squad on Monday.\n\nLATEST NEWS\n\n- Training resumes on Tuesday.';
    expect(entitiesOf(text)).toEqual([]);
  });
});
