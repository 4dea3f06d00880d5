import type { EntityType } from '../../lib/knowledge/schema';

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
};

/** Inline SVG paths so no remote or web-accessible asset is needed. */
const PATHS: Record<EntityType, string> = {
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-4 0-7 2-7 4.5V20h14v-1.5C19 16 16 14 12 14Z',
  place: 'M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z',
  organization: 'M4 21V5l8-3 8 3v16h-6v-5h-4v5H4Zm4-12h2V7H8v2Zm6 0h2V7h-2v2Zm-6 4h2v-2H8v2Zm6 0h2v-2h-2v2Z',
};

export function TypeIcon({ type, size = 16 }: { type: EntityType; size?: number }) {
  return (
    <svg
      width={`${size}px`}
      height={`${size}px`}
      viewBox="0 0 24 24"
      role="img"
      aria-label={TYPE_LABELS[type]}
      focusable="false"
    >
      <path d={PATHS[type]} fill="currentColor" />
    </svg>
  );
}
