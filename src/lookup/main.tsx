import browser from 'webextension-polyfill';
import { render } from 'preact';
import type { Message } from '../shared/protocol';
import type { Responses } from '../shared/responses';
import { normalizeSettings, SETTINGS_KEY } from '../shared/settings';
import { Lookup, type LookupApi } from './Lookup';

const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? '').slice(0, 120);
const tabId = Number(params.get('tabId'));

const api: LookupApi = {
  async recognize(text) {
    const reply = (await browser.runtime.sendMessage({
      type: 'lookup/recognize',
      payload: { text },
    } satisfies Message<'lookup/recognize'>)) as Responses['lookup/recognize'] | { error: string };
    return 'entities' in reply ? reply.entities : [];
  },
  async tabState() {
    if (!Number.isInteger(tabId) || tabId < 0) return null;
    return (await browser.runtime.sendMessage({
      type: 'tab/get-state',
      payload: { tabId },
    } satisfies Message<'tab/get-state'>)) as Responses['tab/get-state'];
  },
  wikipediaLang: async () =>
    normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).wikipediaLang,
};

document.title = `Backstory: ${query}`;
render(<Lookup query={query} api={api} />, document.getElementById('app')!);
