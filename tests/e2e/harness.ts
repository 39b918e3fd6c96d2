/**
 * End-to-end harness: the built extension (dist/) in Debian's Chromium with a fresh profile, and a loopback
 * server for fixture pages and fake APIs. Tests read the extension's real state through its service worker.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import type { TabState } from '../../src/shared/tab-state';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  worker(): Promise<Worker>;
  /** Opens a fixture page (slug or path) in a new tab; returns the page and its tab id. */
  openPage(slugOrPath: string): Promise<{ page: Page; tabId: number }>;
  tabIdOf(page: Page): Promise<number>;
  /** The popup as a page, pointed at a tab with ?tabId=N. */
  openPopup(tabId: number): Promise<Page>;
  badgeText(tabId: number): Promise<string>;
  tabState(tabId: number): Promise<TabState | null>;
  /** Waits until the tab's stored state satisfies `predicate`. */
  waitForState(tabId: number, predicate: (s: TabState | null) => boolean, timeoutMs?: number): Promise<TabState | null>;
  /** Stops the extension's service worker, as the browser does when it is idle or crashes. */
  stopServiceWorker(): Promise<void>;
  /** Writes extension settings (chrome.storage.local), e.g. endpoints pointing at the fixture server. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export const DIST = resolve(import.meta.dirname, '..', '..', process.env.BACKSTORY_DIST ?? 'dist');

/**
 * `profile`: a profile directory to use and keep (a browser restart is a second launch on the same one); by
 * default a fresh temporary profile, deleted on close.
 */
export async function launchExtension(options: { dist?: string; server?: FixtureServer; headless?: boolean; profile?: string } = {}): Promise<Harness> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run \`npm run build\` first.`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const server = options.server ?? (await startFixtureServer());
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: null,
    args: chromiumArgs([`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]),
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL((await worker()).url()).host;

  const harness: Harness = {
    context,
    server,
    extensionId,
    worker,
    async openPage(slugOrPath) {
      const page = await context.newPage();
      await page.goto(server.url(slugOrPath), { waitUntil: 'domcontentloaded' });
      return { page, tabId: await harness.tabIdOf(page) };
    },
    async tabIdOf(page) {
      // Without the "tabs" permission the extension cannot see tab URLs, so identify the tab by focusing it.
      await page.bringToFront();
      const sw = await worker();
      for (let i = 0; i < 50; i++) {
        const id = await sw.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? null;
        });
        if (id !== null) return id;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no tab found for ${page.url()}`);
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      return popup;
    },
    async badgeText(tabId) {
      return (await worker()).evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async tabState(tabId) {
      return (await worker()).evaluate(async (id: number) => {
        const key = `tab:${id}`;
        return ((await chrome.storage.session.get(key))[key] as TabState | undefined) ?? null;
      }, tabId);
    },
    async waitForState(tabId, predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      let state = await harness.tabState(tabId);
      while (!predicate(state)) {
        if (Date.now() > deadline) throw new Error(`state of tab ${tabId} never matched; last: ${JSON.stringify(state)?.slice(0, 500)}`);
        await new Promise((r) => setTimeout(r, 100));
        state = await harness.tabState(tabId);
      }
      return state;
    },
    async stopServiceWorker() {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (let i = 0; i < 50 && context.serviceWorkers().length; i++) await new Promise((r) => setTimeout(r, 100));
      } finally {
        await page.close();
      }
    },
    async setSettings(settings) {
      await (await worker()).evaluate((s: Record<string, unknown>) => chrome.storage.local.set({ settings: s }), settings);
    },
    async close() {
      await context.close().catch(() => {});
      if (!options.server) await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}
