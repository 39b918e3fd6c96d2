/**
 * The segmenters' wasm for Node (npm run analyze, benches, tests): read from the packages in node_modules, since the
 * glue's own loading fetches a URL, which Node cannot for a file. The extension's glue fetches the built asset.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { prepareSegmenter, type WasmSource } from '../src/languages/segmenters';

const require = createRequire(import.meta.url);

/** Each package's glue module (the one segmenters.ts imports) and its wasm file beside it. */
const WASM: Readonly<Record<string, readonly [glue: string, file: string]>> = {
  zh: ['jieba-wasm/web', 'jieba_rs_wasm_bg.wasm'],
  ja: ['lindera-wasm-ipadic', 'lindera_wasm_bg.wasm'],
};

export const nodeWasm: WasmSource = async (code) => {
  const [glue, file] = WASM[code] ?? [];
  if (!glue || !file) throw new Error(`no segmenter for ${code}`);
  return readFile(join(dirname(require.resolve(glue)), file));
};

/** Loads the language's segmenter from node_modules; nothing for a language without one. */
export const prepareNodeSegmenter = (code: string) => prepareSegmenter(code, nodeWasm);
