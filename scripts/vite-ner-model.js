/**
 * Vite plugin for the extension build: the NER model goes in as its own file (ner-model.bin, converted from the
 * trained src/languages/en/ner-model.json at build time) instead of inside the service-worker script, and the
 * language's ner-model.ts gives way to ner-model-web.ts, which serves the model the background fetched
 * (src/background/ner-model.ts). Node (the analyze CLI, tests, benches) keeps importing ner-model.json directly.
 * Plain JavaScript with no imports from src/: vite loads its config's imports itself (extensionless TypeScript
 * imports there are on their way out). The layout is src/pipeline/recognize/ner/model-binary.ts's, which reads it back;
 * tests/pipeline/recognize/ner/model-binary.test.ts checks the two agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the background fetches it from: MODEL_ASSET in model-binary.ts. */
export const MODEL_ASSET = 'ner-model.bin';
const MAGIC = 'BKSTNER1';
const pad4 = (n) => (n + 3) & ~3;
const path = (p) => fileURLToPath(new URL(`../src/languages/en/${p}`, import.meta.url));
const languagesPath = (p) => fileURLToPath(new URL(`../src/languages/${p}`, import.meta.url));

/**
 * ner-model.json (its base64 tables) → magic, header length (u32 LE), header JSON padded to 4 bytes, weights (int8,
 * padded to 4), gazetteer keys (u32), common-word keys (u32), gazetteer values (u8); with word clusters, padding to 4,
 * cluster keys (u32) and cluster ids (u8).
 * @param {{format: string, tags: string[], bucketBits: number, scale: number, transitions: number[], start: number[],
 * features?: object, weights: string, gazetteer: {keys: string, values: string}, common: string,
 * clusters?: {keys: string, values: string}}} file
 * @returns {Uint8Array}
 */
export function encodeModelBinary(file) {
  const bytes = (base64) => new Uint8Array(Buffer.from(base64, 'base64'));
  const weights = bytes(file.weights);
  const gazKeys = bytes(file.gazetteer.keys);
  const gazValues = bytes(file.gazetteer.values);
  const common = bytes(file.common);
  const clusterKeys = file.clusters ? bytes(file.clusters.keys) : new Uint8Array(0);
  const clusterValues = file.clusters ? bytes(file.clusters.values) : new Uint8Array(0);
  const header = {
    format: file.format,
    tags: file.tags,
    bucketBits: file.bucketBits,
    scale: file.scale,
    transitions: file.transitions,
    start: file.start,
    features: file.features,
    weights: weights.length,
    gazetteer: gazKeys.length >> 2,
    common: common.length >> 2,
    clusters: clusterKeys.length ? clusterKeys.length >> 2 : undefined,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = pad4(MAGIC.length + 4 + json.length);
  const weightsEnd = pad4(headerEnd + weights.length);
  const valuesEnd = weightsEnd + gazKeys.length + common.length + gazValues.length;
  const clusterStart = clusterKeys.length ? pad4(valuesEnd) : valuesEnd;
  const out = new Uint8Array(clusterStart + clusterKeys.length + clusterValues.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  out.set(weights, headerEnd);
  out.set(gazKeys, weightsEnd);
  out.set(common, weightsEnd + gazKeys.length);
  out.set(gazValues, weightsEnd + gazKeys.length + common.length);
  out.set(clusterKeys, clusterStart);
  out.set(clusterValues, clusterStart + clusterKeys.length);
  return out;
}

/**
 * The models of the languages other than English (src/languages/<lang>/ner-model.json) and their asset names
 * (nerModelAsset in src/languages/ner-model-languages.ts); English's is MODEL_ASSET.
 */
export function languageModels() {
  const dir = fileURLToPath(new URL('../src/languages/', import.meta.url));
  return readdirSync(dir)
    .filter((lang) => lang !== 'en' && existsSync(join(dir, lang, 'ner-model.json')))
    .sort()
    .map((lang) => ({ lang, fileName: `ner-model-${lang}.bin`, path: join(dir, lang, 'ner-model.json') }));
}

/** @returns {import('vite').Plugin} */
export function nerModelAsset() {
  const swaps = new Map([
    [path('ner-model.ts'), path('ner-model-web.ts')],
    [languagesPath('ner-models.ts'), languagesPath('ner-models-web.ts')],
  ]);
  return {
    name: 'backstory-ner-model-asset',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/ner-model') && !source.endsWith('/ner-models')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && swaps.get(resolved.id)) ?? null;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: MODEL_ASSET,
        source: encodeModelBinary(JSON.parse(readFileSync(path('ner-model.json'), 'utf8'))),
      });
      for (const model of languageModels()) {
        this.emitFile({
          type: 'asset',
          fileName: model.fileName,
          source: encodeModelBinary(JSON.parse(readFileSync(model.path, 'utf8'))),
        });
      }
    },
  };
}
