/** `tsx test/eval/ctx.ts FILE NAME...`: every sentence of the CoNLL file that holds one of the names, with its document. */
import { readFileSync } from 'node:fs';
import { articleText, readConll } from './conll';

const [file, ...names] = process.argv.slice(2);
for (const doc of readConll(readFileSync(file, 'utf8'))) {
  const text = articleText(doc);
  for (const line of text.split('\n\n'))
    if (names.some((n) => line.includes(n))) process.stdout.write(`#${doc.index}: ${line.slice(0, 300)}\n`);
}
