/** Property over real text: whatever the article, extraction's output is a knowledge base the store accepts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/index';
import { validateKnowledgeBase } from '../../../lib/knowledge/validate';
import { conllArticle, readConll } from '../../eval/conll';
import { invalidOutputs, pageInputs } from '../../eval/validity';

const ROOT = resolve(__dirname, '../../..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const CONLL = join(CORPUS, 'conll2003/eng.train');
const PAGES = join(CORPUS, 'news-pages');

const textFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, input: { text: readFileSync(join(dir, name), 'utf8') } }));

describe('every extraction passes validateKnowledgeBase', () => {
  it('over the fixtures and the seed', () => {
    const articles = [...textFiles(join(ROOT, 'test/fixtures/articles')), ...textFiles(join(ROOT, 'seeds'))];
    expect(articles.length).toBeGreaterThan(10);
    expect(invalidOutputs(articles)).toEqual([]);
  });

  it('over names written both in capitals and in mixed case, and sentences said twice', () => {
    const text = [
      'HONG KONG 1996-08-22',
      'Hong Kong shares fell on Thursday, traders in HONG KONG said, as talks in NEW DELHI and New Delhi stalled.',
      'SAO PAULO — Officials in Sao Paulo said the port was shut by Acme Holdings Inc. and Acme Holdings Inc on Friday.',
      'Officials in Sao Paulo said the port was shut by Acme Holdings Inc. and Acme Holdings Inc on Friday.',
    ].join('\n\n');
    const kb = extractArticle({ text });
    expect(validateKnowledgeBase(kb)).toMatchObject({ ok: true });
    const hongKong = kb.entities.filter((e) => e.id === 'place:hong-kong');
    expect(hongKong.map((e) => [e.name, e.aliases])).toEqual([['Hong Kong', []]]);
    expect(kb.entities.find((e) => e.id === 'place:sao-paulo')?.name).toBe('Sao Paulo');
  });

  describe.skipIf(!existsSync(CONLL))('over real news from ../shared (skipped without it)', () => {
    it('all CoNLL-2003 training documents', () => {
      const docs = readConll(readFileSync(CONLL, 'utf8'));
      const articles = docs.map((doc) => ({ name: `#${doc.index}`, input: { text: conllArticle(doc).text } }));
      expect(invalidOutputs(articles)).toEqual([]);
    }, 120_000);

    it.skipIf(!existsSync(PAGES))(
      'all saved news pages, read as the extension reads them',
      () => {
        const articles = pageInputs(PAGES);
        expect(articles.length).toBeGreaterThan(100);
        expect(invalidOutputs(articles)).toEqual([]);
      },
      120_000,
    );
  });
});
