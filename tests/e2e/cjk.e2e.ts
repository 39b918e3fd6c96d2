/**
 * Japanese and Chinese news end to end in the built extension (Chromium): the worker fetches the language's pack and
 * its segmenter's wasm only when such a page comes (the extension pages' CSP allows 'wasm-unsafe-eval'), and the
 * popup shows the people the fixture's expected.json `recognition` names. Arabic and Korean news too, in the same
 * browser: their packs are assets fetched on the page's first need (no segmenter), and names come from the words
 * around them. Wikimedia is not asked: the names are
 * in-article cards, which is what a reader gets offline too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { type Recognition, recognitionPages } from './recognition-pages';
import type { TabState } from '../../src/shared/tab-state';
import { launchExtension, type Harness } from './harness';

const PAGES = recognitionPages(['ja', 'zh']);
const UNCASED_PAGES = recognitionPages(['ar', 'ko']);

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
  await h.setSettings({
    ...DEFAULT_SETTINGS,
    sources: { ...DEFAULT_SETTINGS.sources, gdelt: false, googleNews: false, wikipedia: false },
  });
});
afterAll(async () => {
  await h?.close();
});

const analyzed = (s: TabState | null) => s?.status === 'ready' && !!s.analysis;

/** The languages whose segmenter the worker has prepared since it started (its "backstory:segmenter" marks). */
const segmenterMarks = async () =>
  (await h.worker()).evaluate(() =>
    performance
      .getEntriesByName('backstory:segmenter')
      .map((e) => (e as PerformanceMark).detail as { lang: string; ms: number }),
  );

/** The page's analysis and popup: the expected people (the first ones shown) and every date's value. */
async function showsPeopleAndDates(
  slug: string,
  expected: Recognition,
  check: () => Promise<void>,
  shownPeople = 3,
  inPopup: (popup: Page) => Promise<void> = async () => {},
) {
  const { page, tabId } = await h.openPage(slug);
  const state = await h.waitForState(tabId, analyzed, 30_000);
  expect(state!.status).toBe('ready');
  expect(state!.article!.lang?.split('-')[0]).toBe(expected.lang);
  await check();
  const entities = state!.analysis!.entities;
  const people = expected.entities.filter((e) => e.type === 'person').map((e) => e.name);
  expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(expect.arrayContaining(people));
  for (const { value } of expected.dates) expect(entities.map((e) => e.value)).toContain(value);
  const popup = await h.openPopup(tabId);
  const root = popup.locator('main[data-state="ready"]');
  await root.waitFor();
  const shown = (await root.textContent()) ?? '';
  for (const name of people.slice(0, shownPeople)) expect(shown, name).toContain(name);
  await inPopup(popup);
  await popup.close();
  await page.close();
}

/**
 * An Arabic headline in the left-to-right popup is laid out as a right-to-left paragraph: its last line ends at the
 * heading's right edge (a left-to-right paragraph would start it at the left), and it carries the article's language.
 */
async function readsRightToLeft(popup: Page) {
  const title = popup.locator('h1.article-title');
  await expect(title.getAttribute('lang')).resolves.toBe('ar');
  const { right, lastRight, lastLeft, left } = await title.evaluate((h1) => {
    const range = document.createRange();
    range.selectNodeContents(h1);
    const lines = [...range.getClientRects()];
    const box = h1.getBoundingClientRect();
    const last = lines.at(-1)!;
    return { right: box.right, left: box.left, lastRight: last.right, lastLeft: last.left };
  });
  expect(Math.abs(right - lastRight)).toBeLessThan(2);
  expect(lastLeft - left).toBeGreaterThan(2);
}

describe('Japanese and Chinese pages', () => {
  it('has both', () => expect(PAGES.map((p) => p.expected.lang).sort()).toEqual(['ja', 'zh']));

  it('an article in another language loads no segmenter', async () => {
    await h.stopServiceWorker();
    const { page, tabId } = await h.openPage('fr-macron-marseille');
    await h.waitForState(tabId, analyzed, 30_000);
    await expect(segmenterMarks()).resolves.toEqual([]);
    await page.close();
  });

  it.each(PAGES)('$slug: the popup shows the people, and the dates are resolved', async ({ slug, expected }) => {
    await showsPeopleAndDates(slug, expected, async () => {
      const marks = await segmenterMarks();
      expect(marks.map((m) => m.lang)).toContain(expected.lang);
      const ms = marks.find((m) => m.lang === expected.lang)!.ms;
      console.info(`[cjk e2e] ${slug}: segmenter prepared in ${Math.round(ms)} ms`);
    });
  });
});

describe('Arabic and Korean pages', () => {
  it('has both', () => expect(UNCASED_PAGES.map((p) => p.expected.lang).sort()).toEqual(['ar', 'ko']));

  // The two leaders each story is about head the popup's list; the others are a tap away.
  it.each(UNCASED_PAGES)(
    '$slug: the popup shows the people, and the dates are resolved',
    async ({ slug, expected }) => {
      await h.stopServiceWorker();
      await showsPeopleAndDates(
        slug,
        expected,
        async () => expect(await segmenterMarks()).toEqual([]),
        2,
        expected.lang === 'ar' ? readsRightToLeft : undefined,
      );
    },
  );
});
