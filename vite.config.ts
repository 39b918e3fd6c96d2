import { defineConfig, type PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { nerModelAsset } from './scripts/vite-ner-model.js';
import { compileHints } from './scripts/vite-compile-hints.js';
import { languagePacksAsAssets } from './scripts/vite-languages.js';
import { privateParts } from './scripts/vite-private-parts.js';
import { precompiledMessages } from './scripts/vite-messages.js';

const GECKO_ID = 'backstory@backstory.invalid';
const CONTENT_SCRIPTS = baseManifest.content_scripts.flatMap((c) => c.js);
/**
 * The pages the content scripts run on. Chrome lets scripting.executeScript inject the content script's parts
 * (background/inject-part.ts) only into hosts named in host_permissions, not into those content_scripts match, so
 * its build names them there too; it asks the reader for nothing more (the content scripts already read every site).
 * Firefox counts content_scripts' patterns as granted hosts. Kept out of manifest.json, whose host_permissions
 * site-access.ts reads as the services' hosts.
 */
const PAGE_PATTERNS = [...new Set(baseManifest.content_scripts.flatMap((c) => c.matches))];

/**
 * Code two or more entries share goes into two chunks, not one per set of sharers: the popup, which the reader waits
 * on, then loads 3 scripts instead of 9 (each file is a request, a code-cache lookup and a compile before its first
 * frame). Preact and the pages' own components stay out of the one the service worker loads.
 */
const SHARED_CHUNKS = [
  {
    name: 'ui',
    test: /node_modules[\\/]preact[\\/]|[\\/]src[\\/](options|popup|lookup)[\\/]/,
    minShareCount: 2,
    priority: 2,
    includeDependenciesRecursively: false,
  },
  { name: 'shared', minShareCount: 2, priority: 1 },
];

/** One manifest source (Chrome's MV3 shape); Firefox gets its background as scripts and gecko settings. */
export function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (browser === 'chrome') return { ...manifest, host_permissions: [...manifest.host_permissions, ...PAGE_PATTERNS] };
  const { service_worker, ...background } = manifest.background;
  const firefox: Record<string, unknown> = {
    ...manifest,
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Backstory sends entity names and query keywords to public knowledge and news APIs, nothing else.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
  delete firefox.minimum_chrome_version;
  // Firefox has no sidePanel API: the same page becomes its sidebar.
  delete firefox.side_panel;
  firefox.permissions = (manifest.permissions as string[]).filter((p) => p !== 'sidePanel');
  firefox.sidebar_action = {
    default_panel: manifest.side_panel.default_path,
    default_title: '__MSG_extName__',
    open_at_install: false,
  };
  return firefox;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact() as PluginOption,
      // The NER model as its own file, not 1.8 MB of JSON in the service worker's script.
      nerModelAsset(),
      // Each pack but English's as a fetched asset: the service worker may not import() a chunk.
      languagePacksAsAssets(),
      // The content scripts as classic scripts, each one self-contained file: no module loader, no chunks that
      // pages could fetch (web_accessible_resources), and nothing read from the page's globals before ours run.
      crx({ manifest: manifestFor(browser) as never, browser, contentScripts: { standaloneFiles: CONTENT_SCRIPTS } }),
      // The parts the background injects into pages stay out of web_accessible_resources.
      privateParts(),
      // The catalogues' count messages parsed at build time; no ICU parser in the extension.
      precompiledMessages(),
      // The content script's chunks compile as they load (scripts/vite-compile-hints.js says why).
      compileHints(),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Extension pages list every chunk they load up front (fetched at once, not one import level at a time); a
      // dynamic import gets no preload tags, which in a content script would be written into the reader's page.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      rollupOptions: {
        // Pages no manifest key names: the context menu's lookup window.
        input: { lookup: 'src/lookup/index.html' },
        // Lets the page-only group below leave its dependencies where they are (no entry exports anything).
        preserveEntrySignatures: 'allow-extension',
        output: { codeSplitting: { groups: SHARED_CHUNKS } },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
