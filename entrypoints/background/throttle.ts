/** Runs at once, then at most once per interval, and always once after the last call within one. */
export function throttled(run: () => void, intervalMs: number, now: () => number = Date.now) {
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer) return;
    const wait = lastRun + intervalMs - now();
    if (wait <= 0) {
      lastRun = now();
      run();
      return;
    }
    timer = setTimeout(() => {
      timer = null;
      lastRun = now();
      run();
    }, wait);
  };
}
