/**
 * Vite plugin for the extension build: keeps the content script's injected parts out of web_accessible_resources.
 * crxjs lists every `?script` file there for all http(s) pages, on the assumption that a content script imports it;
 * Backstory's parts (src/content/*-part.ts) are injected by the background with scripting.executeScript, which needs
 * no such entry. Listed, they could be fetched by any page at a fixed URL, telling it that Backstory is installed.
 * Runs as crxjs renders the manifest (its `renderCrxManifest` hook), after crxjs's own entries were added.
 * Plain JavaScript, like vite-ner-model.js: vite loads its config's imports itself.
 */

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

export function privateParts() {
  return {
    name: 'backstory-private-parts',
    enforce: 'post',
    renderCrxManifest(manifest) {
      return withoutPrivateResources(manifest);
    },
  };
}
