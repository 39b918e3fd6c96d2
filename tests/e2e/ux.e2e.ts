/**
 * The reader's experience end to end: screenshots of the popup in each state, light and dark, saved to
 * artifacts/screenshots/ for review; a keyboard-only walkthrough; in-page highlights switched on and off from the
 * popup without moving any element of the page; the options page and "Clear all data"; the look-up window.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { launchExtension, putTabState, type Harness } from './harness';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
const POPUP_SIZE = { width: 400, height: 600 };
let h: Harness;

const settings = (extra: Record<string, unknown> = {}) => ({
  ...DEFAULT_SETTINGS,
  endpoints: {
    wikipedia: `${h.server.origin}/api/wikipedia/{lang}/api.php`,
    wikidata: `${h.server.origin}/api/wikidata/api.php`,
    commonsFile: `${h.server.origin}/api/commons/Special:FilePath/`,
    gdelt: `${h.server.origin}/api/gdelt/doc`,
    googleNews: `${h.server.origin}/api/gnews/rss/search`,
  },
  ...extra,
});

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await launchExtension();
  await h.setSettings(settings());
});
afterAll(async () => {
  await h?.close();
});

const settled = (s: TabState | null) =>
  s?.status === 'ready' && s.cards?.status !== 'loading' && s.coverage?.status !== 'loading';

/** The popup as a page of popup size; records when the root first showed `state` (ms since it started loading). */
async function openPopup(tabId: number, path = 'src/popup/index.html'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.addInitScript(() => {
    const seen: Record<string, number> = {};
    (globalThis as { __painted?: Record<string, number> }).__painted = seen;
    new MutationObserver(() => {
      const state = document.querySelector('main')?.getAttribute('data-state');
      if (state && !(state in seen)) seen[state] = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await popup.goto(`chrome-extension://${h.extensionId}/${path}?tabId=${tabId}`);
  return popup;
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(SHOTS, `${name}-${colorScheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}

const putState = (state: Partial<TabState> & { tabId: number }) => putTabState(h, state);

let seed: { page: Page; tabId: number; state: TabState };

describe('popup states, light and dark', () => {
  it('ready: the seed article with cards, events and coverage; paints from the stored state at once', async () => {
    const { page, tabId } = await h.openPage('seed-fox-putin-xi');
    const state = (await h.waitForState(tabId, settled, 30_000))!;
    seed = { page, tabId, state };
    const popup = await openPopup(tabId);
    await popup.locator('main[data-state="ready"] .story-line').waitFor();
    const painted = await popup.evaluate(() => (globalThis as { __painted?: Record<string, number> }).__painted ?? {});
    const dcl = await popup.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    );
    console.log(
      `[ux e2e] popup painted the ready state ${painted.ready?.toFixed(0)} ms after it started loading (${(painted.ready! - dcl).toFixed(0)} ms after its DOMContentLoaded)`,
    );
    expect(painted.ready).toBeLessThan(1_000);
    await expect(popup.locator('.story-line').textContent()).resolves.toMatch(/Putin.*Xi.*Samarkand.*Sep 15/);
    // One story, and the dates as their days with the article's phrase as the source.
    await popup.locator('.events').waitFor();
    await expect(popup.locator('.event[data-kind="story"]').count()).resolves.toBe(1);
    await popup.locator('.clock-dates .expander-button').click();
    await popup.locator('.clock-dates .date-list').waitFor();
    await expect(popup.locator('.clock-dates .date-list li').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['next weekSep 12–18, 2022', 'on WednesdaySep 7, 2022']),
    );
    await popup.locator('.clock-dates .expander-button').click();
    await expect(
      popup.getByRole('navigation', { name: 'Sections' }).locator('a').count(),
    ).resolves.toBeGreaterThanOrEqual(3);
    await popup.locator('.card img.card-image').first().waitFor();
    await shoot(popup, 'popup-ready');
    await shoot(popup, 'popup-ready-top', false);
    await popup.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await shoot(popup, 'popup-ready-end', false);
    await popup.evaluate(() => scrollTo(0, 0));
    // The first card opened, as a reader expands one.
    await popup.locator('.card summary').first().click();
    await shoot(popup, 'popup-ready-card-open', false);
    await popup.close();
  });

  it('analyzing: the title known, card-shaped placeholders, no spinner', async () => {
    await putState({ tabId: 900_001, status: 'analyzing', article: seed.state.article });
    const popup = await openPopup(900_001);
    await popup.locator('main[data-state="analyzing"] .skeleton-card').first().waitFor();
    await expect(popup.getByRole('status').textContent()).resolves.toMatch(/Reading the article/);
    await shoot(popup, 'popup-analyzing');
    await popup.close();
  });

  it('not an article: says so, offers "Analyze this page anyway"', async () => {
    const { page, tabId } = await h.openPage('fox-world-section');
    await h.waitForState(tabId, (s) => s?.status === 'not-article');
    const popup = await openPopup(tabId);
    await popup.locator('main[data-state="not-article"]').waitFor();
    await expect(popup.getByRole('button', { name: /analyze this page anyway/i }).isVisible()).resolves.toBe(true);
    await shoot(popup, 'popup-not-article');
    await popup.close();
    await page.close();
  });

  it('error: what failed, what still works, and a retry', async () => {
    await putState({
      tabId: 900_002,
      status: 'error',
      article: seed.state.article,
      error: 'The analysis failed: the page changed while it was read.',
    });
    const popup = await openPopup(900_002);
    await popup.locator('main[data-state="error"]').waitFor();
    await expect(popup.getByRole('alert').textContent()).resolves.toMatch(/page changed.*still work/s);
    await expect(popup.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    await shoot(popup, 'popup-error');
    await popup.close();
  });
});

interface Focused {
  tag: string;
  role: string | null;
  name: string;
  visible: boolean;
}

describe('keyboard only', () => {
  it('reaches every control in reading order with a visible focus, and operates them', async () => {
    const popup = await openPopup(seed.tabId);
    await popup.locator('main[data-state="ready"] .card').first().waitFor();
    await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const focused = async (): Promise<Focused> =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return {
          tag: el.tagName.toLowerCase(),
          role: el.getAttribute('role'),
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
          visible: ring || style.boxShadow !== 'none',
        };
      });
    const stops: Focused[] = [];
    for (let i = 0; i < 120; i++) {
      await popup.keyboard.press('Tab');
      const f = await focused();
      if (f.tag === 'body') break;
      if (stops.length && stops[0]!.name === f.name && stops[0]!.tag === f.tag) break;
      stops.push(f);
    }
    console.log(
      `[ux e2e] ${stops.length} tab stops: ${stops.map((s) => `${s.tag}:${s.name.slice(0, 20)}`).join(' | ')}`,
    );
    const interactive = await popup.evaluate(
      () =>
        [...document.querySelectorAll('a[href], button:not([disabled]), summary, input, select, textarea')].filter(
          (el) => (el as HTMLElement).offsetParent !== null && !el.closest('details:not([open]) > :not(summary)'),
        ).length,
    );
    expect(stops.length).toBe(interactive);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    const index = (pred: (f: Focused) => boolean) => stops.findIndex(pred);
    const nav = index((f) => f.tag === 'a' && /^Who/.test(f.name));
    const firstCard = index((f) => f.tag === 'summary');
    const toggle = index((f) => f.role === 'switch');
    expect(nav).toBeGreaterThanOrEqual(0);
    expect(firstCard).toBeGreaterThan(nav);
    expect(toggle).toBeGreaterThan(firstCard);

    // A section link moves focus to that section: its heading, or the button that opens it ("11 places").
    await popup.getByRole('link', { name: /^Events/ }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => focused().then((f) => f.name)).toBe('Events');
    await popup.getByRole('link', { name: /^Places/ }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => focused().then((f) => f.name)).toMatch(/^\d+ places$/);
    // A card opens with Enter on its summary and closes again.
    const summary = popup.locator('.card summary').first();
    await summary.focus();
    await popup.keyboard.press('Enter');
    await expect(summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).resolves.toBe(true);
    await popup.keyboard.press('Enter');
    await expect(summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).resolves.toBe(false);
    await popup.close();
  });
});

/** Every element's box in the page (document coordinates), and the scrollable size. */
const boxes = (page: Page) =>
  page.evaluate(() => ({
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    // Every element of the page: nothing of ours is inside <body>, the keyboard buttons included.
    boxes: [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return [
        Math.round(r.x * 2) / 2,
        Math.round((r.y + scrollY) * 2) / 2,
        Math.round(r.width * 2) / 2,
        Math.round(r.height * 2) / 2,
      ];
    }),
  }));

/** Underlines drawn in the closed shadow root, counted through the DevTools protocol (the page itself cannot). */
async function underlines(cdp: CDPSession): Promise<number> {
  type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  let count = 0;
  // Underlines live in a (closed) shadow root: count the `u` elements under any shadow root.
  const walk = (n: Node, inShadow: boolean) => {
    const cls = n.attributes?.[n.attributes.indexOf('class') + 1] ?? '';
    if (inShadow && n.attributes?.includes('class') && /^u /.test(cls)) count++;
    for (const c of n.children ?? []) walk(c, inShadow);
    for (const c of n.shadowRoots ?? []) walk(c, true);
  };
  walk(root, false);
  return count;
}

/**
 * The focused button's accessible name and the middle of its box (viewport pixels), through the DevTools protocol:
 * it sees into closed shadow roots, where the highlights' buttons are.
 */
async function focusedButton(cdp: CDPSession): Promise<{ name: string; x: number; y: number } | null> {
  type AxNode = {
    role?: { value?: string };
    name?: { value?: string };
    backendDOMNodeId?: number;
    properties?: { name: string; value: { value: unknown } }[];
  };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  // The page itself (its root) says it is focused too: the button is the focused node that is a button.
  const focused = nodes.find(
    (n) => n.role?.value === 'button' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
  );
  if (!focused?.name?.value || !focused.backendDOMNodeId) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: focused.backendDOMNodeId })) as {
    model: { border: number[] };
  };
  const [x1, y1, , , x3, y3] = model.border;
  return { name: focused.name.value.split(',')[0]!, x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
}

/**
 * In the page: the text the focused button covers (the name's first mention) against the control focused
 * before the button (`__before`): that control comes before the name, no page control lies between them, and how
 * many come after.
 */
function placeOfName({ name, x, y }: { name: string; x: number; y: number }) {
  const before = (window as unknown as { __before: Element | null }).__before;
  // The occurrence of the name whose box the button covers.
  let text: Node | null = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && !text; n = walker.nextNode()) {
    for (let i = n.nodeValue!.indexOf(name); i >= 0 && !text; i = n.nodeValue!.indexOf(name, i + 1)) {
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + name.length);
      const box = range.getBoundingClientRect();
      if (Math.abs(box.x + box.width / 2 - x) < 3 && Math.abs(box.y + box.height / 2 - y) < 3) text = n;
    }
  }
  if (!text) return { found: false, beforeIsBefore: false, between: -1, after: -1 };
  const anchor: Node = text.parentElement!.closest('a, button, label, summary, select, textarea') ?? text;
  const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // After the name's button: after its anchor and not inside it.
  const afterButton = (c: Node) => follows(anchor, c) && !anchor.contains(c);
  const controls = [
    ...document.body.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
  ].filter((c) => c.tabIndex >= 0 && c.checkVisibility());
  const isBody = !before || before === document.body;
  return {
    found: true,
    beforeIsBefore: isBody || !afterButton(before),
    between: controls.filter((c) => (isBody || follows(before!, c)) && !afterButton(c)).length,
    after: controls.filter(afterButton).length,
  };
}

describe('in-page highlights', () => {
  it('the popup switch draws underlines and a mini card without moving anything on the page, and removes them cleanly', async () => {
    const { page, tabId } = seed;
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.bringToFront();
    const before = await boxes(page);
    const cdp = await h.context.newCDPSession(page);

    const popup = await openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: /Underline names/ });
    await toggle.check();
    await page.waitForSelector(':root > div', { state: 'attached' });
    await expect.poll(() => underlines(cdp), { timeout: 5_000 }).toBeGreaterThan(20);
    const drawn = await underlines(cdp);
    const during = await boxes(page);
    expect(during.scroll).toEqual(before.scroll);
    expect(during.boxes).toEqual(before.boxes);

    // Hover a mention: the mini card appears (screenshot for review).
    await page.bringToFront();
    const at = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf('Andrey Denisov');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 6);
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const box = r.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    });
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'page-highlights-card.png') });
    // The hover card: one-line description, the way into the full card, and the underline colours explained.
    type CardNode = { nodeName: string; attributes?: string[]; children?: CardNode[]; shadowRoots?: CardNode[] };
    const { root: tree } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CardNode };
    const classes: string[] = [];
    const walk = (n: CardNode, inCard: boolean) => {
      const attrs = n.attributes ?? [];
      const id = attrs.includes('id') ? attrs[attrs.indexOf('id') + 1] : null;
      const cls = attrs.includes('class') ? attrs[attrs.indexOf('class') + 1]! : '';
      if (inCard && cls) classes.push(cls);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, inCard || id === 'card');
    };
    walk(tree, false);
    expect(classes).toEqual(expect.arrayContaining(['name', 'summary', 'open', 'legend']));
    const afterHover = await boxes(page);
    expect(afterHover.boxes).toEqual(before.boxes);

    // Keyboard: Tab reaches the first name's button right after the page's last control before that name; Shift+Tab
    // goes back to that control. The button is ours (in the overlay's host), not an element placed in the page.
    await page.mouse.move(5, 5);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    const onOurs = () => page.evaluate(() => document.activeElement === document.querySelector(':root > div'));
    let reached = false;
    let presses = 0;
    for (; presses < 400 && !reached; presses++) {
      await page.evaluate(() => {
        (window as unknown as { __before: Element | null }).__before = document.activeElement;
      });
      await page.keyboard.press('Tab');
      reached = await onOurs();
    }
    expect(reached).toBe(true);
    const button = await focusedButton(cdp);
    expect(button).not.toBeNull();
    const name = button!.name;
    const place = await page.evaluate(placeOfName, button!);
    console.log(
      `[ux e2e] "${name}"'s button after ${presses} Tab presses: ${place.between} page controls between it and the one focused before, ${place.after} after it`,
    );
    expect(place.found).toBe(true);
    expect(place.beforeIsBefore).toBe(true);
    expect(place.between).toBe(0);
    expect(place.after).toBeGreaterThan(0);
    await page.keyboard.press('Shift+Tab');
    await expect(
      page.evaluate(() => document.activeElement === (window as unknown as { __before: Element | null }).__before),
    ).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(onOurs()).resolves.toBe(true);
    await expect(focusedButton(cdp).then((b) => b?.name)).resolves.toBe(name);
    const cardOpen = async () => {
      type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
      const find = (n: Node): Node | null =>
        n.attributes?.[n.attributes.indexOf('id') + 1] === 'card' && n.attributes.includes('id')
          ? n
          : ([...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
      const card = find(root);
      return !!card && !card.attributes!.includes('hidden');
    };
    await expect.poll(cardOpen).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'page-highlights-focus.png') });
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    // Enter on the stop opens the full card: the popup page for this tab, at that card.
    const opened = h.context.waitForEvent('page', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    const cardPage = await opened;
    expect(new URL(cardPage.url()).searchParams.get('card')).toMatch(/^(person|organization|place|event):/);
    await cardPage.locator('details[open] > summary').first().waitFor();
    await expect(cardPage.evaluate(() => document.activeElement?.closest('details')?.open)).resolves.toBe(true);
    await cardPage.close();

    await toggle.uncheck();
    await page.waitForSelector(':root > div', { state: 'detached' });
    const after = await boxes(page);
    expect(after.boxes).toEqual(before.boxes);
    expect(after.scroll).toEqual(before.scroll);
    console.log(
      `[ux e2e] highlights: ${drawn} underlines drawn; ${before.boxes.length} element boxes unchanged on, hovered and off`,
    );
    await cdp.detach();
    await popup.close();
  });
});

describe('options, look-up and data', () => {
  it('options page: every setting, the privacy statement; Clear all data empties every IndexedDB', async () => {
    const options = await h.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.getByRole('region', { name: /What leaves your device/ }).waitFor();
    await options.locator('details.advanced summary').click();
    await shoot(options, 'options');

    const stored = () =>
      h.worker().then((w) =>
        w.evaluate(async () => {
          let rows = 0;
          for (const { name } of await indexedDB.databases()) {
            const db = await new Promise<IDBDatabase>((ok, fail) => {
              const r = indexedDB.open(name!);
              r.onsuccess = () => ok(r.result);
              r.onerror = () => fail(r.error);
            });
            for (const store of db.objectStoreNames) {
              rows += await new Promise<number>((ok) => {
                const c = db.transaction(store).objectStore(store).count();
                c.onsuccess = () => ok(c.result);
              });
            }
            db.close();
          }
          return rows;
        }),
      );
    expect(await stored()).toBeGreaterThan(0);
    await options.getByRole('button', { name: 'Clear all data' }).click();
    await options.getByRole('button', { name: /Yes, delete it/ }).click();
    await options.getByText('All stored data was deleted.').waitFor();
    expect(await stored()).toBe(0);
    expect(await h.tabState(seed.tabId)).toBeNull();
    await options.close();
  });

  it('look-up window: what the article said about a selected name', async () => {
    // The analysis was cleared with the data: read the seed page again.
    await seed.page.reload();
    await h.waitForState(seed.tabId, settled, 30_000);
    const lookup = await h.context.newPage();
    await lookup.setViewportSize({ width: 420, height: 620 });
    await lookup.goto(
      `chrome-extension://${h.extensionId}/src/lookup/index.html?q=${encodeURIComponent('Andrey Denisov')}&tabId=${seed.tabId}`,
    );
    await lookup.locator('main[data-state="done"]').waitFor();
    await expect(lookup.getByRole('region', { name: /In the article/ }).textContent()).resolves.toMatch(
      /mentions in this article/,
    );
    await shoot(lookup, 'lookup');
    // The context menu item exists (updating an unknown id rejects).
    const exists = await (await h.worker()).evaluate(
      () =>
        new Promise<boolean>((ok) =>
          chrome.contextMenus.update('backstory-lookup', {}, () => ok(!chrome.runtime.lastError)),
        ),
    );
    expect(exists).toBe(true);
    // The side panel shows the popup page.
    const panel = await (await h.worker()).evaluate(() => chrome.sidePanel.getOptions({}));
    expect(panel.path).toMatch(/src\/popup\/index\.html$/);
    await lookup.close();
  });
});
