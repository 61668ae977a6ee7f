import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built extension (tests/e2e/, see its README). One worker and one file at a time:
 * each file drives a real Chromium, and the machine has two cores. Run through `npm run test:e2e`, which
 * builds the extension and the replica pages first.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Editors commit some changes a frame or a debounce later; two cores shared with other work are slow.
    expect: { poll: { timeout: 5_000, interval: 50 } },
  },
});
