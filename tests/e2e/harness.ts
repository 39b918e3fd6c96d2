/**
 * End-to-end harness: the built extension (dist/) in Debian's Chromium with a fresh profile, and a loopback
 * server for fixture pages and fake APIs. Tests read the extension's real state through its service worker.
 *
 * Determinism: every outside endpoint points at the loopback fixture server from launch on, before any page is
 * read, and `setSettings` keeps it so (a test that passes the shipped default endpoints gets the fixture ones).
 * A test that wants a source to fail says so explicitly: the fixture server's fault switchboard (`/api/faulty/…`),
 * or `UNREACHABLE_ENDPOINT` (a loopback port nothing listens on). Real hosts only with `{ outsideHosts: true }`.
 * Every extension request that leaves the machine (a host not loopback) is recorded in `outsideRequests`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import type { TabState } from '../../src/shared/tab-state';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { pollTabState } from './wait-for-state';
import { fixtureEndpoints, isLoopback, loopbackEndpoints } from './endpoints';

export { fixtureEndpoints, loopbackEndpoints, UNREACHABLE_ENDPOINT } from './endpoints';

/** Writes a tab state the way the background does (for states a real page only passes through). */
export async function putTabState(h: Harness, state: Partial<TabState> & { tabId: number }): Promise<void> {
  const full: TabState = {
    status: 'not-article',
    pageUrl: 'https://news.test/a',
    detection: null,
    article: null,
    analysis: null,
    error: null,
    updatedAt: Date.now(),
    ...state,
  };
  await (await h.worker()).evaluate((s: TabState) => chrome.storage.session.set({ [`tab:${s.tabId}`]: s }), full);
}

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
  /**
   * Writes extension settings (chrome.storage.local). Endpoints left at the shipped defaults, or not given, point at
   * the fixture server; any other endpoint must be loopback unless `outsideHosts` is set.
   */
  setSettings(settings: Record<string, unknown>, options?: { outsideHosts?: boolean }): Promise<void>;
  /** Requests the extension (its worker or its pages) sent off this machine (to a host not loopback), since launch. */
  outsideRequests: string[];
  close(): Promise<void>;
}

export const DIST = resolve(import.meta.dirname, '..', '..', process.env.BACKSTORY_DIST ?? 'dist');

/**
 * `profile`: a profile directory to use and keep (a browser restart is a second launch on the same one); by
 * default a fresh temporary profile, deleted on close. `outsideHosts`: the run may reach real hosts (otherwise
 * close() fails when the extension sent anything off this machine).
 */
export async function launchExtension(
  options: {
    dist?: string;
    server?: FixtureServer;
    headless?: boolean;
    profile?: string;
    outsideHosts?: boolean;
    /** Other unpacked extensions to load beside ours (benchmarks' peers); `peersFirst` loads them before ours. */
    peers?: string[];
    peersFirst?: boolean;
    /**
     * The browser's own language ("de"): `--lang` and, since Chromium on Linux reads it from there, `LANGUAGE`.
     * Chromium has the language only with its locale pack (Debian: chromium-l10n).
     */
    locale?: string;
  } = {},
): Promise<Harness> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No built extension in ${dist}: run \`npm run build\` first.`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const peers = options.peers ?? [];
  const extensions = (options.peersFirst ? [...peers, dist] : [dist, ...peers]).join(',');
  const server = options.server ?? (await startFixtureServer());
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: null,
    args: chromiumArgs([
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ]),
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale } as Record<string, string> } : {}),
  });
  const worker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL((await worker()).url()).host;
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url) || isLoopback(url)) return;
    let from = '';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = '';
    }
    if (from.startsWith(`chrome-extension://${extensionId}/`)) outsideRequests.push(url);
  });
  // Before any page is read: the extension's first look-ups already go to the fixture server.
  await (await worker()).evaluate((s: Record<string, unknown>) => chrome.storage.local.set({ settings: s }), {
    ...DEFAULT_SETTINGS,
    endpoints: fixtureEndpoints(server.origin),
  } as Record<string, unknown>);

  const harness: Harness = {
    context,
    server,
    extensionId,
    worker,
    outsideRequests,
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
    waitForState: (tabId, predicate, timeoutMs) => pollTabState(tabId, harness.tabState, predicate, timeoutMs),
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
    async setSettings(settings, o = {}) {
      const safe = { ...settings, endpoints: loopbackEndpoints(settings.endpoints, server.origin, o) };
      await (await worker()).evaluate((s: Record<string, unknown>) => chrome.storage.local.set({ settings: s }), safe);
    },
    async close() {
      await context.close().catch(() => {});
      if (!options.server) await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      // The tripwire: a test run that reached a real host fails, whatever its own assertions said.
      if (outsideRequests.length && !options.outsideHosts) {
        throw new Error(
          `the extension contacted hosts off this machine: ${[...new Set(outsideRequests)].slice(0, 5).join(', ')}`,
        );
      }
    },
  };
  return harness;
}
