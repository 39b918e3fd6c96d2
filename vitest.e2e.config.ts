import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One file at a time: each starts its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
