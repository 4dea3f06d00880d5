import { addWordKeys } from '@/lib/match/word-keys';

/** An iframe with less text than this is an ad or a widget until proven otherwise. */
export const MIN_FRAME_TEXT_CHARS = 200;
/** An iframe holding more distinct words than this is a page of its own: it gets the whole name table. */
export const MAX_FRAME_WORDS = 20_000;
/** While waiting, look again at most this often: a busy ad frame must not cost a scan per mutation. */
const RECHECK_INTERVAL_MS = 1000;

const textLength = (document: Document) => document.body?.textContent?.trim().length ?? 0;

/**
 * Calls look() at most once per RECHECK_INTERVAL_MS after the frame changes, until it returns true or the
 * script ends.
 */
function lookAfterChanges(document: Document, signal: AbortSignal, look: () => boolean): void {
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      if (look()) observer.disconnect();
    }, RECHECK_INTERVAL_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    window.clearTimeout(timer);
  });
}

/** Resolves once the frame holds enough text to be worth matching (at once when it already does). */
export function whenFrameHasText(document: Document, signal: AbortSignal): Promise<void> {
  if (textLength(document) >= MIN_FRAME_TEXT_CHARS) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve());
    lookAfterChanges(document, signal, () => {
      if (textLength(document) < MIN_FRAME_TEXT_CHARS) return false;
      resolve();
      return true;
    });
  });
}

/** The frame's words as the matcher folds them, or null when there are too many to be worth sending. */
export function frameWords(document: Document): Set<string> | null {
  const words = addWordKeys(document.body?.textContent ?? '', new Set());
  return words.size > MAX_FRAME_WORDS ? null : words;
}

/**
 * Calls onNewWords when the frame's text gains words it did not have (content loaded later), at most once a
 * RECHECK_INTERVAL_MS, with the union; null once it has too many words to send.
 */
export function watchFrameWords(
  document: Document,
  known: Set<string>,
  signal: AbortSignal,
  onNewWords: (words: Set<string> | null) => void,
) {
  lookAfterChanges(document, signal, () => {
    const now = frameWords(document);
    if (now === null) {
      onNewWords(null);
      return true;
    }
    const added = [...now].filter((word) => !known.has(word));
    if (added.length === 0) return false;
    for (const word of added) known.add(word);
    onNewWords(known.size > MAX_FRAME_WORDS ? null : known);
    return false;
  });
}
