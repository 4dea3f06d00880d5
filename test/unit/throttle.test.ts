import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttled } from '../../entrypoints/background/throttle';

describe('throttled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['one call runs at once', [0], 1000, [0]],
    ['calls within the interval make one more run at its end', [0, 100, 200, 900], 1000, [0, 1000]],
    ['a call after the interval runs at once', [0, 1500], 1000, [0, 1500]],
    [
      'an import of 200 chunks, one every 20 ms, runs 5 times',
      Array.from({ length: 200 }, (_, i) => i * 20),
      1000,
      [0, 1000, 2000, 3000, 4000],
    ],
  ])('%s', (_label, callsAt, intervalMs, expectedRunsAt) => {
    const runs: number[] = [];
    const start = Date.now();
    const notify = throttled(() => runs.push(Date.now() - start), intervalMs);
    let at = 0;
    for (const time of callsAt) {
      vi.advanceTimersByTime(time - at);
      at = time;
      notify();
    }
    vi.advanceTimersByTime(intervalMs * 2);
    expect(runs).toEqual(expectedRunsAt);
  });
});
