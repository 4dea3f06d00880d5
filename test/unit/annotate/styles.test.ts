import { describe, expect, it } from 'vitest';
import { highlightCss, highlightName } from '../../../lib/annotate';
import type { EntityType } from '../../../lib/knowledge/schema';

/** The declarations of one type's ::highlight rule, as property → value. */
function declarationsOf(css: string, type: EntityType): Record<string, string> {
  const rule = css.split('\n').find((line) => line.startsWith(`::highlight(${highlightName(type)})`));
  const body = rule?.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}')) ?? '';
  return Object.fromEntries(
    body
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter(([property]) => property)
      .map(([property, ...value]) => [property, value.join(':')]),
  );
}

describe('highlightCss', () => {
  it.each<EntityType>(['person', 'place', 'organization'])(
    'underlines a %s without gaps under descenders (g, j, p, y)',
    (type) => {
      const declarations = declarationsOf(highlightCss('underline'), type);
      expect(declarations['text-decoration']).toMatch(/^underline /);
      expect(declarations['text-decoration-skip-ink']).toBe('none');
    },
  );

  it.each<EntityType>(['person', 'place', 'organization'])('tints a %s without any underline', (type) => {
    const declarations = declarationsOf(highlightCss('tint'), type);
    expect(declarations['background-color']).toMatch(/^hsl\(/);
    expect(declarations['text-decoration']).toBeUndefined();
  });
});
