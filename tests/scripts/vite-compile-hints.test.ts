import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../scripts/vite-compile-hints.js';

const chunk = (fileName: string, moduleIds: string[], code = 'export const x=1;') => ({
  type: 'chunk' as const,
  fileName,
  moduleIds,
  code,
});

function run(bundle: Record<string, ReturnType<typeof chunk> | { type: 'asset'; fileName: string; source: string }>) {
  const plugin = compileHints() as unknown as { generateBundle(o: unknown, b: typeof bundle): void };
  plugin.generateBundle({}, bundle);
  return bundle;
}

describe('compileHints', () => {
  it.each([
    ['detection', ['/p/src/pipeline/detect/signals.ts', '/p/src/pipeline/detect/detect.ts'], true],
    ['extraction', ['/p/src/pipeline/extract/extract.ts', '/p/src/pipeline/extract/extract-body.ts'], true],
    ['the service worker', ['/p/src/background/index.ts', '/p/src/pipeline/recognize/recognize.ts'], false],
    ['the highlights module (loaded only to draw)', ['/p/src/content/highlights/index.ts'], false],
    ['the popup page alone', ['/p/src/popup/index.html'], false],
    ['the popup entry (first render)', ['/p/src/popup/index.html', '/p/src/popup/main.tsx'], true],
    ['Preact', ['/p/node_modules/preact/dist/preact.mjs', '/p/src/popup/Expander.tsx'], true],
    ['Preact hooks alone', ['/p/node_modules/preact/hooks/dist/hooks.mjs'], false],
    ['the options entry', ['/p/src/options/index.html', '/p/src/options/main.tsx'], false],
    ['a file merely named like one', ['/p/src/other/detect.ts'], false],
  ])('%s: hinted %s', (_name, ids, hinted) => {
    const out = run({ a: chunk('assets/a.js', ids) });
    expect((out.a as ReturnType<typeof chunk>).code.startsWith(COMPILE_HINT)).toBe(hinted);
  });

  it.each([
    ['the content script on every page', 'src/content/index.js', true],
    ['the extraction injected on article pages', 'src/content/extract-part.js', true],
    ['the highlights injected to draw', 'src/content/highlights-part.js', false],
    ['a stylesheet', 'assets/index.css', false],
  ])('built apart as a file, %s: hinted %s', (_name, fileName, hinted) => {
    const out = run({ a: { type: 'asset', fileName, source: '(function(){})();' } });
    expect(String((out.a as { source: string }).source).startsWith(COMPILE_HINT)).toBe(hinted);
  });

  it('adds the hint once, and leaves other assets alone', () => {
    const bundle = {
      a: chunk('assets/a.js', ['/p/src/pipeline/detect/detect.ts']),
      css: { type: 'asset' as const, fileName: 'a.css', source: 'p{}' },
    };
    run(bundle);
    run(bundle);
    expect(bundle.a.code).toBe(`${COMPILE_HINT}export const x=1;`);
    expect(bundle.css.source).toBe('p{}');
  });
});
