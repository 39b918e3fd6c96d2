/**
 * The harness itself: with the settings a test never touched, every outside service the extension
 * asks is the loopback fixture server, from the first page on; nothing goes to a real host. A failing source is a
 * test's explicit choice (UNREACHABLE_ENDPOINT, the fault switchboard), and real hosts need an explicit opt-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { fixtureEndpoints, launchExtension, UNREACHABLE_ENDPOINT, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';
const storedSettings = async () =>
  (await h.worker()).evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as { endpoints: Record<string, string> },
  );

describe('e2e determinism: the fixture server is the only outside world', () => {
  it('default settings: every endpoint is the fixture server before the first page, and every source answers from it', async () => {
    const stored = await storedSettings();
    expect(stored.endpoints).toEqual(fixtureEndpoints(h.server.origin));
    for (const url of Object.values(stored.endpoints)) expect(url.startsWith(h.server.origin)).toBe(true);

    const { tabId } = await h.openPage('seed-fox-putin-xi');
    const state = await h.waitForState(tabId, settled, 45_000);
    // Each source really went to its fake API: Wikipedia/Wikidata for the cards, GDELT and Google News for coverage.
    const asked = h.server.requests.map((r) => r.url);
    for (const prefix of ['/api/wikipedia/', '/api/wikidata/', '/api/gdelt/', '/api/gnews/']) {
      expect(
        asked.some((u) => u.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(state?.cards?.status).toBe('ready');
    expect(state?.coverage?.sources.gdelt?.state).toMatch(/^(ok|empty)$/);
    expect(state?.coverage?.sources.googleNews?.state).toMatch(/^(ok|empty)$/);
    // Opening the popup loads card photos: from the fixture server too.
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="ready"]').waitFor();
    await popup.waitForTimeout(500);
    await popup.close();
    expect(h.outsideRequests).toEqual([]);
  });

  it('setSettings keeps tests on loopback: shipped default endpoints become the fixture ones, real hosts are refused', async () => {
    await h.setSettings({ ...DEFAULT_SETTINGS, wikipediaLang: 'de' });
    expect((await storedSettings()).endpoints).toEqual(fixtureEndpoints(h.server.origin));
    await expect(
      h.setSettings({
        ...DEFAULT_SETTINGS,
        endpoints: { ...DEFAULT_SETTINGS.endpoints, gdelt: 'https://gdelt.example/api' },
      }),
    ).rejects.toThrow(/loopback/);
    await h.setSettings(DEFAULT_SETTINGS);
  });

  it('a failing source is opted into explicitly and fails at once, on loopback', async () => {
    await h.setSettings({ ...DEFAULT_SETTINGS, endpoints: { gdelt: UNREACHABLE_ENDPOINT } });
    expect((await storedSettings()).endpoints).toEqual({
      ...fixtureEndpoints(h.server.origin),
      gdelt: UNREACHABLE_ENDPOINT,
    });
    const { tabId } = await h.openPage('seed-fox-putin-xi');
    const state = await h.waitForState(
      tabId,
      (s) => settled(s) && s!.coverage!.sources.gdelt?.state !== 'pending',
      45_000,
    );
    expect(state?.coverage?.sources.gdelt?.state).toMatch(/^(unavailable|cached)$/);
    expect(state?.coverage?.sources.googleNews?.state).toMatch(/^(ok|empty|cached)$/);
    expect(h.outsideRequests).toEqual([]);
    await h.setSettings(DEFAULT_SETTINGS);
  });

  it('the tripwire: a run whose extension reached a host off this machine fails on close', async () => {
    // A host under .invalid never resolves: the request is attempted (and recorded), nothing leaves for real.
    const other = await launchExtension();
    try {
      await other.setSettings(
        { ...DEFAULT_SETTINGS, endpoints: { gdelt: 'https://gdelt.backstory-tripwire.invalid/api/v2/doc/doc' } },
        { outsideHosts: true },
      );
      const { tabId } = await other.openPage('seed-fox-putin-xi');
      await other.waitForState(tabId, (s) => settled(s) && s!.coverage!.sources.gdelt?.state !== 'pending', 45_000);
      expect(other.outsideRequests.some((u) => u.startsWith('https://gdelt.backstory-tripwire.invalid/'))).toBe(true);
    } finally {
      await expect(other.close()).rejects.toThrow(/off this machine: https:\/\/gdelt\.backstory-tripwire\.invalid/);
    }
  });
});
