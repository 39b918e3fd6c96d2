import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { clearAllData, type StorageAreaLike } from '../../src/background/clear-data';

function area(initial: Record<string, unknown>): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async () => ({ ...data }),
    remove: async (keys) => {
      for (const k of [keys].flat()) delete data[k];
    },
  };
}

describe('clearAllData', () => {
  it('empties every IndexedDB database, tab states and non-settings local data, keeping settings', async () => {
    const cards = await openDB('test-cards', 1, {
      upgrade: (db) => {
        db.createObjectStore('entries', { keyPath: 'key' });
        db.createObjectStore('choices', { keyPath: 'key' });
      },
    });
    await cards.put('entries', { key: 'a', value: 1 });
    await cards.put('choices', { key: 'b', value: 2 });
    const history = await openDB('test-history', 1, {
      upgrade: (db) => void db.createObjectStore('articles', { keyPath: 'url' }),
    });
    await history.put('articles', { url: 'https://news.test/a' });

    const session = area({ 'tab:3': { tabId: 3 }, 'tab:9': { tabId: 9 }, other: 1 });
    const local = area({ settings: { offline: true }, lastSeen: 5 });
    const cleared: number[] = [];
    const result = await clearAllData({ session, local, indexedDB, tabCleared: async (id) => void cleared.push(id) });

    expect(result.databases).toEqual(expect.arrayContaining(['test-cards', 'test-history']));
    // The connections the cache and history modules hold stay usable, and see empty stores.
    expect(await cards.count('entries')).toBe(0);
    expect(await cards.count('choices')).toBe(0);
    expect(await history.count('articles')).toBe(0);
    await history.put('articles', { url: 'https://news.test/b' });
    expect(await history.count('articles')).toBe(1);
    expect(session.data).toEqual({});
    expect(cleared.sort()).toEqual([3, 9]);
    expect(local.data).toEqual({ settings: { offline: true } });
    cards.close();
    history.close();
  });

  it('works where IndexedDB is missing', async () => {
    const result = await clearAllData({
      session: area({}),
      local: area({}),
      indexedDB: undefined,
      tabCleared: async () => {},
    });
    expect(result.databases).toEqual([]);
  });
});
