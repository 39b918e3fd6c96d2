/**
 * The Firefox build in Firefox ESR, as a reader meets it: an article analysed with cards and related coverage from
 * the loopback fixture server, a page that is not an article, the options page, in-page highlights switched on
 * and off, and the sidebar (Firefox's side panel) showing the popup page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/shared/settings';
import type { TabState } from '../../../src/shared/tab-state';
import { launchFirefox, type FirefoxHarness } from '../firefox-harness';

let h: FirefoxHarness;
let seed: { tabId: number; page: import('puppeteer-core').Page };
const SEED_TITLE = 'Putin, Xi to meet next week for first face-to-face talks since Ukraine war began';
/** Cards built and both news sources answered (the volume timeline, 5 s later by GDELT's etiquette, is not awaited). */
const listed = (s: TabState | null) =>
  s?.status === 'ready' &&
  !!s.cards &&
  s.cards.status !== 'loading' &&
  s.coverage?.sources.gdelt?.state === 'ok' &&
  s.coverage.sources.googleNews?.state === 'ok';
const storedSettings = () =>
  h.inExtension(async (b) => (await b.storage.local.get('settings')).settings as Settings, null);

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

describe('Backstory in Firefox', () => {
  it('reads the seed article: badge set, cards and related coverage from the fixture server in the popup', async () => {
    seed = await h.openPage('seed-fox-putin-xi');
    const state = (await h.waitForState(seed.tabId, listed, 40_000))!;
    expect(state.article?.title).toBe(SEED_TITLE);
    expect(state.cards!.status).toBe('ready');
    expect(state.cards!.cards.find((c) => c.name === 'Vladimir Putin')).toMatchObject({
      status: 'linked',
      qid: 'Q7747',
    });
    expect(state.coverage!.items.length).toBeGreaterThan(2);
    expect(await h.badgeText(seed.tabId)).not.toBe('');
    expect(h.server.requests.some((r) => r.url.startsWith('/api/wikidata/'))).toBe(true);

    const popup = await h.openPopup(seed.tabId);
    await popup.waitForSelector('main[data-state="ready"] .card[data-qid="Q7747"]');
    expect(await popup.$eval('.article-header h1', (e) => e.textContent)).toBe(SEED_TITLE);
    expect(await popup.$eval('.article-header .publisher', (e) => e.textContent)).toBe('Fox News');
    // Related coverage from both fake news services, summed up in one line that opens the list.
    await popup.click('section.coverage button.coverage-summary');
    await popup.waitForSelector('.coverage-items .coverage-item');
    const items = await popup.$$eval('.coverage-items .coverage-item', (list) => list.length);
    expect(items).toBeGreaterThan(2);
    await popup.close();
  });

  it('leaves a section front alone: not-article, no badge, and the popup offers to analyze it anyway', async () => {
    const { page, tabId } = await h.openPage('fox-world-section');
    const state = await h.waitForState(tabId, (s) => !!s);
    expect(state?.status).toBe('not-article');
    expect(await h.badgeText(tabId)).toBe('');
    const popup = await h.openPopup(tabId);
    await popup.waitForSelector('main[data-state="not-article"]');
    expect(await popup.$$eval('main button', (list) => list.map((b) => b.textContent))).toContain(
      'Analyze this page anyway',
    );
    await popup.close();
    await page.close();
  });

  it('the options page saves a setting to storage as it changes', async () => {
    const before = (await storedSettings()).autoAnalyze;
    const options = await h.openExtensionPage('src/options/index.html');
    await options.waitForSelector('input[name="autoAnalyze"]');
    await options.click('input[name="autoAnalyze"]');
    await expect.poll(async () => (await storedSettings()).autoAnalyze).toBe(!before);
    await options.waitForFunction(() => /saved/i.test(document.querySelector('.save-status')?.textContent ?? ''));
    // The rest of the settings survive the save: the endpoints still point at the fixture server.
    expect((await storedSettings()).endpoints.wikidata).toContain(h.server.origin);
    await options.click('input[name="autoAnalyze"]');
    await expect.poll(async () => (await storedSettings()).autoAnalyze).toBe(before);
    await options.close();
  });

  it('the popup switch draws highlights in the article and takes them away again', async () => {
    const { page, tabId } = seed;
    expect(await page.$('backstory-highlights')).toBeNull();
    const popup = await h.openPopup(tabId);
    const toggle = await popup.waitForSelector('input[role="switch"]');
    await toggle!.click();
    await page.waitForSelector('backstory-highlights');
    expect((await storedSettings()).highlights.enabled).toBe(true);
    await toggle!.click();
    await page.waitForSelector('backstory-highlights', { hidden: true });
    expect(await page.$('backstory-highlights')).toBeNull();
    expect((await storedSettings()).highlights.enabled).toBe(false);
    await popup.close();
  });

  it('the sidebar shows the backstory of the tab in front', async () => {
    await seed.page.bringToFront();
    // What the sidebar menu does when the reader picks Backstory there.
    await h.privileged(`(async () => {
      const id = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_') + '-sidebar-action';
      await SidebarController.show(id);
      return SidebarController.currentID;
    })()`);
    const sidebar = () =>
      h.inExtension((b) => {
        const [view] = b.extension.getViews({ type: 'sidebar' });
        const main = view?.document.querySelector('main[data-state]');
        return main
          ? {
              url: view!.location.pathname,
              state: main.getAttribute('data-state'),
              title: main.querySelector('.article-header h1')?.textContent ?? null,
            }
          : null;
      }, null);
    await expect.poll(sidebar, { timeout: 10_000 }).toMatchObject({ state: 'ready', title: SEED_TITLE });
    expect((await sidebar())!.url).toBe('/src/popup/index.html');
  });
});
