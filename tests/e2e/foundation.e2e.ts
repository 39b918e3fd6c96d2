import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

/** The popup the tab's toolbar button opens, as the browser holds it. */
const toolbarPopup = async (tabId: number) =>
  (await h.worker()).evaluate((id: number) => chrome.action.getPopup({ tabId: id }), tabId);
const popupAddress = (tabId: number) => `chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`;

describe('the built extension in Chromium', () => {
  it('recognizes the seed article: badge set, popup ready with its title, publisher and date', async () => {
    const { tabId } = await h.openPage('seed-fox-putin-xi');
    const state = await h.waitForState(tabId, (s) => s?.status === 'ready');
    expect(state?.article?.title).toBe(
      'Putin, Xi to meet next week for first face-to-face talks since Ukraine war began',
    );
    expect(await h.badgeText(tabId)).not.toBe('');
    // The toolbar popup gets its tab in its address: it need not ask the browser which tab it is for.
    expect(await toolbarPopup(tabId)).toBe(popupAddress(tabId));

    const popup = await h.openPopup(tabId);
    const root = popup.locator('main[data-state="ready"]');
    await root.waitFor();
    await expect(root.locator('.article-header h1').textContent()).resolves.toBe(state!.article!.title);
    await expect(root.locator('.article-header .publisher').textContent()).resolves.toBe('Fox News');
    await expect(root.locator('.article-header time').first().getAttribute('datetime')).resolves.toBe(
      '2022-09-07T12:26:00-04:00',
    );
    await popup.close();
  });

  it('leaves a section front alone: not-article, no badge, and the popup says so', async () => {
    const { tabId } = await h.openPage('fox-world-section');
    const state = await h.waitForState(tabId, (s) => !!s);
    expect(state?.status).toBe('not-article');
    expect(await h.badgeText(tabId)).toBe('');
    expect(await toolbarPopup(tabId)).toBe(popupAddress(tabId));
    expect(await toolbarPopup(tabId)).not.toBe(popupAddress(tabId + 1));
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="not-article"]').waitFor();
    await expect(popup.getByRole('button', { name: /analyze this page anyway/i }).count()).resolves.toBe(1);
    await popup.close();
  });

  it('clears the state and badge when the tab navigates to another page', async () => {
    const { page, tabId } = await h.openPage('seed-fox-putin-xi');
    await h.waitForState(tabId, (s) => s?.status === 'ready');
    expect(await h.badgeText(tabId)).not.toBe('');
    // A page no content script runs on: only the navigation itself can clear the old article's state.
    await page.goto('about:blank');
    await h.waitForState(tabId, (s) => s === null);
    expect(await h.badgeText(tabId)).toBe('');
    // The address names the tab, not the page: after a navigation it still (or again) points at this tab.
    expect(await toolbarPopup(tabId)).toMatch(new RegExp(`/src/popup/index\\.html(\\?tabId=${tabId})?$`));
    await page.goto(h.server.url('fox-world-section'));
    const state = await h.waitForState(tabId, (s) => s?.status === 'not-article');
    expect(state?.pageUrl).toBe(h.server.url('fox-world-section'));
    expect(await h.badgeText(tabId)).toBe('');
  });

  it('follows single-page-app navigation (URL change without reload)', async () => {
    const { page, tabId } = await h.openPage('fox-world-section');
    await h.waitForState(tabId, (s) => s?.status === 'not-article');
    // The page swaps in the article's markup and pushes its URL, as a client-side router does.
    const article = await (await fetch(h.server.url('seed-fox-putin-xi'))).text();
    const path = new URL(h.server.url('seed-fox-putin-xi')).pathname;
    await page.evaluate(
      ({ html, path }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.head.replaceWith(doc.head);
        document.body.replaceWith(doc.body);
        history.pushState({}, '', path);
      },
      { html: article, path },
    );
    const state = await h.waitForState(tabId, (s) => s?.status === 'ready');
    expect(state?.pageUrl).toBe(h.server.url('seed-fox-putin-xi'));
  });

  it('"Analyze this page anyway" runs the pipeline on a page detection rejected', async () => {
    const { tabId } = await h.openPage('fox-world-section');
    await h.waitForState(tabId, (s) => s?.status === 'not-article');
    const popup = await h.openPopup(tabId);
    await popup.getByRole('button', { name: /analyze this page anyway/i }).click();
    await popup.locator('main[data-state="ready"]').waitFor();
    await popup.close();
  });

  it('keeps the tab state across a service-worker restart', async () => {
    const { tabId } = await h.openPage('seed-fox-putin-xi');
    await h.waitForState(tabId, (s) => s?.status === 'ready');
    await (await h.worker()).evaluate(() => {
      (globalThis as { marker?: number }).marker = 1;
    });
    await h.stopServiceWorker();
    const popup = await h.openPopup(tabId);
    await popup.locator('main[data-state="ready"]').waitFor();
    // The popup woke a fresh worker: the marker set in the old one is gone, the state is not.
    expect(await (await h.worker()).evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
    await expect(popup.locator('.article-header h1').textContent()).resolves.toContain('Putin, Xi');
    await popup.close();
  });
});
