/** An iframe with less text than this is an ad or a widget until proven otherwise. */
export const MIN_FRAME_TEXT_CHARS = 200;
/** While waiting, look again at most this often: a busy ad frame must not cost a scan per mutation. */
const RECHECK_INTERVAL_MS = 1000;

const textLength = (document: Document) => document.body?.textContent?.trim().length ?? 0;

/** Resolves once the frame holds enough text to be worth matching (at once when it already does). */
export function whenFrameHasText(document: Document, signal: AbortSignal): Promise<void> {
  if (textLength(document) >= MIN_FRAME_TEXT_CHARS) return Promise.resolve();
  return new Promise((resolve) => {
    let timer = 0;
    const observer = new MutationObserver(() => {
      if (timer) return;
      timer = window.setTimeout(() => {
        timer = 0;
        if (textLength(document) < MIN_FRAME_TEXT_CHARS) return;
        observer.disconnect();
        resolve();
      }, RECHECK_INTERVAL_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      window.clearTimeout(timer);
      resolve();
    });
  });
}
