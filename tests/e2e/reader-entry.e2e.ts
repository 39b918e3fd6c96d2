/**
 * The reader's other ways in, in the built extension:
 * - "Backstory: look up '…'": the menu item is registered; a click on it (the browser's onClicked event, dispatched
 *   in the service worker with the OnClickData of a real selection in the page: headless Chromium draws no native
 *   menu to click) opens the look-up window, which shows what the article and its card (from the fixture server)
 *   say about the name.
 * - The side panel: the real toolbar popup (chrome.action.openPopup) and its "Open in side panel" button clicked with
 *   real input events (sidePanel.open needs that gesture); the panel then shows what the popup showed for the tab,
 *   and follows the reader to another tab and through a navigation.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/shared/tab-state';
import { attachNewView, browserSession, extensionTargets } from './extension-views';
import { launchExtension, type Harness } from './harness';

const MENU_ID = 'backstory-lookup';
const POPUP_PATH = 'src/popup/index.html';
let h: Harness;
let cdp: CDPSession;
let seed: { page: Page; tabId: number };

const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';

beforeAll(async () => {
  h = await launchExtension();
  cdp = await browserSession(h);
  seed = await h.openPage('seed-fox-putin-xi');
  await h.waitForState(seed.tabId, settled, 45_000);
});
afterAll(async () => {
  await h?.close();
});

/** Selects `text` (its first occurrence in the article's paragraphs) in the page, as the reader's drag would. */
async function select(page: Page, text: string): Promise<string> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0 || !node.parentElement?.closest('p')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }
    throw new Error(`"${wanted}" not in the page`);
  }, text);
}

/** What the browser hands the onClicked listeners when the reader picks a menu item on a selection. */
async function clickMenu(
  tabId: number,
  info: { menuItemId: string; selectionText?: string; pageUrl: string },
): Promise<void> {
  await (await h.worker()).evaluate(
    async ({ tabId, info }) => {
      const tab = await chrome.tabs.get(tabId);
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch(
        { editable: false, frameId: 0, ...info },
        tab,
      );
    },
    { tabId, info },
  );
}

const lookupPages = () => h.context.pages().filter((p) => p.url().includes('/src/lookup/index.html'));

