import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  // WXT's plugin gives unit tests the same auto-imports and aliases as the build, and an in-memory
  // `browser` (fakeBrowser) so storage and messaging code runs without an extension.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/package/**', 'node_modules/**'],
    setupFiles: ['tests/support/indexeddb.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
