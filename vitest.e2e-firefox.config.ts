import { defineConfig } from 'vitest/config';

// End-to-end in Firefox: the Firefox build (dist-firefox/) in Debian's Firefox ESR over WebDriver BiDi
// (tests/e2e/firefox-harness.ts). As in Chromium, each file starts its own browser and fixture server, and two
// files run side by side: most of the time is waiting on the browser, not CPU.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    // As in Chromium (vitest.e2e.config.ts): each file brings up its own browser and server in its hooks, so a worker
    // keeps puppeteer-core and the harness for its next file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
