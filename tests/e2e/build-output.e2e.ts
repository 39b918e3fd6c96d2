/**
 * The built extension's files, read from disk: the content script's chunks carry V8's compile hint (they run at once
 * on every page, see scripts/vite-compile-hints.js), and nothing else does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptSize } from '../../scripts/content-size';
import { COMPILE_HINT } from '../../scripts/vite-compile-hints.js';
import { DIST } from './harness';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('the built extension', () => {
  it("marks the content script's modules, and the extraction it loads, to compile on load", () => {
    // The manifest's loader is a classic script that only imports the module: it has nothing to compile.
    const modules = contentScriptSize(DIST).files.filter((f) => !f.includes('-loader'));
    const lazy = readdirSync(join(DIST, 'assets'))
      .filter((f) => /^extract(-lazy)?-[\w-]+\.js$/.test(f))
      .map((f) => `assets/${f}`);
    expect(modules.length).toBeGreaterThanOrEqual(2);
    // The extraction and its loader: one chunk, or two when another entry shares the extraction's modules.
    expect(lazy.length).toBeGreaterThanOrEqual(1);
    for (const file of [...modules, ...lazy]) expect(read(file).startsWith(COMPILE_HINT), file).toBe(true);
  });

  it('leaves the popup and the highlights module (loaded only to draw) to compile lazily', () => {
    const others = readdirSync(join(DIST, 'assets')).filter((f) => /^(highlights|index\.html)-[\w-]+\.js$/.test(f));
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const file of others) expect(read(join('assets', file)).startsWith(COMPILE_HINT), file).toBe(false);
  });
});
