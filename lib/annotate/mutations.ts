import { blockOf, isBlockElement, isSkippedElement } from './dom-rules';
import type { MentionStore } from './mention-store';

/** Where text changed: blocks (or shadow roots) to read again, whole (deep) or only their own inline text. */
export interface ChangedText {
  roots: Map<Node, 'deep' | 'shallow'>;
}

const BLOCK_SELECTOR =
  'address,article,aside,blockquote,dd,details,dialog,div,dl,dt,fieldset,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,li,main,nav,ol,p,pre,section,summary,table,td,th,tr,ul';

const SHOW_TEXT = 0x4;

function dropTextUnder(node: Node, store: MentionStore, roots: Map<Node, 'deep' | 'shallow'>): void {
  const dropOne = (text: Text) => {
    const run = store.runOf(text);
    if (!run) return;
    // The rest of the run is still in the page: read its block again.
    if (store.dropRun(run).length > 0 && run.block.isConnected) addRoot(roots, run.block, 'shallow');
  };
  if (node.nodeType === 3) dropOne(node as Text);
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) dropOne(text as Text);
}

/**
 * Whether a node is never read because it or an ancestor (across shadow hosts) is skipped or excluded; each
 * ancestor is checked once per batch, so many changes deep in one tree stay cheap.
 */
function skipTest(exclude: (node: Node) => boolean): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  return (node) => {
    const chain: Node[] = [];
    let answer = false;
    for (
      let current: Node | null = node;
      current;
      current = current.parentNode ?? (current as ShadowRoot).host ?? null
    ) {
      const cached = known.get(current);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      chain.push(current);
      if (current.nodeType === 1 && (isSkippedElement(current as Element) || exclude(current))) {
        answer = true;
        break;
      }
    }
    for (const visited of chain) known.set(visited, answer);
    return answer;
  };
}

/** An element whose own text and nested blocks are new to us (added, or no longer editable): read it all. */
function addElementRoots(roots: Map<Node, 'deep' | 'shallow'>, element: Element): boolean {
  if (isBlockElement(element)) {
    addRoot(roots, element, 'deep');
    return false;
  }
  // Blocks inside an inline element (<a><div>…</div></a>) are new too: read them whole.
  for (const nested of outermostBlocksIn(element)) addRoot(roots, nested, 'deep');
  return true;
}

/**
 * Turns a batch of mutation records into blocks to read again. Removed text drops its highlights at once;
 * added blocks are read whole, other changes re-read the block they sit in. An element that turns editable
 * (or stops being so) counts as removed and added again. Roots inside skipped elements are never read.
 */
export function collectChangedText(
  records: readonly MutationRecord[],
  store: MentionStore,
  exclude: (node: Node) => boolean,
): ChangedText {
  const roots = new Map<Node, 'deep' | 'shallow'>();
  const skipped = skipTest(exclude);
  for (const record of records) {
    for (const removed of Array.from(record.removedNodes)) dropTextUnder(removed, store, roots);
    if (record.type === 'characterData') {
      dropTextUnder(record.target, store, roots);
      const parent = record.target.parentNode;
      if (parent && !skipped(parent)) addRoot(roots, blockOf(record.target), 'shallow');
      continue;
    }
    if (record.type === 'attributes') {
      dropTextUnder(record.target, store, roots);
      if (record.target.nodeType === 1 && addElementRoots(roots, record.target as Element))
        addRoot(roots, blockOf(record.target), 'shallow');
      continue;
    }
    if (record.type !== 'childList' || skipped(record.target)) continue;
    let inlineChange = record.removedNodes.length > 0;
    for (const added of Array.from(record.addedNodes)) {
      if (added.nodeType !== 1) inlineChange = true;
      else if (addElementRoots(roots, added as Element)) inlineChange = true;
    }
    if (inlineChange) addRoot(roots, blockOf(record.target), 'shallow');
  }
  return { roots: outermost(roots, skipped) };
}

function addRoot(roots: Map<Node, 'deep' | 'shallow'>, root: Node, mode: 'deep' | 'shallow'): void {
  if (roots.get(root) !== 'deep') roots.set(root, mode);
}

function outermostBlocksIn(element: Element): Element[] {
  const blocks = Array.from(element.querySelectorAll(BLOCK_SELECTOR));
  const set = new Set(blocks);
  return blocks.filter((block) => {
    for (let up = block.parentElement; up && up !== element; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/** Drops roots inside a root read whole, roots no longer in the page, and roots in skipped elements. */
function outermost(
  roots: Map<Node, 'deep' | 'shallow'>,
  skipped: (node: Node) => boolean,
): Map<Node, 'deep' | 'shallow'> {
  const kept = new Map<Node, 'deep' | 'shallow'>();
  for (const [root, mode] of roots) {
    if (!root.isConnected || skipped(root)) continue;
    let covered = false;
    for (let up = root.parentNode; up; up = up.parentNode) {
      if (roots.get(up) === 'deep') {
        covered = true;
        break;
      }
    }
    if (!covered) kept.set(root, mode);
  }
  return kept;
}
