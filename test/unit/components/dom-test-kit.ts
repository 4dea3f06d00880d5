import axe from 'axe-core';
import { expect } from 'vitest';

/** axe-core's checks, less colour contrast: happy-dom does no layout, so contrast is tested on the theme colours. */
export async function expectNoAxeViolations(root: Element) {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
