import fc from 'fast-check';
import { nameArb, tokenArb } from './vocabulary';

/** Random page trees and random changes to them, built with DOM calls (never parsed from HTML). */

export type NodeSpec = { text: string } | { tag: string; editable?: string; children: NodeSpec[] };

const INLINE_TAGS = ['span', 'b', 'i', 'em', 'a', 'strong'];
const BLOCK_TAGS = ['p', 'div', 'li', 'section', 'h2', 'blockquote', 'br'];
/** Never annotated, whatever they hold ([contenteditable] is added as an attribute on a div or span). */
export const EXCLUDED_TAGS = ['input', 'textarea', 'select', 'script', 'style', 'noscript'];
export const EXCLUDED_SELECTOR = `${EXCLUDED_TAGS.join(',')},[contenteditable]:not([contenteditable="false"])`;
/** The extension's own card host: its light and shadow children are never read. */
export const UI_HOST_ID = 'news-context-ui';

/** A few tokens of page text around a name (which the tokens may glue into a longer word). */
const pageTextArb = fc
  .tuple(fc.array(tokenArb, { maxLength: 5 }), nameArb, fc.array(tokenArb, { maxLength: 5 }))
  .map(([before, name, after]) => [...before, name, ...after].join(''));

const textSpecArb: fc.Arbitrary<NodeSpec> = pageTextArb.map((text) => ({ text }));

const { node: nodeSpecArb } = fc.letrec<{ node: NodeSpec; element: NodeSpec }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textSpecArb, tie('element')),
  element: fc.record({
    tag: fc.oneof(
      { arbitrary: fc.constantFrom(...INLINE_TAGS), weight: 4 },
      { arbitrary: fc.constantFrom(...BLOCK_TAGS), weight: 4 },
      { arbitrary: fc.constantFrom(...EXCLUDED_TAGS), weight: 2 },
    ),
    editable: fc.option(fc.constantFrom('true', '', 'plaintext-only'), { freq: 8 }).map((v) => v ?? undefined),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));

export { nodeSpecArb };

export interface PageSpec {
  body: NodeSpec[];
  /** Where among the body's children the UI host goes, with text in its light DOM and its shadow root. */
  uiHostAt: number | null;
  uiText: string;
}

export const pageSpecArb: fc.Arbitrary<PageSpec> = fc.record({
  body: fc.array(nodeSpecArb, { minLength: 1, maxLength: 8, size: 'medium' }),
  uiHostAt: fc.option(fc.nat({ max: 6 })),
  uiText: pageTextArb,
});

function textOf(spec: NodeSpec): string {
  return 'text' in spec ? spec.text : spec.children.map(textOf).join(' ');
}

export function buildNode(doc: Document, spec: NodeSpec): Node {
  if ('text' in spec) return doc.createTextNode(spec.text);
  const element = doc.createElement(spec.tag);
  if (spec.editable !== undefined) element.setAttribute('contenteditable', spec.editable);
  if (spec.tag === 'input') element.setAttribute('value', textOf(spec));
  else if (spec.tag === 'select') {
    const option = doc.createElement('option');
    option.textContent = textOf(spec);
    element.append(option);
  } else if (spec.tag !== 'br') for (const child of spec.children) element.append(buildNode(doc, child));
  return element;
}

/** Fills the body and returns the UI host (or null). */
export function buildPage(doc: Document, page: PageSpec): HTMLElement | null {
  doc.body.replaceChildren(...page.body.map((spec) => buildNode(doc, spec)));
  if (page.uiHostAt === null) return null;
  const host = doc.createElement('div');
  host.id = UI_HOST_ID;
  host.append(doc.createTextNode(page.uiText));
  const card = doc.createElement('p');
  card.textContent = page.uiText;
  host.attachShadow({ mode: 'open' }).append(card);
  doc.body.insertBefore(host, doc.body.childNodes[page.uiHostAt] ?? null);
  return host;
}

export type Mutation =
  | { kind: 'append' | 'insertBefore' | 'replace'; target: number; node: NodeSpec }
  | { kind: 'remove'; target: number }
  | { kind: 'setData'; target: number; text: string }
  | { kind: 'splitText'; target: number; at: number }
  /** Lets the annotator catch up before the next changes. */
  | { kind: 'settle' };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('append', 'insertBefore', 'replace'), target: fc.nat(), node: nodeSpecArb }),
  fc.record({ kind: fc.constant('remove'), target: fc.nat() }),
  fc.record({ kind: fc.constant('setData'), target: fc.nat(), text: pageTextArb }),
  fc.record({ kind: fc.constant('splitText'), target: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('settle') }),
) as fc.Arbitrary<Mutation>;

/** The body's descendants in document order (not inside shadow roots). */
function descendants(doc: Document): Node[] {
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(doc.body, 0x1 | 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** Applies one change, picking its target by index among the nodes now in the body. */
export function applyMutation(doc: Document, mutation: Exclude<Mutation, { kind: 'settle' }>): void {
  const nodes = descendants(doc);
  const texts = nodes.filter((n): n is Text => n.nodeType === 3);
  const nth = <T>(list: T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);
  switch (mutation.kind) {
    case 'append': {
      const parents = [doc.body, ...nodes.filter((n): n is Element => n.nodeType === 1)];
      nth(parents, mutation.target)!.append(buildNode(doc, mutation.node));
      return;
    }
    case 'insertBefore': {
      const before = nth(nodes, mutation.target);
      before?.parentNode?.insertBefore(buildNode(doc, mutation.node), before);
      return;
    }
    case 'replace':
      (nth(nodes, mutation.target) as ChildNode | undefined)?.replaceWith(buildNode(doc, mutation.node));
      return;
    case 'remove':
      (nth(nodes, mutation.target) as ChildNode | undefined)?.remove();
      return;
    case 'setData': {
      const text = nth(texts, mutation.target);
      if (text) text.data = mutation.text;
      return;
    }
    case 'splitText': {
      const text = nth(texts, mutation.target);
      if (text) text.splitText(mutation.at % (text.length + 1));
      return;
    }
  }
}
