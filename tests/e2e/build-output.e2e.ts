/**
 * The built extension's files, read from disk: the content script and the extraction injected on article pages carry
 * V8's compile hint (they run at once, see scripts/vite-compile-hints.js), and the other pages' code does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptSize } from '../../scripts/content-size';
import { COMPILE_HINT } from '../../scripts/vite-compile-hints.js';
import { DIST } from './harness';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('the built extension', () => {
  it('marks the content script, and the extraction injected on article pages, to compile on load', () => {
    const scripts = contentScriptSize(DIST).files;
    // start.js only captures the extension API: it has next to nothing to compile.
    expect(scripts).toEqual(['src/content/start.js', 'src/content/index.js']);
    for (const file of ['src/content/index.js', 'src/content/extract-part.js'])
      expect(read(file).startsWith(COMPILE_HINT), file).toBe(true);
  });

  it("marks the popup's entry and Preact to compile on load, and leaves the options page and the highlights lazy", () => {
    const entryOf = (page: string) =>
      /src="\/(assets\/index\.html-[\w-]+\.js)"/.exec(read(`src/${page}/index.html`))?.[1];
    const popup = entryOf('popup');
    const options = entryOf('options');
    expect(popup).toBeDefined();
    expect(options).toBeDefined();
    expect(options).not.toBe(popup);
    const preact = readdirSync(join(DIST, 'assets')).filter((f) => /^ui-[\w-]+\.js$/.test(f));
    expect(preact).toHaveLength(1);
    for (const file of [popup!, join('assets', preact[0]!)])
      expect(read(file).startsWith(COMPILE_HINT), file).toBe(true);
    for (const file of [options!, 'src/content/highlights-part.js'])
      expect(read(file).startsWith(COMPILE_HINT), file).toBe(false);
  });

  it('ships the content scripts as classic scripts: no import, no module loader', () => {
    for (const file of ['src/content/start.js', 'src/content/index.js', 'src/content/extract-part.js']) {
      const code = read(file);
      expect(code, file).not.toMatch(/\bimport\s*\(|^import\s|\bimport\s*\{|getURL\(/m);
    }
  });

  it('ships no ICU message parser: the count messages of every catalogue come parsed', () => {
    const scripts = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const code = scripts.map((f) => read(join('assets', f))).join('\n');
    // One of the parser's error names (its parser-free build has none), and a parsed plural as the build writes it.
    expect(code).not.toContain('EXPECT_ARGUMENT_CLOSING_BRACE');
    expect(code).toMatch(/pluralType\\?":\\?"cardinal/);
  });
});
