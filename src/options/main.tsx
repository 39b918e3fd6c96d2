import browser from 'webextension-polyfill';
import { render } from 'preact';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { Options } from './Options';

const store = {
  load: async () => normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
  save: (settings: Settings) => browser.storage.local.set({ [SETTINGS_KEY]: normalizeSettings(settings) }),
};

render(<Options store={store} />, document.getElementById('app')!);
