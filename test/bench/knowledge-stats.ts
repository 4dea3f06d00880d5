/** Small helpers for the knowledge benchmark's figures. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: p95 of 5 values is the largest. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value: number): string =>
  Number.isNaN(value) ? 'n/a' : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;

export const mb = (bytes: number): string => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1e6).toFixed(2)} MB`);

/** "median 120 ms, p95 150 ms" */
export const spread = (values: number[]): string =>
  values.length ? `median ${ms(median(values))}, p95 ${ms(percentile(values, 95))}` : 'n/a';
