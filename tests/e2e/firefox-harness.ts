/**
 * End-to-end harness for Firefox: the Firefox build (dist-firefox/) installed as a temporary add-on in Debian's
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi, with the same loopback fixture server as the Chromium
 * harness (harness.ts), whose shape this one follows so the tests read alike.
 *
 * Firefox specifics, each checked on Firefox 153 ESR:
 * - `--remote-allow-system-access`: without it WebDriver may not navigate to moz-extension:// pages, nor reach the
 *   browser's own (chrome) scope, which `privileged` uses for what only the browser's UI can do.
 * - `extensions.webextensions.uuids` fixes the add-on's internal UUID, so its pages have known URLs.
 * - A navigation to a moz-extension:// page never reports that it finished: `gotoExtension` starts it with a short
 *   timeout, ignores that timeout, and waits for the new document instead.
 * - Extension pages opened as tabs carry the whole WebExtension API: the harness keeps one such page (`control`)
 *   to read storage and tabs where the Chromium harness uses the service worker.
 * - There are no host-resolver rules: the extension's endpoint settings point at the fixture server, and
 *   `network.dns.forceResolve` sends any other host name to loopback, so nothing can leave the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { firefoxPath } from '../../scripts/firefox';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { pollTabState } from './wait-for-state';
import { fixtureEndpoints, loopbackEndpoints } from './endpoints';

export const DIST_FIREFOX = resolve(
  import.meta.dirname,
  '..',
  '..',
  process.env.BACKSTORY_DIST_FIREFOX ?? 'dist-firefox',
);

/** The add-on's internal UUID for every run (any fixed v4 UUID does). */
export const EXTENSION_UUID = '0f7c2d3e-5b1a-4c6d-9e8f-1a2b3c4d5e6f';

/** How long a moz-extension:// navigation is given before the harness stops waiting for its (never sent) report. */
const EXTENSION_NAVIGATION_MS = 500;

/** The WebExtension API as a page of the extension sees it (Firefox's own `browser` global). */
export type ExtensionApi = WebExtensionApi;

