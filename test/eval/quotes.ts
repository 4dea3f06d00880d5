/**
 * `npm run eval:quotes -- --conll FILE [--show N]`: quotes on CoNLL-2003 news prose, which has no gold speakers,
 * so a proxy: how many quotes get a speaker, how many of those speakers are a gold person or body of the
 * document, and how many quotes without one have a gold person named in their own paragraph (likely misses;
 * the rest are mostly anonymous: "a dealer said", "the statement said"). --show prints those quotes.
 */
import { readFileSync } from 'node:fs';
import { ExtractionError, extractArticle } from '../../lib/extract';
import type { KnowledgeBase } from '../../lib/knowledge/schema';
import { conllArticle, documentNames, isNewsProse, readConll } from './conll';
import { normalizeName } from './score';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? null) : null;
};
const file = argument('--conll');
if (!file) {
  process.stderr.write('usage: npm run eval:quotes -- --conll FILE [--show N]\n');
  process.exit(2);
}
const show = Number(argument('--show') ?? 0);

const counts = { quotes: 0, attributed: 0, toGold: 0, unattributedNamed: 0 };
const shown: string[] = [];
for (const doc of readConll(readFileSync(file, 'utf8'))) {
  if (!isNewsProse(doc)) continue;
  const { text } = conllArticle(doc);
  let kb: KnowledgeBase;
  try {
    kb = extractArticle({ text });
  } catch (error) {
    if (error instanceof ExtractionError) continue;
    throw error;
  }
  const gold = documentNames(doc).filter((g) => g.type === 'PER' || g.type === 'ORG');
  const goldKeys = new Set(gold.map((g) => normalizeName(g.text)));
  // a surname alone names the same person as the full name: "Akashi" of "Yasushi Akashi"
  const isGold = (key: string) => goldKeys.has(key) || [...goldKeys].some((g) => g.endsWith(` ${key}`));
  for (const quote of kb.quotes) {
    counts.quotes++;
    const speaker = kb.entities.find((e) => e.id === quote.speakerId);
    if (speaker) {
      counts.attributed++;
      if ([speaker.name, ...speaker.aliases].map(normalizeName).some(isGold)) counts.toGold++;
      else if (shown.length < show) shown.push(`#${doc.index} to ${speaker.name}: ${quote.sentence.slice(0, 200)}`);
      continue;
    }
    const paragraph = text.split('\n\n').find((p) => p.includes(quote.text)) ?? '';
    const named = gold.some((g) => g.type === 'PER' && paragraph.includes(g.text));
    if (named) counts.unattributedNamed++;
    if (named && shown.length < show) shown.push(`#${doc.index} none: ${quote.sentence.slice(0, 200)}`);
  }
}
const share = (n: number, of: number) => `${n} of ${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)}%)`;
console.log(`quotes in news prose: ${counts.quotes}`);
console.log(`with a speaker: ${share(counts.attributed, counts.quotes)}`);
console.log(`speaker a gold person or body of the document: ${share(counts.toGold, counts.attributed)}`);
console.log(
  `without a speaker though their paragraph names a gold person: ${share(counts.unattributedNamed, counts.quotes - counts.attributed)}`,
);
for (const line of shown) console.log(line);
