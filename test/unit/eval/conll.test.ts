import { describe, expect, it } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';
import { articleText, conllArticle, isNewsProse, isSportsPage, readConll, sentenceNames } from '../../eval/conll';
import { goldEntities, normalizeName, scoreDocument, summarize } from '../../eval/score';

const lines = (rows: string[]) => `${rows.join('\n')}\n`;
const sentence = (tagged: string) =>
  tagged
    .split(' ')
    .map((pair) => {
      const [token, tag = 'O'] = pair.split('/');
      return `${token} NNP I-NP ${tag}`;
    })
    .join('\n');

const FILE = lines([
  '-DOCSTART- -X- -X- O',
  '',
  sentence('TALKS/O IN/O ROME/I-LOC END/O'),
  '',
  sentence('ROME/I-LOC 1996-12-06/O'),
  '',
  sentence(
    'Salem/I-PER Bitar/I-PER said/O "/O it/O is/O over/O ,/O "/O Bitar/I-PER told/O the/O European/I-ORG Union/I-ORG ./O',
  ),
  '',
  sentence("He/O met/O Germany/I-LOC 's/O Kohl/I-PER in/O Bonn/I-LOC and/O Paris/I-LOC Paris/B-LOC ./O"),
  '',
  '-DOCSTART- -X- -X- O',
  '',
  sentence('SOCCER/O -/O ARSENAL/I-ORG WIN/O ./O'),
  '',
  sentence('LONDON/I-LOC 1996-08-22/O'),
  '',
]);

describe('readConll', () => {
  const docs = readConll(FILE);

  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences).toHaveLength(4);
    expect(docs[1].sentences).toHaveLength(2);
    expect(docs[0].sentences[1][0]).toEqual({ text: 'ROME', pos: 'NNP', chunk: 'I-NP', tag: 'I-LOC' });
  });

  it('reads a file without a leading -DOCSTART- as one document', () => {
    expect(readConll(lines([sentence('Hi/O there/O'), '', sentence('Bye/O')]))[0].sentences).toHaveLength(2);
  });

  it('rebuilds the article: normal spacing, curly quotes, one sentence a paragraph', () => {
    expect(articleText(docs[0])).toBe(
      [
        'TALKS IN ROME END',
        'ROME 1996-12-06',
        'Salem Bitar said “it is over,” Bitar told the European Union.',
        "He met Germany's Kohl in Bonn and Paris Paris.",
      ].join('\n\n'),
    );
  });

  it('reads IOB1 names, a B- tag opening a second name beside the first', () => {
    expect(sentenceNames(docs[0].sentences[3]).map((n) => `${n.type}:${n.text}`)).toEqual([
      'LOC:Germany',
      'PER:Kohl',
      'LOC:Bonn',
      'LOC:Paris',
      'LOC:Paris',
    ]);
  });

  it('places gold names at their offsets in the article', () => {
    const { text, spans } = conllArticle(docs[0]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => s.text)).toContain('European Union');
  });

  it('tells sports pages and news prose apart', () => {
    expect(isSportsPage(docs[1])).toBe(true);
    expect(isSportsPage(docs[0])).toBe(false);
    // two long sentences only: not enough to be news prose
    expect(isNewsProse(docs[0])).toBe(false);
    const long = sentence('The/O minister/O said/O on/O Monday/O that/O talks/O would/O resume/O ./O');
    const prose = readConll(lines([sentence('HEADLINE/O'), '', long, '', long, '', long, '', long]))[0];
    expect(isNewsProse(prose)).toBe(true);
  });
});

const entity = (type: Entity['type'], name: string, aliases: string[] = []): Entity => ({
  id: `${type}:${name}`,
  name,
  type,
  aliases,
  sourceIds: ['s'],
});
const kb = (entities: Entity[]): KnowledgeBase => ({ sources: [], entities, quotes: [], facts: [] });

describe('scoring', () => {
  it('normalises case, a leading "the", a possessive and dots', () => {
    expect(normalizeName("The U.S.'s")).toBe('us');
    expect(normalizeName('Reuters’')).toBe('reuters');
  });

  it('joins case variants and a person’s shorter forms into one gold name', () => {
    const { gold, misc } = goldEntities([
      { type: 'LOC', text: 'ROME' },
      { type: 'LOC', text: 'Rome' },
      { type: 'PER', text: 'Salem Bitar' },
      { type: 'PER', text: 'Bitar' },
      { type: 'MISC', text: 'German' },
    ]);
    expect(gold.map((g) => [...g.keys])).toEqual([['rome'], ['salem bitar', 'bitar']]);
    expect([...misc]).toEqual(['german']);
  });

  it('counts found, right, neutral and wrong, typed and untyped, and exact mention spans', () => {
    const { text, spans } = conllArticle(readConll(FILE)[0]);
    const score = scoreDocument(
      kb([
        entity('place', 'Rome'),
        entity('person', 'Bitar'),
        entity('place', 'European Union', ['EU']), // found, wrong type
        entity('organization', 'European'), // wrong
        entity('person', 'Kohl'),
        entity('place', 'Germany'),
      ]),
      text,
      spans,
    );
    // gold: Rome, Salem Bitar (+Bitar), European Union, Germany, Kohl, Bonn, Paris
    expect(score.counts.gold).toBe(7);
    expect(score.counts.found).toBe(5);
    expect(score.counts.foundTyped).toBe(4);
    expect(score.missed).toEqual(['Bonn [place]', 'Paris [place]']);
    expect(score.counts.right).toBe(5);
    expect(score.counts.rightTyped).toBe(4);
    expect(score.wrong).toEqual(['European (organization)']);
    const s = summarize(score.counts);
    expect(s.untyped.precision).toBeCloseTo(5 / 6);
    expect(s.untyped.recall).toBeCloseTo(5 / 7);
    // mentions: ROME ×2, Bitar, European Union, Germany, Kohl matched exactly; "European" inside it is not separate
    expect(score.counts.exactSpans).toBe(6);
    expect(score.counts.exactTypedSpans).toBe(5);
    expect(score.counts.goldSpans).toBe(10);
  });

  it('counts a name that is only MISC gold as neutral', () => {
    const { text, spans } = conllArticle(
      readConll(lines([sentence('The/O German/I-MISC plan/O failed/O in/O Bonn/I-LOC ./O')]))[0],
    );
    const score = scoreDocument(kb([entity('place', 'German'), entity('place', 'Bonn')]), text, spans);
    expect(score.counts.neutral).toBe(1);
    expect(summarize(score.counts).untyped.precision).toBe(1);
  });
});
