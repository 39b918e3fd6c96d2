import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One file at a time: each starts its own browser.
// `npm test` runs the fast set. The fault-mode matrix waits out real timeouts, backoffs and GDELT's 5-second spacing
// (minutes), so it runs with BACKSTORY_E2E_FULL=1: `npm run test:e2e:full` and `npm run bench:robust`.
export const E2E_FULL = process.env.BACKSTORY_E2E_FULL === '1';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: E2E_FULL ? ['node_modules/**'] : ['node_modules/**', 'tests/e2e/faults.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
