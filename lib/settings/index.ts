import type { EntityType } from '../knowledge/schema';

/** Every user setting, with its default in one place. Stored in browser.storage.sync under SETTINGS_KEY. */
export interface Settings {
  enabled: boolean;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
  hoverDelayMs: number;
  highlightStyle: 'underline' | 'tint';
  entityTypes: Record<EntityType, boolean>;
  /** Hostnames whose articles are learned as the reader reads them (opt-in, off everywhere by default). */
  learningSites: string[];
  /** Learned articles kept; the oldest learned is pruned first. Added-by-hand sources are never pruned. */
  learnedLimit: number;
}

export const SETTINGS_KEY = 'settings';
export const MIN_HOVER_DELAY_MS = 0;
export const MAX_HOVER_DELAY_MS = 3000;
/** About 4 KB a learned article: the default keeps learning under ~1.5 MB; the reader may raise it. */
export const DEFAULT_LEARNED_LIMIT = 300;
export const MIN_LEARNED_LIMIT = 10;
export const MAX_LEARNED_LIMIT = 10_000;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 400,
  highlightStyle: 'underline',
  entityTypes: { person: true, place: true, organization: true },
  learningSites: [],
  learnedLimit: DEFAULT_LEARNED_LIMIT,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads stored settings field by field: a corrupt or unknown value falls back to its default alone. */
export function parseSettings(raw: unknown): Settings {
  const stored = isObject(raw) ? raw : {};
  const types = isObject(stored.entityTypes) ? stored.entityTypes : {};
  const delay = stored.hoverDelayMs;
  const limit = stored.learnedLimit;
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: siteList(stored.disabledSites),
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay) && delay >= MIN_HOVER_DELAY_MS && delay <= MAX_HOVER_DELAY_MS
        ? Math.round(delay)
        : DEFAULT_SETTINGS.hoverDelayMs,
    highlightStyle:
      stored.highlightStyle === 'tint' || stored.highlightStyle === 'underline'
        ? stored.highlightStyle
        : DEFAULT_SETTINGS.highlightStyle,
    entityTypes: {
      person: typeof types.person === 'boolean' ? types.person : true,
      place: typeof types.place === 'boolean' ? types.place : true,
      organization: typeof types.organization === 'boolean' ? types.organization : true,
    },
    learningSites: siteList(stored.learningSites),
    learnedLimit:
      Number.isInteger(limit) && (limit as number) >= MIN_LEARNED_LIMIT && (limit as number) <= MAX_LEARNED_LIMIT
        ? (limit as number)
        : DEFAULT_LEARNED_LIMIT,
  };
}

/** Distinct non-empty hostnames; anything else stored there reads as no sites. */
function siteList(raw: unknown): string[] {
  return Array.isArray(raw) ? [...new Set(raw.filter((s): s is string => typeof s === 'string' && s.length > 0))] : [];
}

/** Highlighting runs on a page when it is on globally and not switched off for the page's site. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/** Highlighting switched on or off for one site; the site is listed once at most. */
export function withSiteHighlighting(settings: Settings, hostname: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: on ? others : [...others, hostname] };
}

/** Articles on this site are learned as the reader reads them. */
export function isLearningOn(settings: Settings, hostname: string): boolean {
  return settings.learningSites.includes(hostname);
}

/** Learning switched on or off for one site; the site is listed once at most. */
export function withSiteLearning(settings: Settings, hostname: string, on: boolean): Settings {
  const others = settings.learningSites.filter((site) => site !== hostname);
  return { ...settings, learningSites: on ? [...others, hostname] : others };
}

/** The sites the options page lists: those that learn now, and those that learned before (switched off since). */
export const listedLearningSites = (
  learningSites: readonly string[],
  sources: readonly { learnedFrom?: string }[],
): string[] => [...new Set([...learningSites, ...sources.flatMap((source) => source.learnedFrom ?? [])])].sort();
