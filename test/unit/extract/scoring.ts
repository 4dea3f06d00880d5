/** Scores an extracted KnowledgeBase against a hand-written expectation (test/fixtures/articles/*.json). */
import type { Entity, KnowledgeBase } from '../../../lib/knowledge/schema';

export interface ExpectedEntity {
  name: string;
  type: Entity['type'];
  aliases?: string[];
  role?: string;
}

export interface ExpectedQuote {
  /** The quote's text or its beginning. */
  text: string;
  speaker: string | null;
}

export interface Expected {
  entities: ExpectedEntity[];
  quotes: ExpectedQuote[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  quotesFound: number;
  attribution: number;
  roles: number;
  missing: string[];
  junk: string[];
  wrongSpeakers: string[];
  /** "Ingrid Solberg: 'biologist' (expected 'a marine biologist')". */
  wrongRoles: string[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** An extracted entity is the expected one when type and a name or alias agree. */
export function matches(found: Entity, expected: ExpectedEntity): boolean {
  if (found.type !== expected.type) return false;
  const foundNames = [found.name, ...found.aliases];
  const expectedNames = [expected.name, ...(expected.aliases ?? [])];
  return (
    same(found.name, expected.name) ||
    foundNames.some((f) => expectedNames.some((e) => same(f, e) && e === expected.name))
  );
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreExtraction(kb: KnowledgeBase, expected: Expected): Score {
  const matchedFound = kb.entities.filter((f) => expected.entities.some((e) => matches(f, e)));
  const matchedExpected = expected.entities.filter((e) => kb.entities.some((f) => matches(f, e)));
  const precision = ratio(matchedFound.length, kb.entities.length);
  const recall = ratio(matchedExpected.length, expected.entities.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const nameOf = (id: string | null): string | null => kb.entities.find((e) => e.id === id)?.name ?? null;
  let found = 0;
  let attributed = 0;
  const wrongSpeakers: string[] = [];
  for (const quote of expected.quotes) {
    const hit = kb.quotes.find((q) => q.text.startsWith(quote.text) || quote.text.startsWith(q.text));
    if (!hit) {
      wrongSpeakers.push(`missing quote: ${quote.text}`);
      continue;
    }
    found++;
    if (nameOf(hit.speakerId) === quote.speaker) attributed++;
    else wrongSpeakers.push(`${quote.text.slice(0, 30)}… → ${nameOf(hit.speakerId)} (expected ${quote.speaker})`);
  }
  const withRoles = expected.entities.filter((e) => e.role);
  const roleOf = (e: ExpectedEntity) => kb.entities.find((f) => matches(f, e))?.description;
  const rolesRight = withRoles.filter((e) => roleOf(e) === e.role);
  return {
    precision,
    recall,
    f1,
    quotesFound: ratio(found, expected.quotes.length),
    attribution: ratio(attributed, expected.quotes.length),
    roles: ratio(rolesRight.length, withRoles.length),
    missing: expected.entities.filter((e) => !matchedExpected.includes(e)).map((e) => `${e.type}:${e.name}`),
    junk: kb.entities.filter((f) => !matchedFound.includes(f)).map((f) => `${f.type}:${f.name}`),
    wrongSpeakers,
    wrongRoles: withRoles
      .filter((e) => roleOf(e) !== e.role)
      .map((e) => `${e.name}: '${roleOf(e) ?? ''}' (expected '${e.role}')`),
  };
}
