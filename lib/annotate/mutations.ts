import { blockOf, isBlockElement, isInsideSkipped } from './dom-rules';
import type { MentionStore } from './mention-store';

/** Where text changed: the blocks (or shadow roots) whose text must be read again. */
export interface ChangedText {
  roots: Set<Node>;
}

const SHOW_TEXT = 0x4;

function dropTextUnder(node: Node, store: MentionStore, roots: Set<Node>): void {
  const dropOne = (text: Text) => {
    const run = store.runOf(text);
    if (!run) return;
    // The rest of the run is still in the page: read its block again.
    if (store.dropRun(run).length > 0 && run.block.isConnected) roots.add(run.block);
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
  const roots = new Set<Node>();
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
      if (parent && !skipped(parent)) roots.add(blockOf(record.target));
      continue;
    }
    if (record.type !== 'childList' || skipped(record.target)) continue;
    let inlineChange = record.removedNodes.length > 0;
    for (const added of Array.from(record.addedNodes)) {
      if (added.nodeType === 1 && isBlockElement(added as Element)) roots.add(added);
      else inlineChange = true;
    }
    if (inlineChange) roots.add(blockOf(record.target));
  }
  return { roots: outermost(roots) };
}

/** Drops roots inside other roots, and roots no longer in the page. */
function outermost(roots: Set<Node>): Set<Node> {
  const kept = new Set<Node>();
  for (const root of roots) {
    if (!root.isConnected) continue;
    let inside = false;
    for (let up = root.parentNode; up; up = up.parentNode) {
      if (roots.has(up)) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.add(root);
  }
  return kept;
}
