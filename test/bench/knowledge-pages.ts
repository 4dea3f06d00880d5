/** The pages the knowledge benchmark opens: a news article, and pages with 20 iframes of news text or of ads. */
import type { Entity } from '../../lib/knowledge/schema';
import { randomFrom } from './entities';
import { generatedPage } from './generate';

/** Names no source knows until the benchmark adds an article about each. */
export const FRESH_NAMES = [
  'Quillon Averhart',
  'Dessa Marrowind',
  'Tobiah Quenneville',
  'Ysolde Farrancourt',
  'Corwen Albrightly',
];
export const FRAME_COUNT = 20;
const NEWS_TEXT_BYTES = 20_000;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One paragraph of news prose (well over the 200 characters a frame needs) naming five names, taken from each
 * group in turn: every reader's profile finds at least one of its own names in it.
 */
function paragraph(groups: string[][], seed: number): string {
  const random = randomFrom(seed);
  let turn = 0;
  const pick = () => {
    const names = groups[turn++ % groups.length];
    return escapeHtml(names[Math.floor(random() * names.length)]);
  };
  return (
    `${pick()} met ${pick()} on Tuesday to discuss the trade agreement, officials said. ` +
    `The talks in ${pick()} followed weeks of tension over tariffs, and ${pick()} told reporters that both sides ` +
    `expected progress before the summit. Analysts said ${pick()} would watch the outcome closely.`
  );
}

const frameDocument = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>frame</title></head><body style="margin:4px;font:12px sans-serif">${body}</body></html>`;

function framesPage(title: string, lead: string, sources: string[]): string {
  const frames = sources
    .map((src) => `<iframe src="${src}" width="300" height="120" style="border:1px solid #ccc"></iframe>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="margin:8px;font:14px sans-serif"><main><p>${lead}</p><div style="display:grid;grid-template-columns:repeat(4,300px);gap:4px">${frames}</div></main></body></html>`;
}

/**
 * Every page by path: /news.html (the article, with the fresh names near the top), /frames-0.html (a lead
 * paragraph alone), /frames-20.html (the lead and 20 frames of news text), /ads-20.html (the lead and 20 tiny ad
 * frames). Names come from each group of entities (the built-in ones, then each reader's).
 */
export function benchPages(groups: Entity[][]): Map<string, string> {
  const entities = groups.flat();
  const names = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))];
  const nameGroups = groups.map((group) => group.map((e) => e.name));
  const fresh = FRESH_NAMES.map((name, i) => `<span data-fresh="${i}">${escapeHtml(name)}</span>`).join(', ');
  const news = generatedPage(NEWS_TEXT_BYTES, entities, 3).replace(
    '<article>',
    `<article><h1>${escapeHtml(names[0])} in talks</h1><p>New names in the news: ${fresh}.</p>`,
  );
  const pages = new Map<string, string>([['/news.html', news]]);
  const lead = paragraph(nameGroups, 1);
  const textFrames: string[] = [];
  const adFrames: string[] = [];
  for (let i = 0; i < FRAME_COUNT; i++) {
    pages.set(`/frame/${i}.html`, frameDocument(`<p>${paragraph(nameGroups, 100 + i)}</p>`));
    pages.set(`/ad/${i}.html`, frameDocument(`<a href="#ad">Buy now: 20% off</a>`));
    textFrames.push(`/frame/${i}.html`);
    adFrames.push(`/ad/${i}.html`);
  }
  pages.set('/frames-0.html', framesPage('No frames', lead, []));
  pages.set(`/frames-${FRAME_COUNT}.html`, framesPage('Text frames', lead, textFrames));
  pages.set(`/ads-${FRAME_COUNT}.html`, framesPage('Ad frames', lead, adFrames));
  return pages;
}
