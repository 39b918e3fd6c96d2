/**
 * Firefox runs the background as an event page and stops it when idle: stopped while a tab is being analysed (the
 * way about:debugging's "Terminate background script" and the idle timer do it), it starts again on the next event
 * and the popup still ends with a whole analysis, nothing half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { TabState } from '../../../src/shared/tab-state';
import { setFaultMode } from '../../fixtures/api/generated/faults';
import { fixtureEndpoints } from '../endpoints';
import { launchFirefox, type FirefoxHarness } from '../firefox-harness';

let h: FirefoxHarness;
const settings = (prefix = '/api') => ({ ...DEFAULT_SETTINGS, endpoints: fixtureEndpoints(h.server.origin, prefix) });
const done = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  setFaultMode('none');
  await h?.close();
});

/** A mark on the background page's global: gone when Firefox has started a new one. */
const markBackground = () =>
  h.inExtension(async (b) => {
    const page = (await b.runtime.getBackgroundPage()) as unknown as { backgroundMarker?: number };
    page.backgroundMarker = 1;
  }, null);
const isNewBackground = () =>
  h.inExtension(async (b) => {
    const page = (await b.runtime.getBackgroundPage()) as unknown as { backgroundMarker?: number };
    return page.backgroundMarker === undefined;
  }, null);

describe('the background stopped by Firefox', () => {
  it('stopped mid-analysis: it starts again and the popup ends ready with a whole analysis', async () => {
    const { tabId } = await h.openPage('/generated/huge-text');
    // Megabytes of text take seconds of NLP: stop the background while the state says "analyzing".
    await h.waitForState(tabId, (s) => s?.status === 'analyzing', 30_000);
    await markBackground();
    expect(await h.stopBackground()).toBe('stopped');
    const popup = await h.openPopup(tabId);
    await popup.waitForSelector('main[data-state="ready"]', { timeout: 90_000 });
    expect(await isNewBackground()).toBe(true);
    const state = await h.waitForState(tabId, done, 60_000);
    expect(state!.analysis!.entities.length).toBeGreaterThan(3);
    expect(state!.article!.title).toBe('G7 finance ministers meet in Niigata as debt ceiling talks drag on');
    expect(state!.error).toBeNull();
    expect(await popup.$eval('main h1', (e) => e.textContent)).toBe(state!.article!.title);
    await popup.close();
  }, 180_000);

  it('stopped while the cards are loading: after the restart they finish, not spin for ever', async () => {
    await h.setSettings(settings('/api/faulty'));
    try {
      // Wikipedia hangs, so the cards step is still running when the background stops.
      setFaultMode('timeout', 'wikipedia');
      const { tabId } = await h.openPage('seed-fox-putin-xi');
      await h.waitForState(tabId, (s) => s?.status === 'ready' && s.cards?.status === 'loading', 30_000);
      await markBackground();
      expect(await h.stopBackground()).toBe('stopped');
      setFaultMode('none'); // the source is back
      const popup = await h.openPopup(tabId);
      await popup.waitForSelector('main[data-state="ready"]');
      expect(await isNewBackground()).toBe(true);
      // Well inside the controller's staleness window for cards (15 s): only resuming at start-up is that quick.
      const state = await h.waitForState(tabId, (s) => !!s?.cards && s.cards.status !== 'loading', 12_000);
      expect(state!.cards!.status).toBe('ready');
      expect(state!.cards!.cards.find((c) => c.name === 'Vladimir Putin')?.status).toBe('linked');
      await popup.waitForSelector('.card[data-qid="Q7747"]');
      await popup.close();
    } finally {
      setFaultMode('none');
      await h.setSettings(settings());
    }
  }, 120_000);
});
