import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { MAX_LOOKUP_CHARS, wireReaderFeatures } from '../../src/background/reader-features';

// settings-store imports the polyfill, which refuses to load outside an extension; the browser under test is the
// fake passed to wireReaderFeatures below, so the module's own default is never used.
vi.mock('webextension-polyfill', () => ({ default: {} }));

type Listener = (...args: unknown[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return { listeners, addListener: (l: Listener) => listeners.push(l), removeListener: () => {} };
};

/** Just the browser surface reader-features touches; records menus created and windows/tabs opened. */
function fakeBrowser(o: { windowsFail?: boolean } = {}) {
  const created: Record<string, unknown>[] = [];
  const opened: { how: string; url: string; type?: string }[] = [];
  const onInstalled = event();
  const onClicked = event();
  const browser = {
    storage: {
      session: { get: async () => ({}), set: async () => {}, remove: async () => {} },
      local: { get: async () => ({}) },
      onChanged: event(),
    },
    tabs: {
      onRemoved: event(),
      sendMessage: async () => ({}),
      create: async (p: { url: string }) => opened.push({ how: 'tab', url: p.url }),
    },
    runtime: { onInstalled, getURL: (path: string) => `chrome-extension://id/${path}` },
    commands: { onCommand: event() },
    windows: {
      create: async (p: { url: string; type: string }) => {
        if (o.windowsFail) throw new Error('no windows here');
        opened.push({ how: 'window', url: p.url, type: p.type });
      },
    },
    contextMenus: { removeAll: async () => {}, create: (p: Record<string, unknown>) => created.push(p), onClicked },
  };
  wireReaderFeatures(browser as unknown as Browser, { log: () => {}, resetBadge: async () => {} });
  const click = async (info: object, tab?: object) => {
    for (const l of onClicked.listeners) l(info, tab);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { created, opened, onInstalled, click };
}

describe('context menu "Backstory: look up …"', () => {
  it('registers one item on installs and updates: on selections, its title naming the selection', async () => {
    const b = fakeBrowser();
    expect(b.created).toEqual([]);
    for (const l of b.onInstalled.listeners) l({ reason: 'install' });
    await new Promise((r) => setTimeout(r, 0));
    expect(b.created).toEqual([
      { id: 'backstory-lookup', title: expect.stringContaining('%s'), contexts: ['selection'] },
    ]);
  });

  it.each([
    ['a name', '  Andrey\n Denisov ', 7, 'Andrey Denisov', '7'],
    ['no tab (a selection in another extension page)', 'Xi Jinping', undefined, 'Xi Jinping', null],
    ['a long selection, cut', `Putin ${'x'.repeat(300)}`, 3, `Putin ${'x'.repeat(MAX_LOOKUP_CHARS - 6)}`, '3'],
  ])('%s opens the look-up window with the query', async (_label, selectionText, tabId, q, tabParam) => {
    const b = fakeBrowser();
    await b.click(
      { menuItemId: 'backstory-lookup', selectionText, editable: false, pageUrl: 'https://news.example/a' },
      tabId === undefined ? undefined : { id: tabId },
    );
    expect(b.opened).toHaveLength(1);
    expect(b.opened[0]).toMatchObject({ how: 'window', type: 'popup' });
    const url = new URL(b.opened[0]!.url);
    expect(url.pathname).toBe('/src/lookup/index.html');
    expect(url.searchParams.get('q')).toBe(q);
    expect(url.searchParams.get('tabId')).toBe(tabParam);
  });

  it.each([
    ['another menu item', { menuItemId: 'other', selectionText: 'Putin' }],
    ['an empty selection', { menuItemId: 'backstory-lookup', selectionText: ' \n ' }],
    ['no selection', { menuItemId: 'backstory-lookup' }],
  ])('%s opens nothing', async (_label, info) => {
    const b = fakeBrowser();
    await b.click(info, { id: 1 });
    expect(b.opened).toEqual([]);
  });

  it('falls back to a tab where windows cannot be made (Firefox on Android)', async () => {
    const b = fakeBrowser({ windowsFail: true });
    await b.click({ menuItemId: 'backstory-lookup', selectionText: 'Putin' }, { id: 2 });
    expect(b.opened).toMatchObject([{ how: 'tab' }]);
    expect(new URL(b.opened[0]!.url).searchParams.get('q')).toBe('Putin');
  });
});
