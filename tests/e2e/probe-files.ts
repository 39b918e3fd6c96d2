/**
 * A page probing for the extension the way a fingerprinting site would: fetching each of the build's files at its
 * fixed URL (chrome-extension://ID/… or moz-extension://UUID/…). Shared by the Chromium and Firefox tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a build, as paths relative to it (forward slashes), and its manifest. */
export function builtFiles(dist: string): { files: string[]; manifest: { web_accessible_resources?: unknown[] } } {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dist, f)).isFile())
    .map((f) => f.replaceAll('\\', '/'));
  return { files, manifest: JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) };
}

/** Runs in the page (pass it to page.evaluate): the files the page could read from `base`. */
export async function readableInPage({ base, files }: { base: string; files: string[] }): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const ok = await fetch(`${base}/${file}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) out.push(file);
  }
  return out;
}

/** The files a probe must have covered, so that "none readable" is no vacuous pass. */
export const PROBED_AT_LEAST = ['manifest.json', 'src/content/index.js', 'src/content/extract-part.js'];
