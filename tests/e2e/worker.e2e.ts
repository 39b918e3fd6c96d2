/**
 * Killed workers, restarted browsers and untrusted senders: the service worker stopped mid-analysis and
 * mid-lookup (through the DevTools protocol, as the browser stops an idle or crashed worker) leaves the popup
 * showing the right state after the restart with nothing half-written; a browser restart keeps history and the
 * card cache; web pages cannot reach the background, and a content script cannot use the popup's messages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { setFaultMode } from '../fixtures/api/generated/faults';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchExtension, type Harness } from './harness';
import { pollTabState } from './wait-for-state';
import { fixtureEndpoints, openWatched } from './page-watch';

let server: FixtureServer;
let h: Harness;
const profile = mkdtempSync(join(tmpdir(), 'backstory-worker-e2e-'));
const settings = (prefix = '/api') => ({ ...DEFAULT_SETTINGS, endpoints: fixtureEndpoints(server.origin, prefix) });
const done = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';

beforeAll(async () => {
  server = await startFixtureServer();
  h = await launchExtension({ server, profile });
  await h.setSettings(settings());
});
afterAll(async () => {
  setFaultMode('none');
  await h?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Record counts of every IndexedDB store of the extension, read in its worker. */
async function idbCounts(harness: Harness): Promise<Record<string, number>> {
  return (await harness.worker()).evaluate(async () => {
    const out: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        out[`${name}/${store}`] = await new Promise<number>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
    }
    return out;
  });
}

async function markWorker(harness: Harness): Promise<void> {
  await (await harness.worker()).evaluate(() => {
    (globalThis as { robustMarker?: number }).robustMarker = 1;
  });
}
async function isNewWorker(harness: Harness): Promise<boolean> {
  return (
    (await (await harness.worker()).evaluate(() => (globalThis as { robustMarker?: number }).robustMarker)) ===
    undefined
  );
}

describe('a killed service worker', () => {
  it('killed mid-analysis: after the restart the popup ends ready with a whole analysis', async () => {
    // The state is watched from an extension page: asked through the worker, the answer would wait until the
    // worker's NLP run let go of its thread, by which time "analyzing" is over.
    const watcher = await h.context.newPage();
    await watcher.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const readFromPage = (id: number) =>
      watcher.evaluate(async (key: string) => {
        return ((await chrome.storage.session.get(key))[key] as TabState | undefined) ?? null;
      }, `tab:${id}`);
    const { tabId } = await h.openPage('/generated/huge-text');
    // 200,000 characters of NLP take seconds: stop the worker while the state says "analyzing".
    await pollTabState(tabId, readFromPage, (s) => s?.status === 'analyzing', 30_000);
    await watcher.close();
    await markWorker(h);
    await h.stopServiceWorker();
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="ready"]').waitFor({ timeout: 90_000 });
    expect(await isNewWorker(h)).toBe(true);
    const state = await h.waitForState(tabId, done, 60_000);
    expect(state!.analysis!.entities.length).toBeGreaterThan(3);
    expect(state!.article!.title).toBe('G7 finance ministers meet in Niigata as debt ceiling talks drag on');
    expect(state!.error).toBeNull();
    await expect(popup.locator('main h1').first().textContent()).resolves.toBe(state!.article!.title);
    await popup.close();
  }, 240_000);

  it('killed while cards and coverage are loading: after the restart they finish, not spin for ever', async () => {
    await h.setSettings(settings('/api/faulty'));
    try {
      // Wikipedia hangs, so the cards step is still running when the worker dies.
      setFaultMode('timeout', 'wikipedia');
      const { tabId } = await h.openPage('seed-fox-putin-xi');
      await h.waitForState(tabId, (s) => s?.status === 'ready' && s.cards?.status === 'loading', 30_000);
      await markWorker(h);
      await h.stopServiceWorker();
      setFaultMode('none'); // the source is back
      const popup = await h.openPopup(tabId);
      await popup.locator('main[data-state="ready"]').waitFor();
      expect(await isNewWorker(h)).toBe(true);
      // Well inside the controller's staleness windows (15 s for cards, 30 s for coverage): only resuming at
      // start-up finishes them that soon. Coverage takes longer: GDELT asks are spaced 5 s apart by etiquette.
      await h.waitForState(tabId, (s) => !!s?.cards && s.cards.status !== 'loading', 12_000);
      const state = await h.waitForState(tabId, done, 25_000);
      expect(state!.cards!.status).toBe('ready');
      expect(state!.cards!.cards.find((c) => c.name === 'Vladimir Putin')?.status).toBe('linked');
      await popup.close();
    } finally {
      setFaultMode('none');
      await h.setSettings(settings());
    }
  }, 120_000);
});

