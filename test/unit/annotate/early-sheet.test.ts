// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { AdoptedHighlightStyles, adoptEarlyHighlightSheet, EARLY_SHEET_KEY } from '../../../lib/annotate/styles';

const win = window as unknown as Window & typeof globalThis & Record<string, unknown>;

beforeEach(() => {
  document.adoptedStyleSheets = [];
  delete win[EARLY_SHEET_KEY];
});

describe('the highlight sheet adopted at document_start', () => {
  it.each([
    ['adopted early', true, 1],
    ['not adopted early (script blocked or late)', false, 1],
  ])('the document ends with exactly one highlight sheet when %s', (_label, early, expected) => {
    if (early) adoptEarlyHighlightSheet(win);
    new AdoptedHighlightStyles(win, 'tint').adoptInto(document);
    expect(document.adoptedStyleSheets).toHaveLength(expected);
  });

  it('is the sheet the annotator styles, not a second one added later', () => {
    adoptEarlyHighlightSheet(win);
    const early = win[EARLY_SHEET_KEY];
    new AdoptedHighlightStyles(win, 'underline').adoptInto(document);
    expect(document.adoptedStyleSheets[0]).toBe(early);
  });
});

describe('switching highlighting off and on', () => {
  it('keeps the early sheet adopted, so turning back on never adds a sheet to a built page', () => {
    adoptEarlyHighlightSheet(win);
    const early = win[EARLY_SHEET_KEY];
    const first = new AdoptedHighlightStyles(win, 'underline');
    first.adoptInto(document);
    first.removeAll();
    new AdoptedHighlightStyles(win, 'underline').adoptInto(document);
    expect(document.adoptedStyleSheets).toEqual([early]);
  });
});
