import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../../lib/extract/files';
import { extractArticle } from '../../../lib/extract/index';

const ROOT = resolve(__dirname, '../../..');
const seed = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/articles/seed.json'), 'utf8')) as {
  text: string;
  entities: { name: string; type: string; aliases?: string[]; role?: string }[];
  quotes: { text: string; speaker: string }[];
  notQuotes: string[];
  keyFacts: string[];
};
const text = readFileSync(resolve(ROOT, seed.text), 'utf8');
const kb = extractArticle({ text, builtIn: true });
const byName = (name: string) => kb.entities.find((e) => e.name === name);
const nameOf = (id: string | null) => kb.entities.find((e) => e.id === id)?.name ?? null;
/** Words compromise alone returns as names from the seed: none of them is an entity. */
const JUNK = [
  'President',
  'State Antony',
  'island Beijing',
  'China-',
  'Taiwan: Beijing',
  '(Leah Millis/Reuters)',
  'Leah Millis',
  'Chinese',
  'American',
  'Wang',
];

describe('seed article', () => {
  it('keeps the date line as the date, not as text', () => {
    expect(kb.sources[0].date).toBe('2023-06-19');
    expect(kb.facts.some((f) => f.text.includes('date 2023'))).toBe(false);
  });

  it.each(seed.entities.map((e) => [e.name, e] as const))(
    'finds %s with its type, aliases and role',
    (name, expected) => {
      const entity = byName(name);
      expect(entity?.type).toBe(expected.type);
      for (const alias of expected.aliases ?? []) expect(entity?.aliases).toContain(alias);
      if (expected.role) expect(entity?.description).toBe(expected.role);
    },
  );

  it('finds nothing else: no junk, no nationalities, one entity per person', () => {
    expect(kb.entities.map((e) => e.name).sort()).toEqual(seed.entities.map((e) => e.name).sort());
    for (const junk of JUNK) expect(byName(junk)).toBeUndefined();
  });

  it.each(seed.quotes.map((q) => [q.text, q.speaker] as const))('attributes "%s" to %s', (quote, speaker) => {
    const found = kb.quotes.find((q) => q.text.startsWith(quote));
    expect(found).toBeDefined();
    expect(nameOf(found!.speakerId)).toBe(speaker);
  });

  it('does not take scare quotes and terms for quotes', () => {
    for (const term of seed.notQuotes) expect(kb.quotes.some((q) => q.text === term)).toBe(false);
  });

  it('ranks the key facts in its top 10 and leaves out the photo caption', () => {
    const top = kb.facts.slice(0, 10).map((f) => f.text);
    for (const fact of seed.keyFacts) expect(top.some((t) => t.includes(fact))).toBe(true);
    expect(kb.facts.some((f) => f.text.includes('are joined by'))).toBe(false);
    expect(kb.facts.map((f) => f.score)).toEqual([...kb.facts.map((f) => f.score)].sort((a, b) => b - a));
  });

  it('links each fact to the entities it names', () => {
    const bali = kb.facts.find((f) => f.text.includes('Bali'))!;
    expect(bali.entityIds).toEqual(
      expect.arrayContaining(['person:joe-biden', 'person:xi-jinping', 'place:bali', 'place:indonesia']),
    );
  });

  it('gives the same knowledge through extractFiles, marked built in', () => {
    const merged = extractFiles([{ path: seed.text, text, builtIn: true }]);
    expect(merged.sources[0].builtIn).toBe(true);
    expect(merged.entities.map((e) => e.id).sort()).toEqual(kb.entities.map((e) => e.id).sort());
  });
});
