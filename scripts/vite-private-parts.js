/**
 * Vite plugin for the extension build: keeps the content script's injected parts out of web_accessible_resources,
 * and out of the package in the module form nothing loads.
 * crxjs lists every `?script` file there for all http(s) pages, on the assumption that a content script imports it;
 * Backstory's parts (src/content/*-part.ts) are injected by the background with scripting.executeScript, which needs
 * no such entry. Listed, they could be fetched by any page at a fixed URL, telling it that Backstory is installed.
 * Runs as crxjs renders the manifest (its `renderCrxManifest` hook), after crxjs's own entries were added.
 * crxjs also leaves each `?script&iife` file's intermediate module chunk in assets/ (it says so: "unreferenced"):
 * those, and chunks only they import, are removed once the bundle is written.
 * Plain JavaScript, like vite-ner-model.js: vite loads its config's imports itself.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Built files no page may fetch (as crxjs names them: the source path with .js). */
export const PRIVATE_PARTS = /^src\/content\/[\w-]+-part\.js$/;

/** The manifest with `isPrivate` files taken out of web_accessible_resources (and entries left empty dropped). */
export function withoutPrivateResources(manifest, isPrivate = (file) => PRIVATE_PARTS.test(file)) {
  if (!manifest.web_accessible_resources) return manifest;
  const kept = manifest.web_accessible_resources
    .map((entry) => ({ ...entry, resources: entry.resources.filter((file) => !isPrivate(file)) }))
    .filter((entry) => entry.resources.length > 0);
  const { web_accessible_resources: _dropped, ...rest } = manifest;
  return kept.length > 0 ? { ...rest, web_accessible_resources: kept } : rest;
}

/** Source modules of the parts (rollup module ids end so). */
const PART_SOURCE = /[\\/]src[\\/]content[\\/][\w-]+-part\.ts$/;

/** File names of the parts' module chunks, and of the chunks that nothing else imports, in a written bundle. */
export function unusedPartChunks(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const unused = new Set(
    chunks.filter((c) => c.facadeModuleId && PART_SOURCE.test(c.facadeModuleId)).map((c) => c.fileName),
  );
  let grew = unused.size > 0;
  while (grew) {
    grew = false;
    for (const chunk of chunks) {
      if (unused.has(chunk.fileName) || chunk.isEntry || chunk.isDynamicEntry) continue;
      const importers = chunks.filter(
        (c) => c.imports.includes(chunk.fileName) || c.dynamicImports.includes(chunk.fileName),
      );
      if (importers.length > 0 && importers.every((c) => unused.has(c.fileName))) {
        unused.add(chunk.fileName);
        grew = true;
      }
    }
  }
  return [...unused];
}

export function privateParts() {
  return {
    name: 'backstory-private-parts',
    enforce: 'post',
    renderCrxManifest(manifest) {
      return withoutPrivateResources(manifest);
    },
    writeBundle(options, bundle) {
      for (const file of unusedPartChunks(bundle)) rmSync(join(options.dir, file), { force: true });
    },
  };
}
