/**
 * Vite plugin for the extension build: src/languages/index.ts (dynamic imports, one chunk per pack) gives way to
 * index-web.ts, because Chrome refuses import() in an extension service worker; each pack other than English is
 * written as an asset of its own (lang-<code>.json, serialised by src/languages/pack-data.ts from its typed
 * modules) that index-web.ts fetches when an article in its language needs it. Node and the tests keep the dynamic
 * imports. Plain JavaScript: vite loads its config's imports itself, so the packs are read through tsx.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const path = (p) => fileURLToPath(new URL(`../src/languages/${p}`, import.meta.url));

/**
 * Every pack but English's, as the asset name and JSON text the worker fetches.
 * @returns {Promise<{code: string, fileName: string, json: string}[]>}
 */
export async function languagePackAssets() {
  const { ALL_PACKS } = await tsImport(path('all.ts'), import.meta.url);
  const { packAsset, serialisePack } = await tsImport(path('pack-data.ts'), import.meta.url);
  return ALL_PACKS.filter((pack) => pack.code !== 'en').map((pack) => ({
    code: pack.code,
    fileName: packAsset(pack.code),
    json: serialisePack(pack),
  }));
}

/** @returns {import('vite').Plugin} */
export function languagePacksAsAssets() {
  const registry = path('index.ts');
  return {
    name: 'backstory-language-pack-assets',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/languages')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === registry ? path('index-web.ts') : null;
    },
    async generateBundle() {
      for (const pack of await languagePackAssets()) {
        this.emitFile({ type: 'asset', fileName: pack.fileName, source: pack.json });
      }
    },
  };
}
