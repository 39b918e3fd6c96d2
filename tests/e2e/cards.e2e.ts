/**
 * Background cards end to end: the built extension reads the seed article, links its entities against the loopback
 * fake Wikimedia APIs (settings.endpoints point there) and the popup shows the cards.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/shared/cards';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { setWikimediaFault } from '../fixtures/api/wikimedia';
import { launchExtension, type Harness } from './harness';

let h: Harness;
const settings = (extra: Record<string, unknown> = {}) => ({
  ...DEFAULT_SETTINGS,
  // Coverage sources are another issue's; keep them off so only Wikimedia requests are in play here.
  sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false },
  endpoints: {
    ...DEFAULT_SETTINGS.endpoints,
    wikipedia: `${h.server.origin}/api/wikipedia/{lang}/api.php`,
    wikidata: `${h.server.origin}/api/wikidata/api.php`,
    commonsFile: `${h.server.origin}/api/commons/Special:FilePath/`,
  },
  ...extra,
});

beforeAll(async () => {
  h = await launchExtension();
  await h.setSettings(settings());
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => setWikimediaFault(null));

const cardsDone = (s: TabState | null) => !!s?.cards && s.cards.status !== 'loading';
const find = (state: TabState | null, name: string): Card | undefined =>
  state?.cards?.cards.find((c) => c.name === name);

describe('background cards in the built extension', () => {
  it('links Putin, Xi and Gorbachev with photos and as-of-date facts; the summit gets an in-article card', async () => {
    const started = Date.now();
    const { tabId } = await h.openPage('seed-fox-putin-xi');
    const state = await h.waitForState(tabId, cardsDone, 20_000);
    console.log(
      `[cards e2e] cards ready ${Date.now() - started} ms after navigation started (build ${state!.cards!.elapsedMs} ms)`,
    );
    expect(state!.cards!.status).toBe('ready');

    const putin = find(state, 'Vladimir Putin')!;
    expect(putin).toMatchObject({ status: 'linked', qid: 'Q7747' });
    expect(putin.image?.src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/upload\//);
    expect(putin.positions[0]!.text).toBe('President of Russia (since 2012; also 2000–2008)');
    expect(putin.facts).toContainEqual({ key: 'born', value: '7 October 1952 (age 69)' });

    const xi = find(state, 'Xi Jinping')!;
    expect(xi).toMatchObject({ status: 'linked', qid: 'Q15031' });
    expect(xi.image).not.toBeNull();
    expect(xi.positions.filter((p) => p.current).length).toBeGreaterThanOrEqual(2);

    const gorbachev = find(state, 'Mikhail Gorbachev')!;
    expect(gorbachev).toMatchObject({ status: 'linked', qid: 'Q30487' });
    expect(gorbachev.facts).toContainEqual({ key: 'died', value: '30 August 2022 (aged 91)' });

    const nil = state!.cards!.cards.find((c) => c.status === 'nil')!;
    expect(nil).toBeDefined();
    expect(nil.qid).toBeNull();
    expect(nil.inArticle.mentionCount).toBeGreaterThan(0);

    // When the popup first mounted, and when the stored cards were on screen (a MutationObserver from the start).
    const popup = await h.context.newPage();
    await popup.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { __marks: Record<string, number> }).__marks = marks;
      new MutationObserver(() => {
        if (!marks.mounted && document.querySelector('main.popup')) marks.mounted = performance.now();
        if (!marks.cards && document.querySelector('.card')) marks.cards = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('.card[data-qid="Q7747"]').waitFor({ state: 'attached' });
    const marks = await popup.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
    console.log(
      `[cards e2e] popup: mounted at ${marks.mounted!.toFixed(0)} ms, cached cards on screen at ${marks.cards!.toFixed(0)} ms (${(marks.cards! - marks.mounted!).toFixed(0)} ms after mounting)`,
    );
    await openEverything(popup);
    const photo = popup.locator('.card[data-qid="Q7747"] img.card-image');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(
      popup.locator('.card[data-qid="Q7747"] .card-positions li.current').first().textContent(),
    ).resolves.toBe('President of Russia (since 2012; also 2000–2008)');
    await expect(popup.locator('.card[data-qid="Q30487"] .card-fact[data-key="died"] dd').textContent()).resolves.toBe(
      '30 August 2022 (aged 91)',
    );
    await expect(popup.locator('.card[data-qid="Q15031"] img.card-image').count()).resolves.toBe(1);
    await expect(popup.locator('.card[data-status="nil"] .card-note').first().textContent()).resolves.toMatch(
      /from the article only/,
    );
    await expect(popup.locator('.publisher-card .card[data-qid="Q186068"]').count()).resolves.toBe(1);
    await popup.close();
  });

  it('sends only entity names and ids to Wikimedia, with the Api-User-Agent header', async () => {
    const wikimedia = h.server.requests.filter((r) => r.url.startsWith('/api/wiki') && r.method === 'GET');
    expect(wikimedia.length).toBeGreaterThan(3);
    for (const r of wikimedia) {
      const url = decodeURIComponent(r.url);
      expect(url).not.toMatch(/putin-xi-meet|foxnews\.com|face-to-face|promises to be interesting/);
      expect(r.headers['api-user-agent']).toMatch(/^Backstory\//);
      expect(r.headers.referer ?? '').not.toMatch(/putin-xi-meet/);
    }
  });

  it('"Not this one?" picks another candidate, and the choice is remembered for the next visit', async () => {
    const { page, tabId } = await h.openPage('seed-fox-putin-xi');
    await h.waitForState(tabId, cardsDone, 20_000);
    const popup = await h.openPopup(tabId);
    const denisov = popup.locator('.card[data-qid="Q2038476"]');
    await denisov.locator('summary').click();
    await denisov.getByRole('button', { name: /not this one/i }).click();
    await denisov.locator('.card-alternatives button[data-qid="Q4158302"]').click();
    await h.waitForState(tabId, (s) => find(s, 'Andrey Denisov')?.qid === 'Q4158302', 10_000);
    await popup.close();

    await page.reload();
    const again = await h.waitForState(tabId, (s) => cardsDone(s) && !!find(s, 'Andrey Denisov'), 20_000);
    expect(find(again, 'Andrey Denisov')).toMatchObject({ qid: 'Q4158302' });
    await page.close();
  });

  it('with the APIs down, cards degrade to in-article ones with a visible note, never an empty popup', async () => {
    setWikimediaFault({ kind: 'down' });
    await h.setSettings(settings({ wikipediaLang: 'de' })); // another language: nothing cached for it
    try {
      const { page, tabId } = await h.openPage('seed-fox-putin-xi');
      const state = await h.waitForState(tabId, cardsDone, 30_000);
      expect(state!.cards!.status).toBe('degraded');
      expect(state!.cards!.cards.length).toBeGreaterThan(5);
      const popup = await h.openPopup(tabId);
      await expect(popup.locator('.cards-note').first().textContent()).resolves.toMatch(/could not be reached/);
      await openEverything(popup);
      await expect(popup.locator('.card').count()).resolves.toBeGreaterThan(5);
      await popup.close();
      await page.close();
    } finally {
      await h.setSettings(settings());
    }
  });

  it('offline mode: in-article cards still appear, and nothing is asked', async () => {
    await h.setSettings(settings({ offline: true }));
    try {
      const before = h.server.requests.filter((r) => r.url.startsWith('/api/wiki')).length;
      const { page, tabId } = await h.openPage('seed-fox-putin-xi');
      const state = await h.waitForState(tabId, cardsDone, 20_000);
      expect(state!.cards!.status).toBe('offline');
      expect(state!.cards!.cards.every((c) => c.status === 'nil')).toBe(true);
      expect(find(state, 'Vladimir Putin')?.inArticle.role).toBe('Russian President');
      expect(h.server.requests.filter((r) => r.url.startsWith('/api/wiki')).length).toBe(before);
      await page.close();
    } finally {
      await h.setSettings(settings());
    }
  });

  it('the options page lists every endpoint under Advanced', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const advanced = options.locator('details.advanced');
    await advanced.locator('summary').click();
    await expect(advanced.locator('input[name="endpoint-wikidata"]').inputValue()).resolves.toBe(
      `${h.server.origin}/api/wikidata/api.php`,
    );
    await options.close();
  });
});

/** Opens every "11 places"-style button, so every card is on the page. */
async function openEverything(popup: Page): Promise<void> {
  const closed = popup.locator('.expander-button[aria-expanded="false"]');
  await popup.locator('.cards').waitFor();
  for (let i = 0; i < 20 && (await closed.count()); i++) await closed.first().click();
}
