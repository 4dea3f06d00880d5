/** `tsx test/eval/doc.ts FILE N...`: one CoNLL document's article text, its gold names and what extraction made of it. */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../lib/extract';
import { conllArticle, documentNames, readConll } from './conll';

const [file, ...indexes] = process.argv.slice(2);
const docs = readConll(readFileSync(file, 'utf8'));
for (const index of indexes.map(Number)) {
  const doc = docs[index];
  const { text } = conllArticle(doc);
  process.stdout.write(
    `#${index}\n${text}\n\ngold: ${documentNames(doc)
      .map((g) => `${g.text}/${g.type}`)
      .join(' | ')}\n`,
  );
  const kb = extractArticle({ text });
  for (const e of kb.entities) process.stdout.write(`  ${e.type.padEnd(12)} ${e.name}  [${e.aliases.join(', ')}]\n`);
}
