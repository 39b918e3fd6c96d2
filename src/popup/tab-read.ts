/**
 * The two reads the popup's first frame waits on: which tab the popup describes, and that tab's stored state.
 */
import { tabStateKey, type TabState } from '../shared/tab-state';
import { tabIdFromSearch } from '../shared/popup-address';

/** The part of the extension API these reads use. */
export interface TabReadApi {
  tabs: { query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/** `?tabId=N` when the address has a valid one (no round trip), else the active tab of the popup's window. */
export async function currentTabId(api: TabReadApi, search: string): Promise<number | null> {
  const fromAddress = tabIdFromSearch(search);
  if (fromAddress !== null) return fromAddress;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's stored state, read from session storage directly (the background need not be awake). */
export async function peekState(api: TabReadApi, tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return ((await api.storage.session.get(key))[key] as TabState | undefined) ?? null;
}
