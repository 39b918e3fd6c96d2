/**
 * Size of the script injected into every page: src/content/index.ts bundled by vite (minified, es2022, as the
 * extension build does) into a temporary directory, then gzip of the entry chunk and everything it imports
 * statically. Dynamic imports, if any, are reported apart; the extract part is a separate entry (measure it by name).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

export interface ContentSize {
  injectedBytes: number;
  injectedGzip: number;
  lazyGzip: number;
  chunks: string[];
}

export async function measureContentScript(entry = 'src/content/index.ts'): Promise<ContentSize> {
  const outDir = mkdtempSync(join(tmpdir(), 'backstory-content-'));
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        write: false,
        minify: true,
        target: 'es2022',
        modulePreload: false,
        rollupOptions: { input: entry },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const chunks = new Map<string, Rollup.OutputChunk>();
    for (const out of outputs)
      for (const item of out.output) if (item.type === 'chunk') chunks.set(item.fileName, item);
    const entryChunk = [...chunks.values()].find((c) => c.isEntry);
    if (!entryChunk) throw new Error('no entry chunk');
    const injected = new Set<string>();
    const visit = (name: string) => {
      if (injected.has(name)) return;
      injected.add(name);
      for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
    };
    visit(entryChunk.fileName);
    const code = [...injected].map((n) => chunks.get(n)!.code).join('\n');
    const lazy = [...chunks.keys()]
      .filter((n) => !injected.has(n))
      .map((n) => chunks.get(n)!.code)
      .join('\n');
    return {
      injectedBytes: Buffer.byteLength(code),
      injectedGzip: gzipSync(code, { level: 9 }).length,
      lazyGzip: lazy ? gzipSync(lazy, { level: 9 }).length : 0,
      chunks: [...injected],
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureContentScript().then((s) => {
    console.log(
      `content script injected into every page: ${(s.injectedGzip / 1024).toFixed(1)} KB gzip ` +
        `(${(s.injectedBytes / 1024).toFixed(1)} KB minified; budget 10 KB gzip); extractor loaded on demand: ${(s.lazyGzip / 1024).toFixed(1)} KB gzip`,
    );
  });
}
