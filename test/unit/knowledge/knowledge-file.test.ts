import { describe, expect, it } from 'vitest';
import {
  KNOWLEDGE_FILE_FORMAT,
  knowledgeFileText,
  MAX_KNOWLEDGE_FILE_CHARS,
  parseKnowledgeFile,
} from '../../../lib/knowledge/knowledge-file';
import { mergeKnowledge } from '../../../lib/knowledge/merge';
import { articleKnowledge } from './fixtures';

const EXPORTED_AT = new Date('2024-04-01T10:00:00Z');

describe('parseKnowledgeFile', () => {
  const own = [
    { knowledge: articleKnowledge('a'), enabled: true, addedAt: '2024-03-01T00:00:00.000Z' },
    { knowledge: articleKnowledge('b'), enabled: false, addedAt: '2024-03-02T00:00:00.000Z' },
  ];
  const exported = knowledgeFileText(own, EXPORTED_AT);

  it('reads its own export back unchanged: each source with its extraction, switch and date', () => {
    expect(parseKnowledgeFile(exported)).toEqual({ ok: true, value: own });
  });

  it('reads the array that `extract --sources` prints, one source each', () => {
    const parsed = parseKnowledgeFile(JSON.stringify([articleKnowledge('a'), articleKnowledge('b')]));
    expect(parsed.ok && parsed.value.map((part) => part.knowledge.sources[0]!.id)).toEqual(['source:a', 'source:b']);
  });

  it('reads a version 1 export (one merged knowledge base) as one part per source', () => {
    const merged = mergeKnowledge([articleKnowledge('a'), articleKnowledge('b')]);
    const v1 = JSON.stringify({ format: KNOWLEDGE_FILE_FORMAT, version: 1, exportedAt: '', knowledge: merged });
    const parsed = parseKnowledgeFile(v1);
    expect(parsed.ok && parsed.value.map((part) => part.knowledge.sources.length)).toEqual([1, 1]);
    expect(parsed.ok && parsed.value[1]!.knowledge.quotes.map((q) => q.sourceId)).toEqual(['source:b']);
  });

  it('reads a bare knowledge base too', () => {
    expect(parseKnowledgeFile(JSON.stringify(articleKnowledge('b'))).ok).toBe(true);
  });

  it.each([
    ['a truncated file', exported.slice(0, exported.length / 2), 'not JSON: '],
    [
      'another format',
      JSON.stringify({ format: 'bookmarks', version: 1 }),
      'not a News Context knowledge file: format is "bookmarks"',
    ],
    [
      'a newer version',
      JSON.stringify({ format: KNOWLEDGE_FILE_FORMAT, version: 9, knowledge: {} }),
      'made by a newer version of News Context',
    ],
    [
      'a version that is not a number',
      JSON.stringify({ format: KNOWLEDGE_FILE_FORMAT, version: 'one' }),
      'version is not a positive whole number',
    ],
    [
      'no knowledge inside a version 1 file',
      JSON.stringify({ format: KNOWLEDGE_FILE_FORMAT, version: 1 }),
      'knowledge is not an object: missing',
    ],
    [
      'a dangling reference in the second source',
      exported.replace(
        '"speakerId":"person:antony-blinken","sourceId":"source:b"',
        '"speakerId":"person:x","sourceId":"source:b"',
      ),
      'sources[1].quotes[0].speakerId points at no entity',
    ],
    ['a file that is too large', ' '.repeat(MAX_KNOWLEDGE_FILE_CHARS + 1), 'too large'],
  ])('refuses %s whole, saying why', (_label, text, reason) => {
    const result = parseKnowledgeFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
