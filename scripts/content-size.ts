/**
 * Size of what every page pays for: the content-script loader from the built manifest plus the static import graph
 * of the module it loads (dynamic imports, loaded only on article pages, are not counted).
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

export function contentScriptSize(dist: string): ContentSize {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const roots = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
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
