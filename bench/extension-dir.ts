/**
 * The built extension a browser benchmark loads: BACKSTORY_DIST (relative to the repo) when set, else a fresh build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');

export async function extensionDir(prefix: string): Promise<{ dir: string; cleanup(): void }> {
  if (process.env.BACKSTORY_DIST) return { dir: resolve(ROOT, process.env.BACKSTORY_DIST), cleanup() {} };
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