export interface FirefoxHarness {
  browser: Browser;
  server: FixtureServer;
  /** The add-on id from the build's manifest (browser_specific_settings.gecko.id). */
  geckoId: string;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** Opens a fixture page (slug or path) in a new tab; `host` serves it from another loopback name. */
  openPage(slugOrPath: string, o?: { host?: string }): Promise<{ page: Page; tabId: number }>;
  tabIdOf(page: Page): Promise<number>;
  /** The popup as a page, pointed at a tab with ?tabId=N; resolves once its root has a `data-state`. */
  openPopup(tabId: number): Promise<Page>;
  /** Opens one of the extension's pages in a new tab and waits for its document. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page with `browser.*` at hand. */
  inExtension<A, T>(fn: (api: ExtensionApi, arg: A) => Promise<T> | T, arg: A): Promise<T>;
  badgeText(tabId: number): Promise<string>;
  tabState(tabId: number): Promise<TabState | null>;
  /** Waits until the tab's stored state satisfies `predicate`. */
  waitForState(tabId: number, predicate: (s: TabState | null) => boolean, timeoutMs?: number): Promise<TabState | null>;
  /**
   * Stops the extension's background page as Firefox does when it is idle (the "Terminate background script" of
   * about:debugging); the next event starts it again. Resolves to the state Firefox reports after the stop.
   */
  stopBackground(): Promise<string>;
  /** Evaluates `expression` (awaited) in the browser's own privileged scope; `GECKO_ID` names the add-on there. */
  privileged<T>(expression: string): Promise<T>;
  /** Writes extension settings (storage.local), with endpoints at the fixture server as the Chromium harness does. */
  setSettings(settings: Record<string, unknown>, options?: { outsideHosts?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Starts a moz-extension:// navigation and waits for the new document, not for the load report Firefox never sends. */
export async function gotoExtension(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: EXTENSION_NAVIGATION_MS }).catch((error: Error) => {
    if (error.name !== 'TimeoutError') throw error;
  });
  await page.waitForFunction((u: string) => location.href === u && document.readyState !== 'loading', {}, url);
}

function geckoIdOf(dist: string): string {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dist}/manifest.json has no gecko id: is it the Firefox build?`);
  return id;
}

type BidiConnection = { send(method: string, params: object): Promise<{ result: unknown }> };

/** Evaluates in the first browser window's chrome scope (needs --remote-allow-system-access). */
async function chromeScope<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome window to evaluate in');
  const reply = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true }))
    .result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (reply.type !== 'success') throw new Error(`privileged evaluation failed: ${reply.exceptionDetails?.text}`);
  return reply.result?.value as T;
}

/** `server`: share one fixture server between launches. `prefs`: more Firefox preferences for this launch. */
export async function launchFirefox(
  options: { dist?: string; server?: FixtureServer; headless?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxHarness> {
  const dist = options.dist ?? DIST_FIREFOX;
  if (!existsSync(resolve(dist, 'manifest.json')))
    throw new Error(`No Firefox build in ${dist}: run \`npm run build:firefox\` first.`);
  const geckoId = geckoIdOf(dist);
  const server = options.server ?? (await startFixtureServer());
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      // The reader's "Allow" in the permission prompt, which a headless run cannot click: a request made from a
      // click is granted at once. Without a click Firefox still refuses it.
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await gotoExtension(page, extensionUrl(path));
    return page;
  };
  // The look-up page asks nothing of the background until it is given a query.
  const control = await openExtensionPage('src/lookup/index.html');
  // An expression, not a function handle: WebDriver evaluates it past the page's CSP, which forbids eval.
  const inExtension: FirefoxHarness['inExtension'] = (fn, arg) =>
    control.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg) ?? 'undefined'})`) as never;
  const writeSettings = (s: Record<string, unknown>) =>
    inExtension((b, value) => b.storage.local.set({ settings: value }), s);
  // Before any page is read: the extension's first look-ups already go to the fixture server.
  await writeSettings({ ...DEFAULT_SETTINGS, endpoints: fixtureEndpoints(server.origin) });
  // A background that failed to start leaves every test waiting: say so once, at launch.
  const answer = await inExtension(
    (b) =>
      b.runtime.sendMessage({ type: 'tab/get-state', payload: { tabId: 0 } }).then(
        () => null,
        (e: Error) => e.message,
      ),
    null,
  );
  if (answer !== null) {
    await browser.close();
    if (!options.server) await server.close();
    throw new Error(`the extension's background did not answer a message: ${answer}`);
  }

  const harness: FirefoxHarness = {
    browser,
    server,
    geckoId,
    extensionUrl,
    openExtensionPage,
    inExtension,
    async openPage(slugOrPath, o = {}) {
      const page = await browser.newPage();
      const url = server.url(slugOrPath);
      await page.goto(o.host ? url.replace('127.0.0.1', o.host) : url, { waitUntil: 'domcontentloaded' });
      return { page, tabId: await harness.tabIdOf(page) };
    },
    async tabIdOf(page) {
      // Firefox shows the extension the URLs of pages its content script may run on; the newest tab wins a tie.
      const url = page.url();
      for (let i = 0; i < 50; i++) {
        const ids = await inExtension(
          async (b, u) => (await b.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1),
          url,
        );
        if (ids.length) return Math.max(...ids);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no tab found for ${url}`);
    },
    async openPopup(tabId) {
      const popup = await openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await popup.waitForSelector('main[data-state]');
      return popup;
    },
    async badgeText(tabId) {
      return inExtension((b, id) => b.action.getBadgeText({ tabId: id }), tabId);
    },
    async tabState(tabId) {
      return inExtension(async (b, id) => {
        const key = `tab:${id}`;
        return ((await b.storage.session.get(key))[key] as TabState | undefined) ?? null;
      }, tabId);
    },
    waitForState: (tabId, predicate, timeoutMs) => pollTabState(tabId, harness.tabState, predicate, timeoutMs),
    privileged: (expression) =>
      chromeScope(browser, `(async (GECKO_ID) => (${expression}))(${JSON.stringify(geckoId)})`),
    stopBackground: () =>
      harness.privileged<string>(`(async () => {
        const extension = WebExtensionPolicy.getByID(GECKO_ID).extension;
        await extension.terminateBackground({ disableResetIdleForTest: true });
        return String(extension.backgroundState);
      })()`),
    async setSettings(settings, o = {}) {
      await writeSettings({ ...settings, endpoints: loopbackEndpoints(settings.endpoints, server.origin, o) });
    },
    async close() {
      await browser.close().catch(() => {});
      if (!options.server) await server.close();
    },
  };
  return harness;
}
