import type { EntityType } from '../knowledge/schema';

export type HighlightStyle = 'underline' | 'tint';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** Registered in CSS.highlights under these names. */
export function highlightName(type: EntityType): string {
  return `news-context-${type}`;
}

/** Mid-lightness hues, one per type: they read on white and on near-black pages alike. */
const TYPE_HUES: Record<EntityType, string> = {
  person: '212 85% 55%',
  place: '150 65% 40%',
  organization: '280 60% 60%',
};
const UNDERLINE_ALPHA = 0.85;
const TINT_ALPHA = 0.22;

/** The stylesheet text for one style (also usable as static content-script CSS where adoption fails). */
export function highlightCss(style: HighlightStyle): string {
  return ENTITY_TYPES.map((type) => {
    const hue = TYPE_HUES[type];
    const rule =
      style === 'underline'
        ? // Unbroken under descenders (Firefox skips ink by default), so the name's whole extent reads at a glance.
          `text-decoration: underline 2px hsl(${hue} / ${UNDERLINE_ALPHA}); text-underline-offset: 2px; text-decoration-skip-ink: none;`
        : `background-color: hsl(${hue} / ${TINT_ALPHA});`;
    return `::highlight(${highlightName(type)}) { ${rule} }`;
  }).join('\n');
}

type SheetHolder = Document | ShadowRoot;

/** The style the early sheet holds now (it starts as underline), kept across annotator restarts. */
const earlySheetStyles = new WeakMap<CSSStyleSheet, HighlightStyle>();

/**
 * Where a document_start script leaves the sheet it adopted while the page was still empty: adopting one into
 * a built page restyles every element (about 250 ms for 100,000 elements), adopting it early costs nothing.
 */
export const EARLY_SHEET_KEY = '__newsContextHighlightSheet';

/** Run at document_start: adopts the highlight sheet before the page has elements to restyle. */
export function adoptEarlyHighlightSheet(win: Window & typeof globalThis): void {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(highlightCss('underline'));
    win.document.adoptedStyleSheets = [...win.document.adoptedStyleSheets, sheet];
    (win as unknown as Record<string, unknown>)[EARLY_SHEET_KEY] = sheet;
  } catch {
    // no constructable stylesheets here: the annotator adopts its own sheet when it first paints
  }
}

/** One constructed stylesheet adopted by the document and each shadow root met: no node is added to the page. */
export class AdoptedHighlightStyles {
  private readonly sheet: CSSStyleSheet | null;
  private readonly holders = new Set<SheetHolder>();
  private earlySheet: CSSStyleSheet | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    style: HighlightStyle,
  ) {
    this.sheet = this.createSheet(style);
  }

  private createSheet(style: HighlightStyle): CSSStyleSheet | null {
    const early = (this.win as unknown as Record<string, unknown>)[EARLY_SHEET_KEY];
    if (early instanceof this.win.CSSStyleSheet && this.win.document.adoptedStyleSheets.includes(early)) {
      this.holders.add(this.win.document);
      this.earlySheet = early;
      // Rewriting an adopted sheet restyles the page: only when its style is not the one wanted.
      if ((earlySheetStyles.get(early) ?? 'underline') !== style) {
        early.replaceSync(highlightCss(style));
        earlySheetStyles.set(early, style);
      }
      return early;
    }
    try {
      const sheet = new this.win.CSSStyleSheet();
      sheet.replaceSync(highlightCss(style));
      return sheet;
    } catch {
      return null; // no constructable stylesheets: the manifest's static CSS (highlightCss) must carry the style
    }
  }

  adoptInto(holder: SheetHolder): void {
    if (!this.sheet || this.holders.has(holder) || !('adoptedStyleSheets' in holder)) return;
    this.holders.add(holder); // tried once: a refusal is not retried on every paint
    try {
      holder.adoptedStyleSheets = [...holder.adoptedStyleSheets, this.sheet];
    } catch {
      // Firefox's isolated world may refuse a sheet from the content script's compartment; static CSS covers it.
    }
  }

  setStyle(style: HighlightStyle): void {
    this.sheet?.replaceSync(highlightCss(style));
    if (this.sheet && this.sheet === this.earlySheet) earlySheetStyles.set(this.sheet, style);
  }

  removeAll(): void {
    for (const holder of this.holders) {
      // The early sheet stays: it styles nothing once the highlights are gone, and re-adopting it would restyle.
      if (this.sheet === this.earlySheet && holder === this.win.document) continue;
      try {
        holder.adoptedStyleSheets = holder.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // the holder's window is gone
      }
    }
    this.holders.clear();
  }
}
