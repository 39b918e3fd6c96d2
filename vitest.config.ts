import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: pure pipeline code runs in Node; DOM-dependent code and components under happy-dom
// (per-file `// @vitest-environment happy-dom`).
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
