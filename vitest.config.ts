import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: pure pipeline code runs in Node; DOM-dependent code and components under happy-dom
// (per-file `// @vitest-environment happy-dom`).
const INCLUDE = ['tests/**/*.test.{ts,tsx}'];
const EXCLUDE = ['tests/e2e/**', 'node_modules/**'];

/**
 * Files that get a fresh module graph each (vitest's default isolation). A DOM environment is set up per file, and
 * modules imported under one (preact, testing-library) would keep the first file's document. The background's
 * tests install fake-indexeddb on the global scope and spy on modules, and the content script's keep their state on
 * a global symbol: all process-wide state a later file must not inherit.
 */
const ISOLATED_DIRS = ['tests/background/', 'tests/content/'];
/** What marks a file elsewhere as one that sets up process-wide state: a DOM, fake-indexeddb, module mocks, globals. */
const PROCESS_WIDE = /@vitest-environment|fake-indexeddb|vi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\b/;
const ISOLATED = readdirSync(join(import.meta.dirname, 'tests'), { recursive: true, encoding: 'utf8' })
  .map((f) => `tests/${f.replaceAll('\\', '/')}`)
  .filter((f) => /\.test\.tsx?$/.test(f) && !f.startsWith('tests/e2e/'))
  .filter(
    (f) =>
      ISOLATED_DIRS.some((d) => f.startsWith(d)) ||
      PROCESS_WIDE.test(readFileSync(join(import.meta.dirname, f), 'utf8')),
  );

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // Worker threads start faster than forked processes, and nothing here needs a process of its own (no chdir, no
    // process.exit; analyze.test.ts spawns its own).
    pool: 'threads',
    projects: [
      {
        extends: true,
        // The rest only read their inputs and call pure functions, so one worker keeps the modules it imported
        // (the language packs and NER models above all) for the next file instead of importing them again: most of
        // this phase's time was imports.
        test: { name: 'shared', include: INCLUDE, exclude: [...EXCLUDE, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, exclude: EXCLUDE } },
    ],
  },
});
