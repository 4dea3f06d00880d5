import { describe, expect, it } from 'vitest';
import { quotedShare, scoreSentence } from '../../../lib/extract/facts';
import type { Sentence } from '../../../lib/extract/text';

const sentence = (text: string, paragraph = 1): Sentence => ({
  index: 0,
  paragraph,
  start: 0,
  end: text.length,
  text,
  headline: false,
});
const KEY_FACT = 'The council voted on Monday to close the Harbour Street bridge for two months from June.';

describe('quotedShare', () => {
  it.each([
    ['no quote marks at all in this one', 0],
    ['"All of this sentence is inside quote marks."', 1],
    ['If you look, it is in the tens of thousands," Mr Obama said.', 0.75],
    ['He said "we will win the vote on Tuesday and then some more."', 0.85],
  ])('%s', (text, share) => {
    expect(quotedShare(text)).toBeGreaterThanOrEqual(share - 0.15);
    expect(quotedShare(text)).toBeLessThanOrEqual(share + 0.15);
  });
});

describe('scoreSentence', () => {
  it.each([
    [
      'a call to sign up',
      'Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry.',
    ],
    ['a question', 'Will the council really vote on Monday to close the Harbour Street bridge for two months?'],
    [
      'a question inside quote marks',
      'Can the bridge stay open through the winter, asked the Westport mayor on Monday?”',
    ],
    ['the tail of a quote', 'If you look at it, it is in the tens of thousands of people," Mr Obama said.'],
  ])('drops %s', (_, text) => {
    expect(scoreSentence(sentence(text), 2, 10)).toBeNull();
  });

  it.each([
    ['a sentence naming no entity', 'The council voted on Monday to close the bridge for two months from June.', 0],
    [
      'the writer’s own experience',
      'I still remember the council voting on Monday to close the bridge for two months.',
      2,
    ],
  ])('ranks a key fact above %s', (_, text, entities) => {
    const key = scoreSentence(sentence(KEY_FACT), 2, 10) ?? Number.NEGATIVE_INFINITY;
    expect(scoreSentence(sentence(text), entities, 10) ?? Number.NEGATIVE_INFINITY).toBeLessThan(key);
  });
});
