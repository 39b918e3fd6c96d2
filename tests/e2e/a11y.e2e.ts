/**
 * axe-core, injected into the extension's own pages, light and dark: the popup (ready, with every expander open too;
 * not an article; error), the options page and the real side panel. Every violation of any impact fails the test,
 * listed with the rule and the elements it found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/shared/tab-state';
import { attachNewView, browserSession, extensionTargets, type ExtensionView } from './extension-views';
import { launchExtension, putTabState, type Harness } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** Runs axe in the page it is evaluated in; returns one line per violation. */
const RUN_AXE = `(async () => {
  if (!globalThis.axe) (0, eval)(${JSON.stringify(AXE)});
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | '));
})()`;

let h: Harness;
let seedTab: number;

const settled = (s: TabState | null) =>
  s?.status === 'ready' && !!s.cards && s.cards.status !== 'loading' && !!s.coverage && s.coverage.status !== 'loading';

beforeAll(async () => {
  h = await launchExtension();
  seedTab = (await h.openPage('seed-fox-putin-xi')).tabId;
  await h.waitForState(seedTab, settled, 30_000);
});
afterAll(async () => {
  await h?.close();
});

async function axeIn(page: Page, scheme: Scheme): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(RUN_AXE) as Promise<string[]>;
}

async function open(path: string, ready: string, size = { width: 400, height: 600 }): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

const putState = (state: Partial<TabState> & { tabId: number }) => putTabState(h, state);

describe.each(SCHEMES)('axe, %s', (scheme) => {
  it('popup, ready: as it opens and with everything opened', async () => {
    const popup = await open(`src/popup/index.html?tabId=${seedTab}`, 'main[data-state="ready"] .events');
    expect(await axeIn(popup, scheme)).toEqual([]);
    const closed = popup.locator('.expander-button[aria-expanded="false"]');
    for (let i = 0; i < 20 && (await closed.count()); i++) await closed.first().click();
    expect(await closed.count()).toBe(0);
    await popup.locator('.card summary').first().click();
    expect(await axeIn(popup, scheme)).toEqual([]);
    await popup.close();
  });

  it('popup, not an article', async () => {
    const { page, tabId } = await h.openPage('fox-world-section');
    await h.waitForState(tabId, (s) => s?.status === 'not-article');
    const popup = await open(`src/popup/index.html?tabId=${tabId}`, 'main[data-state="not-article"]');
    expect(await axeIn(popup, scheme)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('popup, error', async () => {
    const article = (await h.tabState(seedTab))!.article;
    await putState({ tabId: 900_010, status: 'error', article, error: 'The analysis failed: the page changed.' });
    const popup = await open('src/popup/index.html?tabId=900010', 'main[data-state="error"]');
    expect(await axeIn(popup, scheme)).toEqual([]);
    await popup.close();
  });

  it('options page, with the advanced section open', async () => {
    const options = await open('src/options/index.html', 'main.options form', { width: 900, height: 900 });
    expect(await axeIn(options, scheme)).toEqual([]);
    await options.locator('details.advanced summary').click();
    expect(await axeIn(options, scheme)).toEqual([]);
    await options.close();
  });
});

/** Tabs through the page; for each stop, the focus ring's contrast against the page background (WCAG 1.4.11). */
async function focusRings(page: Page, scheme: Scheme, stops = 60): Promise<{ name: string; ratio: number }[]> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const rings: { name: string; ratio: number }[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const style = getComputedStyle(el);
      const bg = getComputedStyle(document.body).backgroundColor;
      const drawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const [a, b] = [lum(style.outlineColor), lum(bg)].sort((x, y) => y - x);
      return {
        name: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`,
        ratio: drawn ? (a! + 0.05) / (b! + 0.05) : 0,
      };
    });
    if (!ring) break;
    rings.push(ring);
  }
  return rings;
}

describe.each(SCHEMES)('focus rings, %s', (scheme) => {
  it.each([
    ['popup', () => `src/popup/index.html?tabId=${seedTab}`, 'main[data-state="ready"] .events'],
    ['options page', () => 'src/options/index.html', 'main.options form'],
  ])('%s: every focused control has a ring of at least 3:1 against the background', async (_name, path, ready) => {
    const page = await open(path(), ready);
    const rings = await focusRings(page, scheme);
    expect(rings.length).toBeGreaterThan(5);
    const low = rings.filter((r) => r.ratio < 3);
    console.log(
      `[a11y e2e] ${_name}, ${scheme}: ${rings.length} stops, lowest ring contrast ${Math.min(...rings.map((r) => r.ratio)).toFixed(2)}:1`,
    );
    expect(low).toEqual([]);
    await page.close();
  });
});

describe('axe can fail', () => {
  it.each([
    ['a button without a name', '<button type="button"></button>', 'button-name'],
    [
      'a second navigation landmark of the same name',
      '<nav aria-label="Sections"><a href="#x">x</a></nav>',
      'landmark-unique',
    ],
    ['a heading level skipped', '<h4>Skipped</h4>', 'heading-order'],
    ['nothing wrong', '<p>Fine</p>', null],
  ])('reports %s', async (_name, html, rule) => {
    const page = await open(`src/popup/index.html?tabId=${seedTab}`, 'main[data-state="ready"] .events');
    await page.evaluate((markup) => document.querySelector('main')!.insertAdjacentHTML('beforeend', markup), html);
    const found = await axeIn(page, 'light');
    expect(found.map((line) => line.split(' ')[1]!.replace(/:$/, ''))).toEqual(rule ? [rule] : []);
    await page.close();
  });
});

describe('axe, the side panel', () => {
  it('the real side panel, opened from the popup, light and dark', async () => {
    const cdp = await browserSession(h);
    const path = 'src/popup/index.html';
    const { page } = await h.openPage('seed-fox-putin-xi');
    await page.bringToFront();
    const sw = await h.worker();
    const known = (await extensionTargets(cdp, h, path)).map((t) => t.targetId);
    // The toolbar popup opens in the focused window; on a busy machine the first try can find none focused yet.
    let popup: ExtensionView | null = null;
    for (let attempt = 0; attempt < 3 && !popup; attempt++) {
      await page.bringToFront();
      await sw.evaluate(() => chrome.action.openPopup()).catch(() => {});
      popup = await attachNewView(cdp, h, path, known, 10_000).catch(() => null);
    }
    if (!popup) throw new Error('the toolbar popup never opened');
    const button = `[...document.querySelectorAll('footer button')].find((b) => b.textContent === 'Open in side panel')`;
    // Ready first, as a reader sees it (reader-entry.e2e clicks in the popup's first milliseconds).
    await popup.waitFor(`document.querySelector('main[data-state="ready"] .article-header h1')`);
    await popup.waitFor(button);
    await popup.click(button);
    const panel: ExtensionView = await attachNewView(cdp, h, path, [...known, popup.targetId], 20_000);
    await panel.waitFor(`document.querySelector('main[data-state="ready"] .events')`);
    for (const scheme of SCHEMES) {
      await panel.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'prefers-color-scheme', value: scheme },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ],
      });
      expect(await panel.evaluate<string[]>(RUN_AXE), scheme).toEqual([]);
    }
    await panel.detach();
    await popup.detach().catch(() => {});
    await page.close();
  });
});
