import type { Source } from '../../lib/knowledge/schema';

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** A human name for a source: its title, else its outlet, else its site's hostname, else its opening words. */
export function sourceLabel(source: Pick<Source, 'title' | 'siteName' | 'url' | 'lead'>): string {
  return (
    source.title?.trim() ||
    source.siteName?.trim() ||
    hostnameOf(source.url) ||
    source.lead?.trim() ||
    'Untitled article'
  );
}

/** The outlet to show beside the label: siteName, else hostname, skipping whichever the label already says. */
export function sourceSite(source: Pick<Source, 'title' | 'siteName' | 'url' | 'lead'>): string | undefined {
  const label = sourceLabel(source);
  return [source.siteName?.trim(), hostnameOf(source.url)].find((site) => site && site !== label);
}
