import { defineConfig } from 'vitest/config';

/** Real-browser tests of the built extension (.output/): run `npm run build` first. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: two cores, and tests read the active tab.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
