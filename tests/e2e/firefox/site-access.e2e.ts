/**
 * Site access in Firefox, which leaves MV3 host permissions to the reader. Here the reader has allowed Backstory
 * on the article's site only (localhost), not on the services' host (127.0.0.1, where the fake APIs answer without
 * CORS headers, as Google News does): the cards cannot be built, and the popup names the host and offers "Allow
 * access". The reader's click asks Firefox (its prompt answered yes by the harness's preference); the popup then
 * reads the article again, and the cards appear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { TabState } from '../../../src/shared/tab-state';
import { fixtureEndpoints } from '../endpoints';
import { launchFirefox, type FirefoxHarness } from '../firefox-harness';

let h: FirefoxHarness;
const SERVICES = 'http://127.0.0.1/*';
const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';
const granted = (pattern: string) => h.inExtension((b, p) => b.permissions.contains({ origins: [p] }), pattern);

beforeAll(async () => {
  h = await launchFirefox();
  await h.setSettings({ ...DEFAULT_SETTINGS, endpoints: fixtureEndpoints(h.server.origin, '/api/nocors') });
});
afterAll(async () => {
  await h?.close();
});

/** What the reader's choices in Firefox's extensions panel do: withdraw every host, then allow this one site. */
async function allowOnly(origin: string): Promise<void> {
  await h.privileged(`(async () => {
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const extension = WebExtensionPolicy.getByID(GECKO_ID).extension;
    // The content script's every-host patterns count as granted hosts too, though not stored as such.
    const origins = WebExtensionPolicy.getByID(GECKO_ID)
      .allowedOrigins.patterns.map((p) => p.pattern)
      .filter((p) => !p.startsWith('moz-extension:'));
    await ExtensionPermissions.remove(GECKO_ID, { permissions: [], origins }, extension);
    await ExtensionPermissions.add(GECKO_ID, { permissions: [], origins: [${JSON.stringify(origin)}] }, extension);
  })()`);
}

describe('site access in Firefox', () => {
  it('services not granted: the popup names the host and offers "Allow access"; once granted, the cards appear', async () => {
    await allowOnly('http://localhost/*');
    expect(await granted(SERVICES)).toBe(false);
    expect(await granted('http://localhost/*')).toBe(true);

    const { page, tabId } = await h.openPage('seed-fox-putin-xi', { host: 'localhost' });
    const refused = (await h.waitForState(tabId, settled, 40_000))!;
    expect(refused.cards!.status).toBe('degraded');
    expect(refused.cards!.cards.some((c) => c.status === 'linked')).toBe(false);
    expect(refused.coverage!.sources.googleNews).toMatchObject({ state: 'unavailable', reason: 'permission' });

    const popup = await h.openPopup(tabId);
    const note = await popup.waitForSelector('.access-note[role="note"]');
    const text = await note!.evaluate((e) => e.textContent ?? '');
    expect(text).toContain('127.0.0.1');
    expect(text).toContain('Wikipedia');
    expect(text).toContain('Google News');
    expect(await popup.$('.card[data-qid="Q7747"]')).toBeNull();

    // A click, as the reader's: Firefox grants a permission request only from inside a user action.
    await popup.click('.access-note[role="note"] button');
    await expect.poll(() => granted(SERVICES)).toBe(true);

    // The popup reads the article again, and the sources refused before now answer.
    const ready = await h.waitForState(
      tabId,
      (s) => s?.cards?.status === 'ready' && s.coverage?.sources.googleNews?.state === 'ok',
      30_000,
    );
    expect(ready!.cards!.cards.find((c) => c.name === 'Vladimir Putin')).toMatchObject({ status: 'linked' });
    expect(ready!.coverage!.sources.googleNews).toMatchObject({ state: 'ok' });
    await popup.waitForSelector('main[data-state="ready"] .card[data-qid="Q7747"]');
    expect(await popup.$('.access-note[role="note"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('without a click, the same request is refused and nothing is granted', async () => {
    await allowOnly('http://localhost/*');
    const answer = await h.inExtension(
      (b, p) => b.permissions.request({ origins: [p] }).then(String, (e: Error) => `refused: ${e.message}`),
      SERVICES,
    );
    expect(answer).toMatch(/^refused/);
    expect(await granted(SERVICES)).toBe(false);
  });
});
