/**
 * Sizes of what the browser loads before any article needs it: the content script every page pays for (the loader
 * from the built manifest plus the static import graph of the module it loads; dynamic imports, loaded only on
 * article pages, are not counted) and the service worker each wake-up parses (its static import graph).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const LOADER_TARGET = /getURL\(\s*["']([^"']+)["']\s*\)/g;

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
}

const manifestOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;

/** The files `roots` load before anything asks for more, and their size together. */
function staticGraphSize(dist: string, roots: readonly string[]): ContentSize {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const path = normalize(file);
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(LOADER_TARGET)) visit(m[1]!.replace(/^\//, ''));
    for (const m of code.matchAll(STATIC_IMPORT)) visit(join(dirname(path), m[1]!));
  };
  roots.forEach(visit);
  const files = [...seen];
  const all = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  return { files, bytes: all.length, gzipBytes: gzipSync(all, { level: 9 }).length };
}

export function contentScriptSize(dist: string): ContentSize {
  return staticGraphSize(
    dist,
    (manifestOf(dist).content_scripts ?? []).flatMap((c) => c.js ?? []),
  );
}

/** The service worker (Firefox: the background scripts) and what it imports statically. */
export function workerSize(dist: string): ContentSize {
  const background = manifestOf(dist).background ?? {};
  return staticGraphSize(dist, background.service_worker ? [background.service_worker] : (background.scripts ?? []));
}
