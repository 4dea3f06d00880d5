import type { Entity } from '../../lib/knowledge/schema';
import { randomFrom } from './entities';

const WORDS = `the a of and to in on for with that by as at from said officials talks meeting week government
president minister ministry foreign policy trade security country countries relationship economic military
visit agreed would could new first year years two sides after before during between over about more than
leaders summit dialogue tensions issues progress statement reporters press conference capital market
analysts expected plans support people public state national international region regional growth`.split(/\s+/);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** News-like HTML with roughly `textBytes` of text: headlines, paragraphs, links, bold names, possessives. */
export function generatedPage(textBytes: number, entities: Entity[], seed = 1): string {
  const random = randomFrom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const spellings = entities.flatMap((e) => [e.name, ...e.aliases]);
  const parts: string[] = [];
  let size = 0;
  let paragraph = 0;
  while (size < textBytes) {
    if (paragraph % 12 === 0) {
      const headline = `${pick(spellings)} and ${pick(spellings)} ${pick(WORDS)} ${pick(WORDS)}`;
      parts.push(`<h2>${escapeHtml(headline)}</h2>`);
      size += headline.length;
    }
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const words: string[] = [];
      for (let w = 0; w < 14; w++) {
        if (random() < 0.07) {
          const name = escapeHtml(pick(spellings));
          const roll = random();
          words.push(
            roll < 0.2 ? `<b>${name}</b>` : roll < 0.3 ? `<a href="#n">${name}</a>` : roll < 0.4 ? `${name}’s` : name,
          );
        } else words.push(pick(WORDS));
      }
      const sentence = `${words.join(' ')}.`;
      sentences.push(sentence[0].toUpperCase() + sentence.slice(1));
    }
    const text = sentences.join(' ');
    parts.push(`<p>${text}</p>`);
    size += text.replace(/<[^>]+>/g, '').length;
    paragraph++;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Generated ${textBytes}</title></head><body><main><article>${parts.join('\n')}</article></main></body></html>`;
}
