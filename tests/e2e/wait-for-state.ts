/** Polling a tab's stored state until it matches, shared by the Chromium and Firefox harnesses. */
import type { TabState } from '../../src/shared/tab-state';

/** Reads the tab's state every 100 ms until `predicate` holds; fails with the last state seen after `timeoutMs`. */
export async function pollTabState(
  tabId: number,
  read: (tabId: number) => Promise<TabState | null>,
  predicate: (s: TabState | null) => boolean,
  timeoutMs = 15_000,
): Promise<TabState | null> {
  const deadline = Date.now() + timeoutMs;
  let state = await read(tabId);
  while (!predicate(state)) {
    if (Date.now() > deadline)
      throw new Error(`state of tab ${tabId} never matched; last: ${JSON.stringify(state)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
    state = await read(tabId);
  }
  return state;
}
