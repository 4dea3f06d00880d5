const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph in the article's plain text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Elements whose text is never article prose. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button']);

/** Soft hyphens and zero-width characters: invisible hints that would split "Vladi\u00admir" into two words. */
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Collapses spaces inside each paragraph and separates paragraphs with exactly one blank line. */
export function normaliseArticleText(text: string): string {
  return text
    .replace(INVISIBLE_CHARS, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** An article element's text with its paragraphs kept apart by blank lines (textContent runs them together). */
export function articleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  // Source line breaks inside a paragraph are only HTML formatting; <br> breaks were added as lone '\n' parts.
  return normaliseArticleText(
    parts.map((part) => (part === '\n' || part === '\n\n' ? part : part.replace(/\s+/g, ' '))).join(''),
  );
}
