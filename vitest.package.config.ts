import { defineConfig } from 'vitest/config';

/**
 * Checks of the store packages and the manifests in them (tests/package/), run by `npm run test:package`
 * after `npm run zip` has built both browsers' packages. They only read files, so they run in one worker.
 */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.package.test.ts'],
    pool: 'threads',
    maxWorkers: 1,
  },
});
