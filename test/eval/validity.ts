/**
 * `npx tsx test/eval/validity.ts`: how many extractions over ../shared/corpus the validator refuses, and why
 * (counted by the kind of record whose id repeats or whose reference dangles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { type ArticleInput, ExtractionError, extractArticle } from '../../lib/extract';
import { validateKnowledgeBase } from '../../lib/knowledge/validate';
import { toArticleInput } from '../../lib/reader/article';
import { readDocument } from '../../lib/reader/read-document';
import { articleText, normaliseArticleText } from '../../lib/reader/text';
import { conllArticle, readConll } from './conll';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');

/** Page markup without what would make a DOM fetch anything. */
const inert = (html: string) => html.replace(/<(script|style|iframe|link)\b[^>]*>(?:[\s\S]*?<\/\1>)?/gi, '');

export function pageInputs(dir: string): { name: string; input: ArticleInput }[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const doc = new window.DOMParser().parseFromString(inert(readFileSync(join(dir, name), 'utf8')), 'text/html');
      const read = readDocument(doc as unknown as Document, `https://pages.example/${name}`);
      const input = read.ok
        ? toArticleInput(read.article)
        : { text: normaliseArticleText(doc.body ? articleText(doc.body as unknown as Node) : '') };
      return { name, input };
    });
}

export function invalidOutputs(articles: { name: string; input: ArticleInput }[]): string[] {
  const failures: string[] = [];
  for (const { name, input } of articles) {
    let kb: ReturnType<typeof extractArticle>;
    try {
      kb = extractArticle(input);
    } catch (error) {
      if (error instanceof ExtractionError) continue;
      failures.push(`${name}: threw ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const result = validateKnowledgeBase(kb);
    if (!result.ok) failures.push(`${name}: ${result.reason}`);
  }
  return failures;
}

if (process.argv[1]?.endsWith('validity.ts')) {
  const docs = readConll(readFileSync(join(CORPUS, 'conll2003/eng.train'), 'utf8'));
  const conll = invalidOutputs(docs.map((doc) => ({ name: `#${doc.index}`, input: { text: conllArticle(doc).text } })));
  const pages = invalidOutputs(pageInputs(join(CORPUS, 'news-pages')));
  const kinds = (list: string[]) => {
    const count = (kind: string) => list.filter((f) => f.includes(`${kind}[`)).length;
    return `entities ${count('entities')}, quotes ${count('quotes')}, facts ${count('facts')}, threw ${list.filter((f) => f.includes('threw')).length}`;
  };
  process.stdout.write(`eng.train: ${conll.length} of ${docs.length} refused (${kinds(conll)})\n`);
  process.stdout.write(`news pages: ${pages.length} refused (${kinds(pages)})\n`);
  for (const f of [...conll, ...pages].slice(0, Number(process.argv[2] ?? 20))) process.stdout.write(`  ${f}\n`);
}
