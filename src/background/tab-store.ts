/**
 * Per-tab state in storage.session: it survives a service-worker restart and is gone when the browser closes.
 * The storage area is a parameter so tests pass an in-memory one.
 */
import { tabStateKey, type TabState } from '../shared/tab-state';

export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function createTabStore(area: SessionArea) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      const key = tabStateKey(tabId);
      const value = (await area.get(key))[key];
      return isTabState(value) ? value : null;
    },
    async put(state: TabState): Promise<void> {
      await area.set({ [tabStateKey(state.tabId)]: state });
    },
    async clear(tabId: number): Promise<void> {
      await area.remove(tabStateKey(tabId));
    },
    /** Every stored state (to resume analyses a killed worker left behind). */
    async all(): Promise<TabState[]> {
      const items = await area.get(null);
      return Object.entries(items)
        .filter(([key]) => key.startsWith('tab:'))
        .map(([, value]) => value)
        .filter(isTabState);
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;

function isTabState(value: unknown): value is TabState {
  const v = value as TabState | null;
  return !!v && typeof v === 'object' && typeof v.tabId === 'number' && typeof v.status === 'string';
}
