/**
 * Detection and extraction in the built extension, in Chromium: pages that are not articles stay alone (no badge, the
 * popup says "not an article"), and the seed article's stored body carries none of the page's boilerplate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../support/fixture-server';
import { launchExtension, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

const expectedOf = (slug: string) =>
  JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as {
    bodyStartsWith: string;
    bodyEndsWith: string;
    bodyParagraphs: number;
    notInBody: string[];
    title: string;
    relatedLinks: { text: string; path: string }[];
  };

describe('detection in the built extension', () => {
  it.each([
    'section-front-cnn-style',
    'video-page',
    'product-page',
    'shop-page-price-labels',
    'forum-thread-phpbb',
    'qa-page',
  ])('%s stays not-article: no badge, popup says so', async (slug) => {
    const { page, tabId } = await h.openPage(slug);
    const state = await h.waitForState(tabId, (s) => !!s && s.status !== 'analyzing');
    expect(state?.status).toBe('not-article');
    expect(state?.article ?? null).toBeNull();
    // Detection was timed on the page; no extraction ran, so none was timed.
    expect(state?.scanTimings?.detectMs).toBeGreaterThan(0);
    expect(state?.scanTimings?.extractMs).toBeNull();
    expect(await h.badgeText(tabId)).toBe('');
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="not-article"]').waitFor();
    await expect(popup.locator('main[data-state="ready"]').count()).resolves.toBe(0);
    await popup.close();
    await page.close();
  });

  it.each(['article-2005-one-cell', 'wire-story-in-cell'])(
    '%s (no metadata, no <h1>, story in a layout cell) is read as an article, its header as title',
    async (slug) => {
      const { page, tabId } = await h.openPage(slug);
      const state = await h.waitForState(tabId, (s) => !!s && s.status !== 'analyzing');
      expect(state?.status).not.toBe('not-article');
      expect(state?.article?.text.length ?? 0).toBeGreaterThan(500);
      for (const junk of expectedOf(slug).notInBody) expect(state?.article?.text).not.toContain(junk);
      expect(state?.article?.title).toBe(expectedOf(slug).title);
      expect(state?.article?.text.startsWith(expectedOf(slug).bodyStartsWith)).toBe(true);
      await page.close();
    },
  );

  it('extracts the seed article body without boilerplate, related links kept apart', async () => {
    const expected = expectedOf('seed-fox-putin-xi');
    const { page, tabId } = await h.openPage('seed-fox-putin-xi');
    const state = await h.waitForState(tabId, (s) => !!s?.article);
    const article = state!.article!;
    expect(state?.scanTimings?.detectMs).toBeGreaterThan(0);
    expect(state?.scanTimings?.extractMs).toBeGreaterThan(0);
    expect(state?.scanTimings?.extractLoadMs).toBeGreaterThan(0);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(expected.bodyParagraphs);
    expect(article.text.startsWith(expected.bodyStartsWith)).toBe(true);
    expect(article.text.endsWith(expected.bodyEndsWith)).toBe(true);
    for (const junk of expected.notInBody) expect(article.text).not.toContain(junk);
    expect(article.relatedLinks.map((l) => ({ text: l.text, path: new URL(l.url).pathname }))).toEqual(
      expected.relatedLinks,
    );
    // Reading the page never changes it: the page's own markup still has every boilerplate block.
    const html = await page.content();
    for (const junk of ['PUTIN TO ATTEND WAR GAMES', 'Caitlin McFall is a reporter']) expect(html).toContain(junk);
    await page.close();
  });
});
