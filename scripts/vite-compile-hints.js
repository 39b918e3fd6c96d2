/**
 * Vite plugin for the extension build: marks the code the content script runs at once (the script itself, and the
 * extraction injected on article pages) with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`.
 * Chromium then compiles their functions as it loads the file instead of one by one on first call: every page calls
 * nearly all of them straight away, and a function compiled lazily is parsed twice (once skimmed at load, once whole
 * on first call). `npm run bench:pages-extension`, 100 pages each in a fresh renderer, measured: detection 4.5 → 2.9
 * ms and extraction 21 → 15 ms on the first call, with the content script's load (its import until it has run
 * detection) unchanged at about 33 ms of wall time. Browsers without the hint read a comment.
 * The content scripts are built apart as self-contained files (EAGER_FILES), so the helpers they share with the
 * service worker and the pages (the entity decoder, URL helpers, article limits) are not listed: those now sit in
 * the chunk of shared code (vite.config.ts), which the worker and the pages compile lazily.
 * The popup's entry chunk and Preact's (the ui chunk) carry it too: its first render calls ~240 functions, which a
 * fresh extension process (the first popup after a start) compiled one by one on the main thread between the
 * stored state and the first frame (a trace: 9–12 ms of V8.CompileCode there; with the hint 2.5–4 ms). The price:
 * every open, also a later one whose code the process has compiled already, compiles the two files again off the
 * main thread as they stream in (~10 ms on a worker thread). Two A/Bs of 8 fresh profiles per build, first opens:
 * render 41 → 30 and 31 → 25 ms (p50); bench:cards, 5 paired runs: cards painted after DOMContentLoaded p95 lower in
 * all 5 (by 4–29 ms), p50 within ±4 ms.
 * Plain JavaScript, like vite-ner-model.js: vite loads its config's imports itself.
 */

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Source files whose chunks get the hint (paths relative to the project root, as rollup's module ids end): detection
 * and extraction, the popup's entry and Preact. The content scripts themselves are built apart as classic scripts
 * and reach this build as files: EAGER_FILES.
 */
export const EAGER_MODULES = [
  'src/pipeline/detect/detect.ts',
  'src/pipeline/extract/extract.ts',
  'src/popup/main.tsx',
  'node_modules/preact/dist/preact.mjs',
];

/** Built files that get the hint: the content script on every page, and the extraction injected on article pages. */
export const EAGER_FILES = ['src/content/index.js', 'src/content/extract-part.js'];

export function compileHints(modules = EAGER_MODULES, files = EAGER_FILES) {
  const wanted = (id) => modules.some((m) => id.replaceAll('\\', '/').endsWith(`/${m}`));
  return {
    name: 'backstory-compile-hints',
    enforce: 'post',
    // After minification, which would drop a comment added earlier.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds.some(wanted) && !chunk.code.startsWith(COMPILE_HINT)) {
          chunk.code = COMPILE_HINT + chunk.code;
        }
        if (
          chunk.type === 'asset' &&
          files.includes(chunk.fileName) &&
          !String(chunk.source).startsWith(COMPILE_HINT)
        ) {
          chunk.source = COMPILE_HINT + String(chunk.source);
        }
      }
    },
  };
}
