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
  // Writes to one tab run one after another: the analysis, the cards and the coverage each read-modify-write the
  // same state, and two interleaved read-modify-writes would lose one of them.
  const queues = new Map<number, Promise<unknown>>();
  function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => {});
    queues.set(tabId, tail);
    void tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
    return run;
  }
  async function read(tabId: number): Promise<TabState | null> {
    const key = tabStateKey(tabId);
    const value = (await area.get(key))[key];
    return isTabState(value) ? value : null;
  }
  return {
    get: read,
    put(state: TabState): Promise<void> {
      return serial(state.tabId, () => area.set({ [tabStateKey(state.tabId)]: state }));
    },
    /**
     * Reads the tab's state, lets `change` derive the next one (or return null to leave it), and writes it, with no
     * other write to this tab in between. Returns what was written, or null.
     */
    update(tabId: number, change: (current: TabState | null) => TabState | null): Promise<TabState | null> {
      return serial(tabId, async () => {
        const next = change(await read(tabId));
        if (next) await area.set({ [tabStateKey(tabId)]: next });
        return next;
      });
    },
    clear(tabId: number): Promise<void> {
      return serial(tabId, () => area.remove(tabStateKey(tabId)));
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
