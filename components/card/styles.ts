/**
 * The hover card's CSS, injected by the content script into the card's shadow root.
 * Sizes are px (a page's root font size must not scale the card); the host element owns position and z-index.
 */

export interface CardTheme {
  text: string;
  muted: string;
  background: string;
  border: string;
  accent: string;
  chipText: string;
  chipBackground: string;
  success: string;
  focus: string;
}

export const CARD_THEMES: Record<'light' | 'dark', CardTheme> = {
  light: {
    text: '#1f2328',
    muted: '#57606a',
    background: '#ffffff',
    border: '#8c959f',
    accent: '#0a55c2',
    chipText: '#1f2328',
    chipBackground: '#eef1f4',
    success: '#116329',
    focus: '#0a55c2',
  },
  dark: {
    text: '#e8eaed',
    muted: '#a9b0b8',
    background: '#1f2124',
    border: '#6e7681',
    accent: '#8ab4f8',
    chipText: '#e8eaed',
    chipBackground: '#33363b',
    success: '#7ee2a0',
    focus: '#8ab4f8',
  },
};

/** Text on background pairs that must reach WCAG AA (4.5:1); checked in the unit tests. */
export const TEXT_PAIRS: ReadonlyArray<[keyof CardTheme, keyof CardTheme]> = [
  ['text', 'background'],
  ['muted', 'background'],
  ['accent', 'background'],
  ['success', 'background'],
  ['chipText', 'chipBackground'],
  // Hovered buttons take the chip background.
  ['accent', 'chipBackground'],
  ['muted', 'chipBackground'],
  ['success', 'chipBackground'],
];

export const CARD_MAX_WIDTH_PX = 380;
export const CARD_DEFAULT_MAX_HEIGHT_PX = 440;
/** The card keeps this far from both viewport edges, whatever room placement reports. */
const VIEWPORT_MARGINS_PX = 16;
const CARD_PADDING_TOP_PX = 12;
const CARD_PADDING_SIDE_PX = 14;
const FADE_IN_MS = 120;

function themeVariables(theme: CardTheme): string {
  return `
  --nc-text: ${theme.text};
  --nc-muted: ${theme.muted};
  --nc-background: ${theme.background};
  --nc-border: ${theme.border};
  --nc-accent: ${theme.accent};
  --nc-chip-text: ${theme.chipText};
  --nc-chip-background: ${theme.chipBackground};
  --nc-success: ${theme.success};
  --nc-focus: ${theme.focus};`;
}

