/** Stable, readable ids: "person:antony-blinken". Same name and type give the same id in every source. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityId(type: string, name: string): string {
  return `${type}:${slugify(name) || 'unnamed'}`;
}

/** A short, deterministic hash (FNV-1a) for ids of quotes, facts and sources. */
export function hashId(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${prefix}:${(hash >>> 0).toString(36)}`;
}
