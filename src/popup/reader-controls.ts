/**
 * The popup's controls beyond the tab's state: the highlights switch (a setting, so the options page and every
 * tab follow it), opening the side panel (Chrome sidePanel, Firefox sidebar) and the settings page, and following
 * the active tab when the popup page lives in the side panel.
 */
import type { Browser } from 'webextension-polyfill';
import type { SiteAccessApi } from '../shared/site-access';
import { browserSiteAccess } from '../shared/site-access-browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { isToolbarPopup } from './toolbar-popup';

export interface ReaderControls {
  highlightsEnabled?(): Promise<boolean>;
  setHighlights?(on: boolean): Promise<void>;
  /** Present only in the toolbar popup of a browser with a side panel or sidebar. */
  openSidePanel?(): Promise<void>;
  openOptions?(): Promise<void>;
  /** Calls back when the reader switches tabs (the side panel outlives the tab); returns an unsubscribe. */
  onActiveTabChange?(callback: () => void): () => void;
  /** Site access for the sources the settings use (Firefox: the reader's to grant); absent without a permissions API. */
  siteAccess?: { api: SiteAccessApi; settings(): Promise<Settings> };
}

type ChromeSidePanel = { open(options: { windowId: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

export function readerControls(browser: Browser, win: Window = window): ReaderControls {
  const loadSettings = async () => normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  const inPopup = isToolbarPopup(browser, win);
  const access = browserSiteAccess(browser);
  return {
    ...(access ? { siteAccess: { api: access, settings: loadSettings } } : {}),
    highlightsEnabled: async () => (await loadSettings()).highlights.enabled,
    async setHighlights(on) {
      const settings = await loadSettings();
      await browser.storage.local.set({
        [SETTINGS_KEY]: { ...settings, highlights: { ...settings.highlights, enabled: on } },
      });
    },
    ...(inPopup && (sidePanel || sidebar)
      ? {
          async openSidePanel() {
            // Both need the reader's gesture. Chrome's lasts beyond the click (the page's transient activation, which
            // opening consumes), so the window is looked up on the click: a click in the popup's first milliseconds
            // opens the panel like any other. Firefox's sidebar is opened before any await.
            if (sidePanel) {
              const { id } = await browser.windows.getCurrent();
              if (id === undefined) return;
              await sidePanel.open({ windowId: id });
            } else await sidebar!.open();
            win.close();
          },
        }
      : {}),
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
      if (inPopup) win.close();
    },
    onActiveTabChange(callback) {
      const listener = () => callback();
      browser.tabs.onActivated.addListener(listener);
      return () => browser.tabs.onActivated.removeListener(listener);
    },
  };
}
