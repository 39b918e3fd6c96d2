/**
 * Hostile pages in Firefox, as busy.e2e.ts tries them in Chromium: a page whose markup clobbers the names of the
 * extension's globals (`<form id=browser><input name=runtime>`, `<form id=chrome>`) is analysed all the same, and a
 * page that fetches each of the build's files at its fixed moz-extension:// URL reads none of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, EXTENSION_UUID, launchFirefox, type FirefoxHarness } from '../firefox-harness';
import { builtFiles, PROBED_AT_LEAST, readableInPage } from '../probe-files';

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
    const { files, manifest } = builtFiles(DIST_FIREFOX);
    const { page } = await h.openPage('hostile-clobber');
    const readable = await page.evaluate(readableInPage, { base: `moz-extension://${EXTENSION_UUID}`, files });
    console.log(`[firefox hostile e2e] fixed-URL files: ${readable.length} of ${files.length} readable`);
    expect(readable).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // Not a vacuous pass: the probe covered the content scripts and the parts.
    expect(files).toEqual(expect.arrayContaining(PROBED_AT_LEAST));
    await page.close();
  });
});
