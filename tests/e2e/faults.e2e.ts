/**
 * Failing networks: every outside endpoint (Wikipedia, Wikidata, Commons, GDELT, Google News) behind the
 * fixture server's fault switchboard, one mode at a time: no answer, a slow drip, 429 with Retry-After, 503, an HTML
 * page with 200, truncated JSON/XML, malformed bodies. Each must degrade as designed (the article and its in-article
 * cards still shown, cards "degraded", each coverage source reported unavailable, no error state, a clean popup) and
 * recover once the source is back: reading the page again links the cards and lists coverage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_OPTIONS } from '../../src/background/sources/wikimedia-http';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { FAULT_MODES, setFaultMode, type FaultMode } from '../fixtures/api/generated/faults';
import { launchExtension, type Harness } from './harness';
import { fixtureEndpoints, INJECTED_SELECTOR, openWatched } from './page-watch';

let h: Harness;
const outcomes: Record<string, { degraded: boolean; recovered: boolean; degradeMs?: number }> = {};

beforeAll(async () => {
  h = await launchExtension();
  await h.setSettings({ ...DEFAULT_SETTINGS, endpoints: fixtureEndpoints(h.server.origin, '/api/faulty') });
});
afterAll(async () => {
  setFaultMode('none');
  await h?.close();
  mkdirSync(join('artifacts', 'robust'), { recursive: true });
  writeFileSync(join('artifacts', 'robust', 'faults.json'), JSON.stringify({ modes: outcomes }, null, 2));
});

const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';

async function clearAllData(): Promise<void> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'data/clear-all', payload: {} }));
  await options.close();
}

/** Reads the seed article and waits until cards and coverage are done, whatever they found. */
async function readSeed(budgetMs: number) {
  const started = Date.now();
  const w = await openWatched(h, h.server.url('seed-fox-putin-xi'));
  try {
    const state = await h.waitForState(w.tabId, settled, budgetMs);
    return { w, state: state!, ms: Date.now() - started };
  } catch (error) {
    const s = await h.tabState(w.tabId);
    await w.close();
    throw new Error(
      `not settled in ${budgetMs} ms: status ${s?.status}, cards ${s?.cards?.status}, coverage ${s?.coverage?.status} ${JSON.stringify(s?.coverage?.sources)}; fault switchboard saw ${JSON.stringify(await (await fetch(`${h.server.origin}/api/faulty-control`)).json())}`,
      { cause: error },
    );
  }
}

async function popupIsClean(tabId: number): Promise<void> {
  const popup = await h.openPopup(tabId);
  await popup.locator('main[data-state="ready"]').waitFor();
  await popup.waitForTimeout(500);
  expect(await popup.locator(INJECTED_SELECTOR).count()).toBe(0);
  expect(await popup.locator('main h1').first().textContent()).toContain('Putin, Xi');
  await popup.close();
}

describe('every endpoint failing, one fault mode at a time', () => {
  it.each(FAULT_MODES.map((m) => [m]))(
    '%s: degrades as designed, then recovers when the sources are back',
    async (mode) => {
      outcomes[mode] = { degraded: false, recovered: false };
      await clearAllData();
      setFaultMode(mode as FaultMode);
      try {
        // Client timeouts are 8–12 s with retries and backoff: allow them to run out, and no more.
        const { w, state, ms } = await readSeed(120_000);
        console.log(`[faults e2e] ${mode}: settled ${ms} ms after navigation`);
        expect(state.status).toBe('ready');
        expect(state.error).toBeNull();
        expect(state.analysis!.entities.length).toBeGreaterThan(5);
        expect(state.cards!.status).toBe('degraded');
        // The reader still gets the in-article cards, none wrongly linked.
        expect(state.cards!.cards.length).toBeGreaterThan(3);
        expect(state.cards!.cards.filter((c) => c.status === 'linked')).toEqual([]);
        for (const source of ['gdelt', 'googleNews'] as const) {
          expect(state.coverage!.sources[source]?.state, source).toBe('unavailable');
        }
        expect(state.coverage!.items).toEqual([]);
        expect(w.errors).toEqual([]);
        await popupIsClean(w.tabId);
        await w.close();
        outcomes[mode]!.degraded = true;
        outcomes[mode]!.degradeMs = ms;
      } finally {
        setFaultMode('none');
      }

      // The sources are back. A client that saw its service fail in a row stops asking it for a while (the
      // Wikimedia circuit breaker) — by design — so read the page again once that has passed: everything must be back.
      await new Promise((r) => setTimeout(r, DEFAULT_CLIENT_OPTIONS.breakerCooldownMs + 1_000));
      const { w, state } = await readSeed(90_000);
      await w.close();
      expect(state.cards!.status).toBe('ready');
      expect(state.cards!.cards.find((c) => c.name === 'Vladimir Putin')?.status).toBe('linked');
      expect(state.coverage!.items.length).toBeGreaterThan(0);
      expect(state.coverage!.sources.gdelt?.state).toBe('ok');
      expect(state.coverage!.sources.googleNews?.state).toBe('ok');
      outcomes[mode]!.recovered = true;
    },
    300_000,
  );
});

describe('one endpoint failing alone', () => {
  it('GDELT down: cards are linked and coverage still comes from Google News, GDELT reported unavailable', async () => {
    await clearAllData();
    setFaultMode('5xx', 'gdelt');
    try {
      const { w, state } = await readSeed(90_000);
      await w.close();
      expect(state.cards!.status).toBe('ready');
      expect(state.coverage!.sources.gdelt?.state).toBe('unavailable');
      expect(state.coverage!.sources.googleNews?.state).toBe('ok');
      expect(state.coverage!.items.length).toBeGreaterThan(0);
      outcomes['gdelt-only-5xx'] = { degraded: true, recovered: true };
    } finally {
      setFaultMode('none');
    }
  }, 180_000);

  it('Wikidata down: no card claims a link it could not check, coverage is unaffected', async () => {
    await clearAllData();
    setFaultMode('5xx', 'wikidata');
    try {
      const { w, state } = await readSeed(90_000);
      await w.close();
      expect(state.cards!.status).toBe('degraded');
      expect(state.cards!.cards.filter((c) => c.status === 'linked').map((c) => c.name)).toEqual([]);
      expect(state.coverage!.sources.gdelt?.state).toBe('ok');
      expect(state.coverage!.items.length).toBeGreaterThan(0);
      outcomes['wikidata-only-5xx'] = { degraded: true, recovered: true };
    } finally {
      setFaultMode('none');
    }
  }, 180_000);
});
