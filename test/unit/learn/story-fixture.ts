import type { ReaderArticle } from '../../../lib/reader/article';

/**
 * A news story written for these tests (three people and a place), as paragraphs. Each paragraph is longer than
 * the 140 characters an article page needs, and together they are over 1,500 characters.
 */
export const STORY_PARAGRAPHS = [
  'Mayor Helena Marsh opened the new harbour bridge in Portsmouth on Monday, ending three years of construction ' +
    'that had closed the old crossing and sent thousands of commuters on a long detour around the bay.',
  '"This bridge belongs to the people who waited for it," Marsh said at the ceremony, where a brass band played ' +
    'and schoolchildren walked the first span before the barriers were lifted for traffic in the afternoon.',
  'The chief engineer, Daniel Okafor, said the structure had been designed to withstand storms far stronger than ' +
    'any recorded in the city, after flooding in 2019 damaged the foundations of the crossing it replaces.',
  'Okafor told reporters that the final cost came in slightly under the budget agreed by the council, although ' +
    'delays in the delivery of steel from abroad had pushed the opening back by almost seven months.',
  'Opposition councillor Priya Raman welcomed the opening but questioned the tolls planned for next year. ' +
    '"Families who have already paid for this bridge through their taxes should not be asked to pay again," she said.',
  'Marsh replied that the tolls would fund the upkeep of the bridge for decades and that residents of Portsmouth ' +
    'would receive a discount. The council is expected to vote on the charges before the end of the summer.',
  'Local businesses near the harbour said they hoped the new crossing would bring back customers who had stayed ' +
    'away during the works, and several shops stayed open late on Monday to mark the occasion.',
  'Traffic officials estimated that about forty thousand vehicles a day would use the bridge once the summer ' +
    'holidays begin, cutting the morning journey from the eastern suburbs by as much as twenty minutes.',
];

export const STORY_TEXT = STORY_PARAGRAPHS.join('\n\n');

/** What the reader script hands back for a page of news.example, with `overrides`. */
export const readerArticle = (overrides: Partial<ReaderArticle> = {}): ReaderArticle => ({
  title: 'Harbour bridge opens',
  byline: null,
  siteName: 'Example News',
  publishedTime: null,
  dateCandidates: [],
  textContent: STORY_TEXT,
  url: 'https://news.example/world/2024/harbour-bridge',
  lang: 'en',
  ...overrides,
});