describe('context menu look-up', () => {
  it('is registered for selections on any page, with the selection in its title', async () => {
    const sw = await h.worker();
    // Updating an unknown id fails: the item exists. Its title names the selection (%s) and it lives on selections.
    const updated = await sw.evaluate(
      (id) =>
        new Promise<string>((ok) =>
          chrome.contextMenus.update(id, {}, () => ok(chrome.runtime.lastError?.message ?? 'ok')),
        ),
      MENU_ID,
    );
    expect(updated).toBe('ok');
    const title = await sw.evaluate(() => chrome.i18n.getMessage('contextLookup'));
    expect(title).toMatch(/^Backstory: look up .%s.$/);
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
  });

  it('a click on a selected name opens the look-up window: what the article and its card say about the name', async () => {
    const selectionText = await select(seed.page, 'Andrey Denisov');
    expect(selectionText).toBe('Andrey Denisov');
    const opened = h.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/src/lookup/index.html'),
      timeout: 10_000,
    });
    await clickMenu(seed.tabId, { menuItemId: MENU_ID, selectionText, pageUrl: seed.page.url() });
    const lookup = await opened;
    const params = new URL(lookup.url()).searchParams;
    expect(params.get('q')).toBe('Andrey Denisov');
    expect(params.get('tabId')).toBe(String(seed.tabId));
    // A small window of its own, not a tab in the reader's window. The page can be seen before the worker lists its
    // context, so the window's type is asked until it is known.
    const sw = await h.worker();
    const windowType = () =>
      sw.evaluate(async (url) => {
        const [context] = await chrome.runtime.getContexts({ documentUrls: [url] });
        return context ? (await chrome.windows.get(context.windowId)).type : null;
      }, lookup.url());
    await expect.poll(windowType, { timeout: 5_000 }).toBe('popup');

    await lookup.locator('main[data-state="done"]').waitFor();
    await expect(lookup.locator('h1.query').textContent()).resolves.toBe('Andrey Denisov');
    const state = await h.tabState(seed.tabId);
    const entity = state!.analysis!.entities.find((e) => e.name === 'Andrey Denisov')!;
    const card = state!.cards!.cards.find((c) => c.key === `${entity.type}:${entity.name}`) as
      | { summary?: string | null; description?: string | null }
      | undefined;
    const region = (await lookup.getByRole('region', { name: /In the article/ }).textContent())!;
    expect(region).toContain(`${entity.mentions.length} mention`);
    if (entity.role) expect(region).toContain(entity.role);
    // The card's text came from the fake Wikipedia: the look-up shows it.
    const said = card?.summary ?? card?.description;
    expect(said).toBeTruthy();
    expect(region).toContain(said!);
    expect(h.server.requests.some((r) => r.url.startsWith('/api/wikipedia/'))).toBe(true);
    await lookup.close();
  });

  it("a surname alone finds the article's person; other menu ids and empty selections open nothing; long selections are cut", async () => {
    const surname = await select(seed.page, 'Gorbachev');
    const opened = h.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/src/lookup/index.html'),
      timeout: 10_000,
    });
    await clickMenu(seed.tabId, { menuItemId: MENU_ID, selectionText: surname, pageUrl: seed.page.url() });
    const lookup = await opened;
    await lookup.locator('main[data-state="done"]').waitFor();
    await expect(lookup.getByRole('region', { name: /In the article/ }).textContent()).resolves.toContain(
      'Mikhail Gorbachev',
    );
    await lookup.close();

    const before = lookupPages().length;
    await clickMenu(seed.tabId, {
      menuItemId: 'some-other-item',
      selectionText: 'Xi Jinping',
      pageUrl: seed.page.url(),
    });
    await clickMenu(seed.tabId, { menuItemId: MENU_ID, selectionText: ' \n\t ', pageUrl: seed.page.url() });
    await seed.page.waitForTimeout(1_000);
    expect(lookupPages().length).toBe(before);

    const long = `Vladimir\n\nPutin ${'and then some more words '.repeat(20)}`;
    const cut = h.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/src/lookup/index.html'),
      timeout: 10_000,
    });
    await clickMenu(seed.tabId, { menuItemId: MENU_ID, selectionText: long, pageUrl: seed.page.url() });
    const q = new URL((await cut).url()).searchParams.get('q')!;
    expect(q.startsWith('Vladimir Putin and then')).toBe(true);
    expect(q.length).toBe(120);
    for (const p of lookupPages()) await p.close();
  });
});

