import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. Each file starts its own browser, profile and fixture server, so
// two files run side by side: most of an e2e test is waiting (page loads, the worker, fixture delays), not CPU, and
// this halves the suite's wall time on a 2-core CI machine. Main-thread budgets in hostile.e2e.ts allow for it.
// `npm test` runs the fast set. The fault-mode matrix waits out real timeouts, backoffs and GDELT's 5-second spacing
// (minutes), so it runs with BACKSTORY_E2E_FULL=1: `npm run test:e2e:full` and `npm run bench:robust`.
// The heavy pages' longest-task figures (longtask.e2e.ts) are a speed target, so they live with the benchmarks: on a
// loaded machine the page's own tasks run long, which no code of ours can change.
export const E2E_FULL = process.env.BACKSTORY_E2E_FULL === '1';
// The churn file floods its own browser for seconds on purpose; beside another file it starves that file's timing-
// sensitive steps (the side panel's window focus), so `test:e2e` runs it on its own after the rest (the full run
// and bench:robust keep it with the others).
const BUSY = 'tests/e2e/busy.e2e.ts';
const BUSY_ONLY = process.env.BACKSTORY_E2E_BUSY === '1';

export default defineConfig({
  test: {
    include: BUSY_ONLY ? [BUSY] : ['tests/e2e/**/*.e2e.ts'],
    // Firefox's files have their own config (vitest.e2e-firefox.config.ts).
    exclude: [
      'node_modules/**',
      'tests/e2e/firefox/**',
      ...(E2E_FULL ? [] : ['tests/e2e/faults.e2e.ts', 'tests/e2e/longtask.e2e.ts']),
      ...(BUSY_ONLY || E2E_FULL ? [] : [BUSY]),
    ],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    // Each file launches its own browser, profile and server in its hooks; the harness modules hold no state. So a
    // worker keeps playwright-core and the harness it imported for its next file instead of importing them again.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
