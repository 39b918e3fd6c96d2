// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabStateKey } from '../../src/shared/tab-state';

const GLOBAL = '__backstoryFirstRead';
const scope = globalThis as Record<string, unknown>;

afterEach(() => {
  delete scope[GLOBAL];
  vi.unstubAllGlobals();
  vi.resetModules();
  history.replaceState(null, '', '/');
});

/** Runs the classic script as the page would, with `ext` as the browser's extension API. */
async function runScript(ext: unknown, search = ''): Promise<unknown> {
  history.replaceState(null, '', `/src/popup/index.html${search}`);
  vi.stubGlobal('browser', ext);
  await import('../../src/popup/first-read');
  return scope[GLOBAL] === undefined ? 'not started' : await scope[GLOBAL];
}

const stored = { status: 'ready', tabId: 7 };
const ext = (store: Record<string, unknown>, activeTab: number | null, failing = false) => ({
  tabs: { query: async () => (activeTab === null ? [] : [{ id: activeTab }]) },
  storage: {
    session: {
      get: async (key: string) => {
        if (failing) throw new Error('storage gone');
        return key in store ? { [key]: store[key] } : {};
      },
    },
  },
});

describe('first-read (the popup’s classic script)', () => {
  it.each([
    ['the tab named by ?tabId', ext({ [tabStateKey(7)]: stored }, 3), '?tabId=7', { tabId: 7, state: stored }],
    ['the active tab without ?tabId', ext({ [tabStateKey(7)]: stored }, 7), '', { tabId: 7, state: stored }],
    [
      'an invalid ?tabId falls back to the active tab',
      ext({ [tabStateKey(7)]: stored }, 7),
      '?tabId=x',
      { tabId: 7, state: stored },
    ],
    ['nothing stored for the tab', ext({ [tabStateKey(8)]: stored }, 7), '', null],
    ['no active tab', ext({ [tabStateKey(7)]: stored }, null), '', null],
    ['a failing read', ext({}, 7, true), '', null],
    ['no extension API (a plain page)', undefined, '?tabId=7', 'not started'],
  ])('%s', async (_name, api, search, expected) => {
    expect(await runScript(api, search)).toEqual(expected);
  });
});
