import type { EntityType } from '../../lib/knowledge/schema';
import { MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS, type Settings, withSiteHighlighting } from '../../lib/settings';

/** A typed hover delay in whole milliseconds, or null when it is not a number within the allowed bounds. */
export function parseHoverDelay(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < MIN_HOVER_DELAY_MS || value > MAX_HOVER_DELAY_MS) return null;
  return Math.round(value);
}

export function withSiteEnabled(settings: Settings, hostname: string): Settings {
  return withSiteHighlighting(settings, hostname, true);
}

export function withEntityType(settings: Settings, type: EntityType, on: boolean): Settings {
  return { ...settings, entityTypes: { ...settings.entityTypes, [type]: on } };
}
