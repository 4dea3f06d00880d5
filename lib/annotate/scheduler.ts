/** Runs work in later tasks, off the current event (like Dark Reader and uBlock Origin do with batches). */

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: string; signal?: AbortSignal }): Promise<unknown>;
}

/** Queues `callback` as a new task (scheduler.postTask where present, else a timer); returns a cancel function. */
export function queueTask(win: Window & typeof globalThis, callback: () => void): () => void {
  const scheduler = (win as unknown as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function') {
    const controller = new AbortController();
    scheduler.postTask(callback, { priority: 'user-visible', signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  }
  const timer = win.setTimeout(callback, 0);
  return () => win.clearTimeout(timer);
}

/** Queues `callback` for the next frame (a timer where frames never come, as in tests). */
export function queueFrame(win: Window & typeof globalThis, callback: () => void): () => void {
  if (typeof win.requestAnimationFrame === 'function') {
    const frame = win.requestAnimationFrame(callback);
    return () => win.cancelAnimationFrame(frame);
  }
  const timer = win.setTimeout(callback, 16);
  return () => win.clearTimeout(timer);
}

/** Nothing of ours should hold the main thread longer than a frame; a slice stops taking work after this. */
export const SLICE_BUDGET_MS = 8;
