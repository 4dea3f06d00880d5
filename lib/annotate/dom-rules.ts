/** Which page elements hold readable text, which never get highlights, and where a block of text ends. */

/** Elements whose text is never annotated (forms, code that runs, editable areas are checked separately). */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new run of text: a name never spans two of them. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest block around a node: its text runs together with that block's other inline text. */
export function blockOf(node: Node): Node {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1) {
    if (isBlockElement(current as Element)) return current;
    const parent: Node | null = current.parentNode;
    if (!parent) return current;
    current = parent;
  }
  return current ?? node;
}

/** Some ancestor (or the node itself) is never annotated, or belongs to the extension's UI. */
export function isInsideSkipped(node: Node, exclude: (node: Node) => boolean): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current.nodeType === 1 && (isSkippedElement(current as Element) || exclude(current))) return true;
  }
  return false;
}
