/**
 * News in the reader's languages end to end: one short news page per language (tests/fixtures/pages/<lang>-…,
 * and a Spanish page that calls itself English), read by the built extension in Chromium one after another, with
 * the fixture server's /api/wikipedia/<lang>/ editions behind the cards. Each page reaches "ready" with its title and
 * its card lookups succeed. expected.json's `multilingual` block names the people, places, normalized date and
 * own-language cards each page gives once the extension recognizes names and dates in that language (the card
 * service gives those cards for those names today: tests/background/cards/card-language.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { loadFixturePages } from '../support/fixture-server';
import { launchExtension, type Harness } from './harness';

interface Multilingual {
  lang: string;
  people: string[];
  places: string[];
  date: { text: string; value: string };
  cards: Record<string, { qid: string; edition: string }>;
}

const PAGES = loadFixturePages()
  .filter((p) => p.expected.multilingual)
  .map((p) => ({
    slug: p.slug,
    expected: p.expected.multilingual as Multilingual,
    /** The language the page declares (the mislabelled page says English). */
    declared: p.expected.lang as string,
  }));

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
  // Coverage has its own unit tests per language; here only Wikimedia is asked, so each page takes a second or two.
  await h.setSettings({
    ...DEFAULT_SETTINGS,
    sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false },
  });
});
afterAll(async () => {
  await h?.close();
});

const cardsDone = (s: TabState | null) => !!s?.cards && s.cards.status !== 'loading';
describe('news pages in nine languages', () => {
  it('has a page for each language the issue names, and the mislabelled Spanish one', () => {
    expect(PAGES.map((p) => p.expected.lang).sort()).toEqual(['de', 'es', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru']);
    expect(PAGES.map((p) => p.slug)).toContain('es-mislabelled-en');
  });

  it.each(PAGES)('$slug: reaches "ready" with its title, and its card lookups succeed', async ({ slug, declared }) => {
    const { page, tabId } = await h.openPage(slug);
    const state = await h.waitForState(tabId, cardsDone, 25_000);
    expect(state!.status).toBe('ready');
    expect(state!.article!.lang).toBe(declared);
    expect(state!.cards!.status).toBe('ready');
    const popup = await h.openPopup(tabId);
    const root = popup.locator('main[data-state="ready"]');
    await root.waitFor();
    await expect(root.locator('.article-header h1').textContent()).resolves.toBe(state!.article!.title);
    await popup.close();
    await page.close();
  });
});
