/**
 * The reader-facing extras of the service worker: in-page highlights kept in step with tab states and settings,
 * "Clear all data", the "Backstory: look up '…'" context menu and the side panel. index.ts calls
 * `wireReaderFeatures` once and routes the `data/clear-all` and `lookup/recognize` messages here.
 */
import type { Browser, Menus, Tabs } from 'webextension-polyfill';
import { recognize } from '../pipeline/recognize';
import { t } from '../shared/i18n';
import type { Message } from '../shared/protocol';
import type { Responses } from '../shared/responses';
import { normalizeSettings, SETTINGS_KEY } from '../shared/settings';
import type { TabState } from '../shared/tab-state';
import { clearAllData } from './clear-data';
import { createHighlightSync } from './highlights';
import { loadSettings } from './settings-store';
import { createTabStore, type SessionArea } from './tab-store';
import { popupPathFor } from '../shared/popup-address';

const MENU_ID = 'backstory-lookup';
/** The longest selection worth looking up: a name, not a paragraph. */
export const MAX_LOOKUP_CHARS = 120;

export interface ReaderFeatureDeps {
  log(message: string, error?: unknown): void;
  /** Resets a tab's badge after its state was cleared. */
  resetBadge(tabId: number): Promise<void>;
}

export function wireReaderFeatures(browser: Browser, deps: ReaderFeatureDeps) {
  const store = createTabStore(browser.storage.session as unknown as SessionArea);
  const highlights = createHighlightSync({
    settings: loadSettings,
    send: (tabId, payload) =>
      browser.tabs.sendMessage(tabId, { type: 'content/highlights', payload } satisfies Message<'content/highlights'>, {
        frameId: 0,
      }),
    log: deps.log,
  });

  // The worker watches its own writes: every state change (ready, cards arriving, navigation) reaches the page.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session') {
      for (const [key, change] of Object.entries(changes)) {
        const tab = /^tab:(\d+)$/.exec(key);
        if (tab)
          void highlights
            .stateChanged(Number(tab[1]), (change.newValue as TabState | undefined) ?? null)
            .catch(deps.log);
      }
    } else if (area === 'local' && SETTINGS_KEY in changes) {
      void store
        .all()
        .then((states) => highlights.settingsChanged(states))
        .catch(deps.log);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => highlights.forget(tabId));

  registerContextMenu(browser, deps);
  // Alt+Shift+H (manifest "commands"): the highlights switch from the keyboard, on any page.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'toggle-highlights') return;
    void (async () => {
      const stored = await browser.storage.local.get(SETTINGS_KEY);
      const settings = normalizeSettings(stored[SETTINGS_KEY]);
      await browser.storage.local.set({
        [SETTINGS_KEY]: { ...settings, highlights: { ...settings.highlights, enabled: !settings.highlights.enabled } },
      });
    })().catch(deps.log.bind(null, 'toggle highlights'));
  });
  enableSidePanel(deps);

  return {
    async clearAll(): Promise<Responses['data/clear-all']> {
      const { databases } = await clearAllData({
        session: browser.storage.session as never,
        local: browser.storage.local as never,
        indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
        tabCleared: async (tabId) => {
          await highlights.tabCleared(tabId);
          await deps.resetBadge(tabId);
        },
      });
      return { ok: true, databases };
    },
    /** The hover card's "Open the full card": the popup page for the tab, in a small window, at that card. */
    async openCard(tabId: number, key: string): Promise<Responses['card/open']> {
      const url = browser.runtime.getURL(popupPathFor(tabId, key));
      await browser.windows
        .create({ url, type: 'popup', width: 420, height: 640 })
        .catch(() => browser.tabs.create({ url }));
      return { ok: true };
    },
    lookup(text: string): Responses['lookup/recognize'] {
      const { entities } = recognize(text.slice(0, 500));
      return { entities: entities.filter((e) => e.type !== 'date') };
    },
  };
}

/**
 * Context menu on selected text, on any page. Why the permission: it is the only way to offer a lookup where the
 * reader is reading without injecting UI into every page; the selection goes to our own page, never out.
 */
function registerContextMenu(browser: Browser, deps: ReaderFeatureDeps): void {
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    void menus
      .removeAll()
      .then(() => menus.create({ id: MENU_ID, title: t('contextLookup'), contexts: ['selection'] }))
      .catch(deps.log.bind(null, 'context menu'));
  });
  menus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const text = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_CHARS);
    if (!text) return;
    const params = new URLSearchParams({ q: text });
    if (tab?.id !== undefined && tab.id >= 0) params.set('tabId', String(tab.id));
    const url = browser.runtime.getURL(`src/lookup/index.html?${params}`);
    void browser.windows
      .create({ url, type: 'popup', width: 420, height: 620 })
      .catch(() => browser.tabs.create({ url }));
  });
}

/** Chrome: the toolbar button keeps its popup; the side panel opens from the popup's "Open in side panel". */
function enableSidePanel(deps: ReaderFeatureDeps): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
    ?.sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(deps.log.bind(null, 'side panel'));
}
