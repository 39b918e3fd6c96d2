/**
 * Vite plugin for the extension build: the NER model goes in as its own file (ner-model.bin, converted from the
 * trained model.json at build time) instead of inside the service-worker script, and the pipeline's shipped-model.ts
 * gives way to shipped-model-web.ts, which serves the model the background fetched (src/background/ner-model.ts).
 * Node (the analyze CLI, tests, benches) keeps importing model.json directly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ModelFile } from '../src/pipeline/ner/model';
import { encodeModelBinary, MODEL_ASSET } from '../src/pipeline/ner/model-binary';

const path = (p: string) => fileURLToPath(new URL(`../src/pipeline/ner/${p}`, import.meta.url));

export function nerModelAsset(): Plugin {
  const shipped = path('shipped-model.ts');
  const web = path('shipped-model-web.ts');
  return {
    name: 'backstory-ner-model-asset',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/shipped-model')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === shipped ? web : null;
    },
    generateBundle() {
      const file = JSON.parse(readFileSync(path('model.json'), 'utf8')) as ModelFile;
      this.emitFile({ type: 'asset', fileName: MODEL_ASSET, source: encodeModelBinary(file) });
    },
  };
}
