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

/** One constructed stylesheet adopted by the document and each shadow root met: no node is added to the page. */
export class AdoptedHighlightStyles {
  private readonly sheet: CSSStyleSheet | null;
  private readonly holders = new Set<SheetHolder>();

  constructor(
    private readonly win: Window & typeof globalThis,
    style: HighlightStyle,
  ) {
    this.sheet = this.createSheet(style);
  }

  private createSheet(style: HighlightStyle): CSSStyleSheet | null {
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
  }

  removeAll(): void {
    for (const holder of this.holders) {
      try {
        holder.adoptedStyleSheets = holder.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // the holder's window is gone
      }
    }
    this.holders.clear();
  }
}
