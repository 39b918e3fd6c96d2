/**
 * The popup's first request, as a classic script of its own (index.html loads it `async`, before the modules): it
 * asks the browser for the tab's stored state while the popup's modules are still being fetched and compiled, so the
 * state is there when they run and the first render needs no round trip. boot.ts takes the answer from
 * `FIRST_READ_GLOBAL`, and reads the state itself where this script did not run (unit tests, a failed load).
 * No imports at run time: the build emits this file whole, and a classic script cannot import.
 */
import type { FirstState } from './first-state';

/** The global the promise of the first read is left on (boot.ts reads it). */
const FIRST_READ_GLOBAL = '__backstoryFirstRead';

interface ExtensionApi {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The tab the popup describes (`?tabId=N`, else the window's active tab), as api.ts's currentTabId says. */
async function tabIdOf(ext: ExtensionApi, search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readStored(ext: ExtensionApi, search: string): Promise<FirstState | null> {
  const tabId = await tabIdOf(ext, search);
  if (tabId === null) return null;
  // The key of shared/tab-state.ts's tabStateKey (a unit test holds the two together).
  const key = `tab:${tabId}`;
  const state = (await ext.storage.session.get(key))[key] as FirstState['state'] | undefined;
  return state ? { tabId, state } : null;
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi } & Record<string, unknown>;
const ext = scope.browser ?? scope.chrome;
if (ext?.storage?.session && ext.tabs) {
  scope[FIRST_READ_GLOBAL] = readStored(ext, location.search).catch(() => null);
}