describe('side panel', () => {
  it('the worker keeps the toolbar button on the popup and the panel on the popup page', async () => {
    let sw = await h.worker();
    const options = await sw.evaluate(() => chrome.sidePanel.getOptions({}));
    expect(options.path).toBe(POPUP_PATH);
    expect(options.enabled).not.toBe(false);
    // Flip the behaviour, then restart the worker: starting up sets it back (the button opens the popup, not the panel).
    await sw.evaluate(() => chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }));
    expect(await sw.evaluate(() => chrome.sidePanel.getPanelBehavior())).toEqual({ openPanelOnActionClick: true });
    await h.stopServiceWorker();
    const popup = await h.openPopup(seed.tabId); // wakes a fresh worker
    await popup.locator('main[data-state="ready"]').waitFor();
    sw = await h.worker();
    await expect
      .poll(() => sw.evaluate(() => chrome.sidePanel.getPanelBehavior()), { timeout: 5_000 })
      .toEqual({ openPanelOnActionClick: false });
    await popup.close();
  });

  it('"Open in side panel" in the real popup opens the panel with the reader\'s gesture; the panel follows tabs and navigation', async () => {
    // The toolbar popup opens in the last focused normal window: no look-up window may be left in front.
    for (const p of lookupPages()) await p.close();
    await seed.page.bringToFront();
    const sw = await h.worker();
    const known = (await extensionTargets(cdp, h, POPUP_PATH)).map((t) => t.targetId);
    await sw.evaluate(() => chrome.action.openPopup());
    const popup = await attachNewView(cdp, h, POPUP_PATH, known);
    const contextTypes = () =>
      sw.evaluate(async () => (await chrome.runtime.getContexts({})).map((c) => c.contextType as string));
    expect(await contextTypes()).toContain('POPUP');
    await popup.waitFor(`document.querySelector('main[data-state="ready"] .article-header h1')`);
    const seen = await popup.evaluate<{ title: string; publisher: string; cards: string[] }>(summaryOf);
    expect(seen.title).toBe((await h.tabState(seed.tabId))!.article!.title);

    const button = `[...document.querySelectorAll('footer button')].find((b) => b.textContent === 'Open in side panel')`;
    await popup.waitFor(button);
    expect(await contextTypes()).not.toContain('SIDE_PANEL');
    await popup.click(button);
    const panel = await attachNewView(cdp, h, POPUP_PATH, [...known, popup.targetId]);
    await expect.poll(contextTypes, { timeout: 5_000 }).toContain('SIDE_PANEL');
    // The popup closes itself once the panel is open.
    await expect.poll(contextTypes, { timeout: 5_000 }).not.toContain('POPUP');

    // Same content as the popup for the seed tab; no "Open in side panel" in the panel itself.
    await panel.waitFor(`document.querySelector('main[data-state="ready"] .article-header h1')`);
    await panel.waitFor(`document.querySelectorAll('.card').length >= ${seen.cards.length}`);
    // The panel draws the stored state at once and its cards as they come from the cache: the same cards, soon.
    await expect.poll(() => panel.evaluate(summaryOf), { timeout: 10_000 }).toEqual(seen);
    expect(await panel.evaluate<boolean>(`!!(${button})`)).toBe(false);

    // Another tab: the panel shows that tab's state; back to the seed: the article again.
    const section = await h.openPage('fox-world-section');
    await h.waitForState(section.tabId, (s) => s?.status === 'not-article');
    await panel.waitFor(`document.querySelector('main[data-state="not-article"]')`);
    await seed.page.bringToFront();
    await panel.waitFor(
      `document.querySelector('main[data-state="ready"] .article-header h1')?.textContent === ${JSON.stringify(seen.title)}`,
    );

    // A navigation in the shown tab: the panel follows it to the new page's state.
    await seed.page.goto(h.server.url('fox-world-section'));
    await panel.waitFor(`document.querySelector('main[data-state="not-article"]')`);
    await panel.detach();
    await popup.detach();
    await section.page.close();
  });

  it("a click in the popup's first milliseconds (nothing read yet, its window not yet known) opens the panel too", async () => {
    const sw = await h.worker();
    const contextTypes = () =>
      sw.evaluate(async () => (await chrome.runtime.getContexts({})).map((c) => c.contextType as string));
    const windowId = await sw.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, seed.tabId);
    await sw.evaluate((id) => chrome.sidePanel.close({ windowId: id }), windowId);
    await expect.poll(contextTypes, { timeout: 5_000 }).not.toContain('SIDE_PANEL');
    // A page just opened: the popup has nothing stored to read, and the button is there from its first frame.
    const fresh = await h.openPage('fox-world-section');
    await fresh.page.bringToFront();
    const known = (await extensionTargets(cdp, h, POPUP_PATH)).map((t) => t.targetId);
    await sw.evaluate(() => chrome.action.openPopup());
    const popup = await attachNewView(cdp, h, POPUP_PATH, known);
    const button = `[...document.querySelectorAll('footer button')].find((b) => b.textContent === 'Open in side panel')`;
    await popup.waitFor(button, 5_000);
    await popup.click(button);
    await expect.poll(contextTypes, { timeout: 5_000 }).toContain('SIDE_PANEL');
    await popup.detach().catch(() => {});
    await fresh.page.close();
  });
});

/** What the popup page shows, in brief: title, publisher and card names (in order). */
const summaryOf = `(() => ({
  title: document.querySelector('.article-header h1')?.textContent ?? '',
  publisher: document.querySelector('.article-header .publisher')?.textContent ?? '',
  // A card by its item (its headings change once the parts drawn after the first paint are in), else its first heading.
  cards: [...document.querySelectorAll('.card')].map((c) => c.getAttribute('data-qid') ?? c.querySelector('h2, h3')?.textContent ?? ''),
}))()`;