export const CARD_CSS = `
:host { all: initial; display: block; }
.nc-card, .nc-card *, .nc-card *::before, .nc-card *::after { box-sizing: border-box; }

.nc-card {${themeVariables(CARD_THEMES.light)}
  color-scheme: light;
  position: relative;
  width: ${CARD_MAX_WIDTH_PX}px;
  max-width: min(${CARD_MAX_WIDTH_PX}px, calc(100vw - ${VIEWPORT_MARGINS_PX}px));
  max-height: min(var(--nc-card-max-height, ${CARD_DEFAULT_MAX_HEIGHT_PX}px), calc(100vh - ${VIEWPORT_MARGINS_PX}px));
  overflow-y: auto;
  overscroll-behavior: contain;
  scrollbar-width: thin;
  scrollbar-color: var(--nc-border) var(--nc-background);
  padding: ${CARD_PADDING_TOP_PX}px ${CARD_PADDING_SIDE_PX}px 14px;
  border: 1px solid var(--nc-border);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  background: var(--nc-background);
  color: var(--nc-text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  text-align: left;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .nc-theme-auto {${themeVariables(CARD_THEMES.dark)}
    color-scheme: dark;
  }
}
.nc-theme-dark {${themeVariables(CARD_THEMES.dark)}
  color-scheme: dark;
}
@media (prefers-reduced-motion: no-preference) {
  .nc-card { animation: nc-fade-in ${FADE_IN_MS}ms ease-out; }
}
@keyframes nc-fade-in { from { opacity: 0; } to { opacity: 1; } }

.nc-card :focus-visible, .nc-card:focus-visible {
  outline: 2px solid var(--nc-focus);
  outline-offset: 2px;
}
.nc-card:focus { outline: none; }
.nc-card:focus-visible { outline-offset: -2px; }

/* Name and close button stay in view while the card's content scrolls under them. */
.nc-sticky {
  position: sticky;
  /* Sticky offsets count from inside the card's padding: this keeps the header flush with the card's top edge. */
  top: -${CARD_PADDING_TOP_PX}px;
  margin: -${CARD_PADDING_TOP_PX}px -${CARD_PADDING_SIDE_PX}px 0;
  padding: ${CARD_PADDING_TOP_PX}px ${CARD_PADDING_SIDE_PX}px 4px;
  background: var(--nc-background);
}
.nc-header { display: flex; align-items: center; gap: 8px; }
.nc-card button.nc-back { margin-bottom: 6px; border-color: transparent; padding-left: 0; }
.nc-type { display: inline-flex; color: var(--nc-muted); flex: none; }
.nc-name { margin: 0; flex: 1; font-size: 17px; font-weight: 650; line-height: 1.3; color: var(--nc-text); }
.nc-card h3 {
  margin: 14px 0 6px;
  font-size: 12px;
  font-weight: 650;
  letter-spacing: 0.5px;
  text-transform: uppercase;
  color: var(--nc-muted);
}
.nc-card ul { margin: 0; padding: 0; list-style: none; }
.nc-card p { margin: 0; }

.nc-roles { margin-top: 4px; }
.nc-roles li + li { margin-top: 4px; }
.nc-role { display: block; font-weight: 550; }
.nc-role-summary .nc-role { display: inline; }
.nc-reported, .nc-mentions, .nc-attribution { font-size: 13px; color: var(--nc-muted); }
.nc-reported cite { font-style: italic; }
.nc-mentions { margin-top: 8px; }

/* Not positioned (the sticky header must paint above the list), so the bullet is a marker. */
.nc-card ul.nc-facts { padding-left: 16px; list-style: disc; }
.nc-facts li + li { margin-top: 6px; }
.nc-fact-source { display: block; font-size: 12px; font-style: normal; color: var(--nc-muted); }
.nc-facts li::marker { color: var(--nc-muted); }

.nc-quotes li + li { margin-top: 10px; }
.nc-quote { margin: 0; padding-left: 10px; border-left: 3px solid var(--nc-border); font-style: italic; }
.nc-quote-footer { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 4px; }

.nc-card button {
  font: inherit;
  font-size: 13px;
  line-height: 1.3;
  min-height: 24px;
  margin: 0;
  padding: 2px 8px;
  border: 1px solid var(--nc-border);
  border-radius: 4px;
  background: transparent;
  color: var(--nc-accent);
  cursor: pointer;
  flex: none;
}
.nc-card button:hover { background: var(--nc-chip-background); }
.nc-card button.nc-copied { color: var(--nc-success); }
.nc-more { margin-top: 8px; }
.nc-card button.nc-close { border-color: transparent; font-size: 18px; line-height: 1; color: var(--nc-muted); }

.nc-ambiguous-note { margin-top: 4px; color: var(--nc-text); }
.nc-candidates { margin-top: 10px; }
.nc-candidates li + li { margin-top: 6px; }
.nc-card button.nc-candidate { display: block; width: 100%; padding: 6px 10px; text-align: left; }
.nc-candidate-name { display: block; font-size: 14px; font-weight: 600; }
.nc-candidate-detail { display: block; color: var(--nc-muted); }

.nc-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.nc-chip {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  padding: 2px 8px;
  border-radius: 12px;
  background: var(--nc-chip-background);
  color: var(--nc-chip-text);
  font-size: 13px;
}

.nc-why { margin-top: 10px; font-size: 13px; color: var(--nc-muted); }
.nc-why summary { cursor: pointer; }
.nc-why ul { margin: 6px 0 0; padding-left: 18px; }
.nc-why li + li { margin-top: 4px; }

.nc-visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;
