/**
 * Vite plugin for the extension build: src/languages/index.ts (dynamic imports, one chunk per pack) gives way to
 * index-web.ts (static imports), because Chrome refuses import() in an extension service worker. Node and the tests
 * keep the dynamic imports. Plain JavaScript with no imports from src/, as vite loads its config's imports itself.
 */
import { fileURLToPath } from 'node:url';

const path = (p) => fileURLToPath(new URL(`../src/languages/${p}`, import.meta.url));

/** @returns {import('vite').Plugin} */
export function staticLanguagePacks() {
  const registry = path('index.ts');
  return {
    name: 'backstory-static-language-packs',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/languages')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === registry ? path('index-web.ts') : null;
    },
  };
}
