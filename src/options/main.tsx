import browser from 'webextension-polyfill';
import { render } from 'preact';
import type { Message } from '../shared/protocol';
import type { Responses } from '../shared/responses';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { browserSiteAccess } from '../shared/site-access-browser';
import { Options, type SettingsStore } from './Options';

const store: SettingsStore = {
  load: async () => normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
  save: (settings: Settings) => browser.storage.local.set({ [SETTINGS_KEY]: normalizeSettings(settings) }),
  clearAll: async () => {
    const reply = (await browser.runtime.sendMessage({
      type: 'data/clear-all',
      payload: {},
    } satisfies Message<'data/clear-all'>)) as Responses['data/clear-all'] | { error: string };
    return 'ok' in reply ? reply : { ok: false, error: reply.error };
  },
  subscribe(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) onChange(normalizeSettings(changes[SETTINGS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  clearHistory: async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'history/clear', payload: {} })) as {
      ok?: boolean;
      error?: string;
    };
    return { ok: reply?.ok === true, error: reply?.error };
  },
};

render(<Options store={store} access={browserSiteAccess(browser)} />, document.getElementById('app')!);
