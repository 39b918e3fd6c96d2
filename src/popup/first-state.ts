/**
 * The popup's tab and its stored state, read as the page starts: the read (a round trip to the browser) runs while
 * the rest of the popup's code loads, so the first frame can show the cards instead of a skeleton.
 */
import type { TabState } from '../shared/tab-state';
import type { PopupApi } from './api';

export interface FirstState {
  tabId: number;
  state: TabState;
}

/** How long the first render waits for the stored state before it shows the skeleton instead. */
export const FIRST_STATE_WAIT_MS = 120;

/** The tab's stored state, or null when there is none (no tab, nothing stored yet, a failing read). */
export function readFirstState(api: Pick<PopupApi, 'currentTabId' | 'peekState'>): Promise<FirstState | null> {
  return (async () => {
    const tabId = await api.currentTabId();
    if (tabId === null || !api.peekState) return null;
    const state = await api.peekState(tabId);
    return state ? { tabId, state } : null;
  })().catch(() => null);
}

/** The promise's value if it settles within `ms`, else null: a stalled read never holds the first paint back. */
export function within<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
