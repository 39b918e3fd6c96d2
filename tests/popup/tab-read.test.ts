import { describe, expect, it } from 'vitest';
import { currentTabId, peekState, type TabReadApi } from '../../src/popup/tab-read';

/** The browser's API as far as the reads go: the active tab and what session storage holds; calls are counted. */
function fakeApi(activeTab: number | null, stored: Record<string, unknown>) {
  const calls = { query: 0, get: [] as string[] };
  const api: TabReadApi = {
    tabs: {
      query: async () => {
        calls.query++;
        return activeTab === null ? [] : [{ id: activeTab }];
      },
    },
    storage: {
      session: {
        get: async (key: string) => {
          calls.get.push(key);
          return key in stored ? { [key]: stored[key] } : {};
        },
      },
    },
  };
  return { api, calls };
}

describe('currentTabId', () => {
  it.each([
    ['a valid id in the address: no round trip', '?tabId=9', 3, 9, 0],
    ['no id: the active tab', '', 3, 3, 1],
    ['a malformed id: the active tab', '?tabId=9x', 3, 3, 1],
    ['a malformed id and no active tab', '?tabId=-1', null, null, 1],
  ])('%s', async (_name, search, active, expected, queries) => {
    const { api, calls } = fakeApi(active, {});
    expect(await currentTabId(api, search)).toBe(expected);
    expect(calls.query).toBe(queries);
  });
});

describe('peekState', () => {
  it.each([
    ['the tab’s own key', { 'tab:4': { tabId: 4 } }, { tabId: 4 }],
    ['another tab’s state only', { 'tab:5': { tabId: 5 } }, null],
    ['nothing stored', {}, null],
  ])('%s', async (_name, stored, expected) => {
    const { api, calls } = fakeApi(null, stored);
    expect(await peekState(api, 4)).toEqual(expected);
    expect(calls.get).toEqual(['tab:4']);
  });
});
