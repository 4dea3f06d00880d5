import { blockOf, isBlockElement, isInsideSkipped } from './dom-rules';
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
 * Turns a batch of mutation records into blocks to read again. Removed text drops its highlights at once;
 * added blocks are read whole, other changes re-read the block they sit in.
 */
export function collectChangedText(
  records: readonly MutationRecord[],
  store: MentionStore,
  exclude: (node: Node) => boolean,
): ChangedText {
  const roots = new Map<Node, 'deep' | 'shallow'>();
  const skipCache = new Map<Node, boolean>();
  const skipped = (node: Node) => {
    let known = skipCache.get(node);
    if (known === undefined) {
      known = isInsideSkipped(node, exclude);
      skipCache.set(node, known);
    }
    return known;
  };
  for (const record of records) {
    for (const removed of Array.from(record.removedNodes)) dropTextUnder(removed, store, roots);
    if (record.type === 'characterData') {
      dropTextUnder(record.target, store, roots);
      const parent = record.target.parentNode;
      if (parent && !skipped(parent)) addRoot(roots, blockOf(record.target), 'shallow');
      continue;
    }
    if (record.type !== 'childList' || skipped(record.target)) continue;
    let inlineChange = record.removedNodes.length > 0;
    for (const added of Array.from(record.addedNodes)) {
      if (added.nodeType === 1 && isBlockElement(added as Element)) {
        addRoot(roots, added, 'deep');
        continue;
      }
      inlineChange = true;
      // Blocks inside an added inline element (<a><div>…</div></a>) are new too: read them whole.
      if (added.nodeType === 1)
        for (const nested of outermostBlocksIn(added as Element)) addRoot(roots, nested, 'deep');
    }
    if (inlineChange) addRoot(roots, blockOf(record.target), 'shallow');
  }
  return { roots: outermost(roots) };
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

/** Drops roots inside a root read whole, and roots no longer in the page. */
function outermost(roots: Map<Node, 'deep' | 'shallow'>): Map<Node, 'deep' | 'shallow'> {
  const kept = new Map<Node, 'deep' | 'shallow'>();
  for (const [root, mode] of roots) {
    if (!root.isConnected) continue;
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
