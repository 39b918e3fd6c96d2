/**
 * Hostile pages in Firefox, as busy.e2e.ts tries them in Chromium: a page whose markup clobbers the names of the
 * extension's globals (`<form id=browser><input name=runtime>`, `<form id=chrome>`) is analysed all the same, and a
 * page that fetches each of the build's files at its fixed moz-extension:// URL reads none of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, EXTENSION_UUID, launchFirefox, type FirefoxHarness } from '../firefox-harness';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

describe('hostile pages in Firefox', () => {
  it('<form id=browser><input name=runtime> and <form id=chrome> change nothing: the article is analyzed', async () => {
    const { page, tabId } = await h.openPage('hostile-clobber');
    const state = await h.waitForState(tabId, (s) => !!s && s.status !== 'analyzing', 20_000).catch(() => null);
    expect(state?.status).toBe('ready');
    expect((state?.analysis?.entities ?? []).map((e) => e.name)).toContain('Robert Mackenzie');
    await page.close();
  });

  it('a page cannot fetch any of its files at a fixed URL: the content scripts, their parts, anything else', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: unknown[];
    };
    const files = readdirSync(DIST_FIREFOX, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(DIST_FIREFOX, f)).isFile())
      .map((f) => f.replaceAll('\\', '/'));
    const { page } = await h.openPage('hostile-clobber');
    const readable = await page.evaluate(
      async (uuid: string, files: string[]) => {
        const out: string[] = [];
        for (const file of files) {
          const ok = await fetch(`moz-extension://${uuid}/${file}`).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) out.push(file);
        }
        return out;
      },
      EXTENSION_UUID,
      files,
    );
    console.log(`[firefox hostile e2e] fixed-URL files: ${readable.length} of ${files.length} readable`);
    expect(readable).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // Not a vacuous pass: the probe covered the content scripts and the parts.
    expect(files).toEqual(
      expect.arrayContaining(['manifest.json', 'src/content/index.js', 'src/content/extract-part.js']),
    );
    await page.close();
  });
});
