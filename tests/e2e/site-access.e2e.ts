/**
 * Site access in the built extension. The reader restricts Backstory's site access the way Chrome's
 * extension page does ("On specific sites", set through chrome://extensions' own developerPrivate API): the article's
 * site stays allowed, the fake APIs' host (127.0.0.1) is withheld. Google News (here: the fake one under
 * /api/nocors/, which like the real one sends no CORS headers) can then not be read: coverage reports it refused,
 * and the popup and the options page name the host and offer "Allow access". Giving access back clears the notes.
 * Firefox treats MV3 host access as optional in the same way; its permission prompt itself cannot be driven here.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { launchExtension, type Harness } from './harness';

let h: Harness;
let extensions: Page;

const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';
/** Pages from localhost, APIs on 127.0.0.1: two hosts, so access to one can be withheld and not the other. */
const pageUrl = (slug: string) => h.server.url(slug).replace('127.0.0.1', 'localhost');

beforeAll(async () => {
  h = await launchExtension();
  await h.setSettings({
    ...DEFAULT_SETTINGS,
    endpoints: { googleNews: `${h.server.origin}/api/nocors/gnews/rss/search` },
  });
  extensions = await h.context.newPage();
  await extensions.goto('chrome://extensions');
});
afterAll(async () => {
  await h?.close();
});

type DevPrivate = {
  updateExtensionConfiguration(o: object, cb: () => void): void;
  addHostPermission(id: string, host: string, cb: () => void): void;
};
/** What the reader's choices on chrome://extensions do: the page calls developerPrivate, and so do we. */
async function siteAccess(call: 'specific' | 'all', host?: string): Promise<void> {
  await extensions.evaluate(
    ({ id, call, host }) =>
      new Promise<void>((ok, fail) => {
        const api = (
          globalThis as unknown as {
            chrome: { developerPrivate: DevPrivate; runtime: { lastError?: { message: string } } };
          }
        ).chrome;
        const done = () => (api.runtime.lastError ? fail(new Error(api.runtime.lastError.message)) : ok());
        if (host) api.developerPrivate.addHostPermission(id, host, done);
        else
          api.developerPrivate.updateExtensionConfiguration(
            { extensionId: id, hostAccess: call === 'all' ? 'ON_ALL_SITES' : 'ON_SPECIFIC_SITES' },
            done,
          );
      }),
    { id: h.extensionId, call, host },
  );
}
const granted = async (pattern: string) =>
  (await h.worker()).evaluate((p) => chrome.permissions.contains({ origins: [p] }), pattern);

async function readSeed(): Promise<{ page: Page; tabId: number; state: TabState }> {
  // Every run asks again: no cached answer may stand in for a refused source.
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'data/clear-all', payload: {} }));
  await options.close();
  const page = await h.context.newPage();
  await page.goto(pageUrl('seed-fox-putin-xi'), { waitUntil: 'domcontentloaded' });
  const tabId = await h.tabIdOf(page);
  const state = (await h.waitForState(tabId, settled, 45_000))!;
  return { page, tabId, state };
}

describe('site access', () => {
  it('granted: a source without CORS headers is read through host access, and nothing asks for more', async () => {
    expect(await granted('http://127.0.0.1/*')).toBe(true);
    const { page, tabId, state } = await readSeed();
    expect(state.coverage!.sources.googleNews).toMatchObject({ state: 'ok' });
    expect(h.server.requests.some((r) => r.url.startsWith('/api/nocors/gnews/'))).toBe(true);
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="ready"]').waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.locator('.access-note[role="note"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('withheld for the APIs\' host: Google News is refused, and popup and options page name the host and offer "Allow access"', async () => {
    await siteAccess('specific');
    await siteAccess('specific', 'http://localhost/*');
    await expect.poll(() => granted('http://127.0.0.1/*')).toBe(false);
    expect(await granted('http://localhost/*')).toBe(true);

    const { page, tabId, state } = await readSeed();
    expect(state.coverage!.sources.googleNews).toMatchObject({ state: 'unavailable', reason: 'permission' });
    // Wikipedia, Wikidata and GDELT answer cross-origin requests: missing access costs them nothing.
    expect(state.cards!.status).toBe('ready');
    expect(state.coverage!.sources.gdelt?.state).toBe('ok');

    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="ready"]').waitFor();
    const note = popup.locator('.access-note[role="note"]');
    await note.waitFor();
    const text = (await note.textContent())!;
    expect(text).toContain('127.0.0.1');
    expect(text).toContain('Google News');
    expect(text).not.toContain('Wikipedia');
    expect(await popup.getByRole('button', { name: 'Allow access' }).count()).toBe(1);
    expect(await popup.locator('main').textContent()).toContain('Backstory is not allowed to contact it');

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.getByRole('heading', { name: 'Site access' }).waitFor();
    // The options page lists every source the settings point at that host.
    await expect(options.locator('.access-note[role="note"]').textContent()).resolves.toMatch(
      /127\.0\.0\.1[\s\S]*Wikipedia[\s\S]*GDELT[\s\S]*Google News/,
    );

    // "Allow access" asks the browser for a pattern it accepts: Chromium opens its prompt (which headless cannot
    // answer) and the request waits on it; a pattern outside the manifest, or no user activation, is refused at once
    // ("Not allowed"). Firefox's stricter rule (no await before the request) is the component test's.
    await options.getByRole('button', { name: 'Allow access' }).click();
    await options.waitForTimeout(1_500);
    expect(await options.getByText(/Not allowed/).count()).toBe(0);

    // The reader gives access back in the browser: both pages notice (permissions.onAdded) without a reload, and
    // the popup reads the article again, so Google News now answers.
    await siteAccess('all');
    await expect.poll(() => granted('http://127.0.0.1/*')).toBe(true);
    await options.getByText('Access allowed').waitFor();
    expect(await options.getByRole('button', { name: 'Allow access' }).count()).toBe(0);
    const again = await h.waitForState(tabId, (s) => settled(s) && s!.updatedAt > state.updatedAt, 30_000);
    expect(again!.coverage!.sources.googleNews).toMatchObject({ state: 'ok' });
    await popup.locator('main[data-state="ready"]').waitFor();
    expect(await popup.locator('.access-note[role="note"]').count()).toBe(0);
    await options.close();
    await popup.close();
    await page.close();
  });
});
