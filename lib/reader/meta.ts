/** Meta tags that carry a publication date, most trusted first (lower-cased name, property or itemprop). */
const DATE_META_NAMES = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'published_time',
  'publication_date',
  'publish-date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];
const LD_JSON_TYPE = 'application/ld+json';

function metaDates(doc: Document): string[] {
  const byName = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  return DATE_META_NAMES.flatMap((name) => byName.get(name) ?? []);
}

/** datePublished from JSON-LD blocks (parsed as data, never as markup), searching @graph and arrays. */
function jsonLdDates(doc: Document): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.datePublished === 'string') found.push(record.datePublished);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== LD_JSON_TYPE) continue;
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; the other candidates still count.
    }
  }
  return found;
}

function timeDates(doc: Document): string[] {
  const times = [
    ...Array.from(doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')),
    ...Array.from(doc.querySelectorAll('article time[datetime], time[datetime]')),
  ];
  return times.flatMap((time) => time.getAttribute('datetime') ?? []);
}

/** Every publication-date text the page offers, most trusted first; lib/reader/date picks the first that reads. */
export function collectDateCandidates(doc: Document): string[] {
  return [...new Set([...metaDates(doc), ...jsonLdDates(doc), ...timeDates(doc)])];
}

const withoutWww = (hostname: string) => hostname.replace(/^www\./, '');

/**
 * The article's own address (link rel=canonical, else og:url) when it names a page of the same site; null when
 * it names another site or the site's front page, as some sites do on every page.
 */
export function canonicalUrlOf(doc: Document, pageUrl: string): string | null {
  const declared = [
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ];
  for (const href of declared) {
    if (!href?.trim()) continue;
    try {
      const canonical = new URL(href.trim(), pageUrl);
      const page = new URL(pageUrl);
      const sameSite = withoutWww(canonical.hostname) === withoutWww(page.hostname);
      if (sameSite && /^https?:$/.test(canonical.protocol) && canonical.pathname.replace(/\/+$/, '') !== '')
        return canonical.href;
    } catch {
      // Not a URL: try the next declaration.
    }
  }
  return null;
}