describe('a browser restart', () => {
  it('keeps the reading history, the card cache and the settings', async () => {
    const { tabId } = await h.openPage('seed-fox-putin-xi');
    await h.waitForState(tabId, done, 45_000);
    const before = await idbCounts(h);
    const history = Object.entries(before).filter(([k]) => /history.*articles/.test(k));
    expect(history.length, JSON.stringify(before)).toBeGreaterThan(0);
    expect(history.every(([, n]) => n > 0)).toBe(true);
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);

    await h.close();
    h = await launchExtension({ server, profile });
    const after = await idbCounts(h);
    expect(after).toEqual(before);
    expect(
      await (await h.worker()).evaluate(async () => (await chrome.storage.local.get('settings')).settings),
    ).toMatchObject({ endpoints: fixtureEndpoints(server.origin) });

    // The cache answers: reading the same article again asks Wikipedia for little or nothing.
    const asked = () =>
      server.requests.filter((r) => r.url.startsWith('/api/wikipedia/') || r.url.startsWith('/api/wikidata/')).length;
    const start = asked();
    const again = await h.openPage('seed-fox-putin-xi');
    await h.waitForState(again.tabId, done, 45_000);
    expect(asked() - start).toBeLessThanOrEqual(2);
  }, 180_000);
});

describe('who may talk to the background', () => {
  it('a web page cannot reach the background, by runtime messaging or by posting messages to the content script', async () => {
    const w = await openWatched(h, h.server.url('fox-world-section'));
    const state = await h.waitForState(w.tabId, (s) => s?.status === 'not-article');
    const attempt = await w.mainWorld<string>(`(async () => {
      const payload = { type: 'tab/analyze', payload: { tabId: ${w.tabId}, force: true } };
      try {
        if (!window.chrome || !chrome.runtime || typeof chrome.runtime.sendMessage !== 'function') return 'no-api';
        await chrome.runtime.sendMessage(${JSON.stringify(h.extensionId)}, payload);
        return 'sent';
      } catch (e) {
        return 'refused: ' + e.message;
      }
    })()`);
    expect(attempt).not.toBe('sent');
    // Forged "scanned" reports through window messages: the content script does not listen to the page.
    await w.mainWorld(`(() => {
      const forged = { type: 'page/scanned', payload: { url: location.href, forced: true, detection: { isArticle: true, score: 99, reasons: [] },
        article: { title: 'Forged', byline: null, authors: [], publisher: null, publishedAt: null, lang: 'en', url: location.href, text: 'Forged text.', relatedLinks: [] } } };
      for (let i = 0; i < 5; i++) { window.postMessage(forged, '*'); window.postMessage(JSON.stringify(forged), '*'); document.dispatchEvent(new CustomEvent('backstory', { detail: forged })); }
      return true;
    })()`);
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await h.tabState(w.tabId);
    expect(after!.status).toBe('not-article');
    expect(after!.updatedAt).toBe(state!.updatedAt);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it("a content script may report its page but not use the popup's or options' messages; malformed ones are refused", async () => {
    const w = await openWatched(h, h.server.url('seed-fox-putin-xi'));
    await h.waitForState(w.tabId, (s) => s?.status === 'ready');
    const send = (message: unknown) =>
      w.isolatedWorld<unknown>(
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r, (e) => ({ thrown: e.message }))`,
      );
    for (const message of [
      { type: 'tab/get-state', payload: { tabId: w.tabId } },
      { type: 'tab/analyze', payload: { tabId: w.tabId, force: true } },
      { type: 'data/clear-all', payload: {} },
      { type: 'history/clear', payload: {} },
      { type: 'cards/choose', payload: { tabId: w.tabId, key: 'x', qid: null } },
    ]) {
      expect(await send(message), message.type).toEqual({ error: 'Sender not allowed.' });
    }
    for (const message of [
      { type: 'tab/steal-everything', payload: {} },
      {
        type: 'page/scanned',
        payload: { url: 'x', detection: { isArticle: true, score: 'high', reasons: [] }, article: null, forced: false },
      },
      {
        type: 'page/scanned',
        payload: {
          url: 'x'.repeat(70_000),
          detection: { isArticle: false, score: 0, reasons: [] },
          article: null,
          forced: false,
        },
      },
      { type: '__proto__', payload: {} },
      'page/scanned',
      null,
    ]) {
      expect(await send(message), JSON.stringify(message).slice(0, 60)).toEqual({
        error: 'Unknown or malformed message.',
      });
    }
    // The state survived all that, and the one message a content script may send still works.
    expect((await h.tabState(w.tabId))!.status).toBe('ready');
    const ok = await send({
      type: 'page/scanned',
      payload: {
        url: h.server.url('seed-fox-putin-xi'),
        detection: { isArticle: false, score: 0, reasons: ['test'] },
        article: null,
        forced: false,
      },
    });
    expect(ok).toEqual({ ok: true });
    expect((await h.tabState(w.tabId))!.status).toBe('not-article');
    await w.close();
  });
});
