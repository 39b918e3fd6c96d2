/**
 * Per-tab state in storage.session: it survives a service-worker restart and is gone when the browser closes.
 * The storage area is a parameter so tests pass an in-memory one.
 *
 * Every tab shares the area's quota (10 MB in Chrome), so one page must never fill it for the others: a tab's
 * state is cut to a budget before it is written (fit-tab-state.ts), all states together are kept under a second
 * budget by dropping the oldest tabs' states first, and a write the browser still refuses (quota) makes room and
 * tries again, then stores a small error state for that tab alone. A write never rejects into another tab's work.
 */
import { SESSION_BUDGET, TAB_STATE_BUDGET } from '../shared/article-limits';
import { tabStateKey, type TabState } from '../shared/tab-state';
import { fitTabState, tooLargeState } from './fit-tab-state';

export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStoreOptions {
  /** The most one tab's state may take (JSON characters). */
  tabBudget: number;
  /** The most all tabs' states may take together. */
  totalBudget: number;
  log(message: string, error?: unknown): void;
}

const DEFAULTS: TabStoreOptions = { tabBudget: TAB_STATE_BUDGET, totalBudget: SESSION_BUDGET, log: () => {} };

export function createTabStore(area: SessionArea, options: Partial<TabStoreOptions> = {}) {
  const o = { ...DEFAULTS, ...options };
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
  const room = createRoom(area, o);
  /** Writes a state within the budgets; returns what was written. */
  async function write(state: TabState): Promise<TabState> {
    const fitted = fitTabState(state, o.tabBudget);
    if (await room.store(fitted.state, fitted.size)) return fitted.state;
    const small = tooLargeState(state);
    o.log(`state of tab ${state.tabId} not stored: the session storage is full`);
    await room.store(small, JSON.stringify(small).length);
    return small;
  }
  return {
    get: read,
    put(state: TabState): Promise<void> {
      return serial(state.tabId, async () => void (await write(state)));
    },
    /**
     * Reads the tab's state, lets `change` derive the next one (or return null to leave it), and writes it, with no
     * other write to this tab in between. Returns what was written, or null.
     */
    update(tabId: number, change: (current: TabState | null) => TabState | null): Promise<TabState | null> {
      return serial(tabId, async () => {
        const next = change(await read(tabId));
        return next ? write(next) : null;
      });
    },
    clear(tabId: number): Promise<void> {
      return serial(tabId, async () => {
        room.forget(tabId);
        await area.remove(tabStateKey(tabId));
      });
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

/** The sizes of the stored states, and making room for a new one by dropping the oldest other tabs' states. */
function createRoom(area: SessionArea, o: TabStoreOptions) {
  let sizes: Promise<Map<number, { size: number; updatedAt: number }>> | null = null;
  const known = () => {
    sizes ??= area.get(null).then((items) => {
      const out = new Map<number, { size: number; updatedAt: number }>();
      for (const value of Object.values(items))
        if (isTabState(value)) out.set(value.tabId, { size: JSON.stringify(value).length, updatedAt: value.updatedAt });
      return out;
    });
    return sizes;
  };
  /** Drops the oldest other tabs' states until `need` more characters fit under `budget`; false when none is left. */
  async function evict(tabId: number, need: number, budget: number): Promise<boolean> {
    const map = await known();
    const total = () => [...map.entries()].reduce((sum, [id, s]) => sum + (id === tabId ? 0 : s.size), 0);
    const others = [...map.entries()].filter(([id]) => id !== tabId).sort((a, b) => a[1].updatedAt - b[1].updatedAt);
    for (const [id] of others) {
      if (total() + need <= budget) break;
      map.delete(id);
      await area.remove(tabStateKey(id)).catch(() => {});
      o.log(`state of tab ${id} dropped to make room in the session storage`);
    }
    return total() + need <= budget || others.length > 0;
  }
  return {
    async store(state: TabState, size: number): Promise<boolean> {
      await evict(state.tabId, size, o.totalBudget);
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await area.set({ [tabStateKey(state.tabId)]: state });
          (await known()).set(state.tabId, { size, updatedAt: state.updatedAt });
          return true;
        } catch (error) {
          // The quota counts more than our estimate (other keys, the browser's own accounting): make more room.
          o.log(`session storage refused the state of tab ${state.tabId}`, error);
          if (!(await evict(state.tabId, size, 0))) return false;
        }
      }
      return false;
    },
    forget(tabId: number): void {
      void known().then((map) => map.delete(tabId));
    },
  };
}

function isTabState(value: unknown): value is TabState {
  const v = value as TabState | null;
  return !!v && typeof v === 'object' && typeof v.tabId === 'number' && typeof v.status === 'string';
}
