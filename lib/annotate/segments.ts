import { blockOf, isBlockElement, isSkippedElement } from './dom-rules';

/** A run of text nodes read as one string: the inline text of one block, e.g. "<b>Wang</b> Yi". */
export interface TextRun {
  block: Node;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface WalkOptions {
  exclude: (node: Node) => boolean;
  /** Called for each open shadow root met: its text is walked as a separate root. */
  onShadowRoot: (root: ShadowRoot) => void;
  /** Start here (a block inside root) and wrap around, so the text in view is read first. */
  startAt?: Node | null;
  /** Read only root's own inline text, not the blocks nested in it (they did not change). */
  shallow?: boolean;
}

/** A run longer than this (in characters or nodes) is cut at a node boundary so one step of work stays short. */
const MAX_RUN_CHARS = 10_000;
const MAX_RUN_NODES = 1_000;
const NON_SPACE = /\S/;
/** Nodes walked between chances to stop for the slice's deadline. */
const NODES_PER_PAUSE = 200;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * Every run of text under root, in document order (from startAt, wrapping round), skipping what is never
 * annotated. Yields null now and then between runs, so a long stretch without text never holds a slice long.
 */
export function* walkTextRuns(root: Node, options: WalkOptions): Generator<TextRun | null> {
  const doc = root.ownerDocument ?? (root as Document);
  let breakBefore = false;
  const filter = (node: Node): number => {
    if (node.nodeType === 3) return 1; // FILTER_ACCEPT
    const element = node as Element;
    if (isSkippedElement(element) || options.exclude(element)) return 2; // FILTER_REJECT: not its children either
    if (options.shallow && isBlockElement(element)) {
      breakBefore = true;
      return 2;
    }
    return 1;
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, { acceptNode: filter });
  if (root.nodeType === 1 && (root as Element).shadowRoot) options.onShadowRoot((root as Element).shadowRoot!);
  let visited = 0;
  let run: TextRun | null = null;
  let length = 0;
  const take = (): TextRun | null => {
    const done = run;
    run = null;
    length = 0;
    return done;
  };

  let firstOfPass: Node | null = null;
  const passes: { from: Node | null; until: Node | null }[] = [];
  if (options.startAt && options.startAt !== root) passes.push({ from: options.startAt, until: null });
  passes.push({ from: null, until: null });

  for (const [index, pass] of passes.entries()) {
    walker.currentNode = pass.from ?? root;
    breakBefore = true;
    const stopAt: Node | null = index > 0 ? firstOfPass : null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node === stopAt) break;
      if (index === 0 && passes.length > 1 && !firstOfPass) firstOfPass = node;
      if (++visited >= NODES_PER_PAUSE && !run) {
        visited = 0;
        yield null;
      }
      if (node.nodeType === 1) {
        const element = node as Element;
        if (element.shadowRoot) options.onShadowRoot(element.shadowRoot);
        if (isBlockElement(element)) breakBefore = true;
        continue;
      }
      const text = node as Text;
      const block = blockOf(text);
      if (run && (breakBefore || block !== run.block || length > MAX_RUN_CHARS || run.nodes.length >= MAX_RUN_NODES)) {
        const done = take();
        if (done) yield done;
      }
      breakBefore = false;
      if (!run) {
        if (!NON_SPACE.test(text.data)) continue; // layout whitespace between blocks starts no run
        run = { block, nodes: [], starts: [], text: '' };
      }
      run.nodes.push(text);
      run.starts.push(length);
      run.text += text.data;
      length += text.data.length;
    }
    const last = take();
    if (last) yield last;
  }
}
