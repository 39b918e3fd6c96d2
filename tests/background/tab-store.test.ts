import { describe, expect, it } from 'vitest';
import { createTabStore, type SessionArea } from '../../src/background/tab-store';
import type { TabState } from '../../src/shared/tab-state';

/** A storage area whose reads and writes take turns with other tasks, as chrome.storage's do. */
function slowArea(): SessionArea {
  const data = new Map<string, unknown>();
  const pause = () => new Promise((r) => setTimeout(r, Math.random() * 3));
  return {
    async get(key) {
      await pause();
      if (key === null) return Object.fromEntries(data);
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      await pause();
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(key) {
      await pause();
      data.delete(key);
    },
  };
}

const ready: TabState = {
  tabId: 1,
  status: 'ready',
  pageUrl: 'https://news.test/a',
  detection: null,
  article: null,
  analysis: null,
  error: null,
  updatedAt: 0,
};

describe('tab store', () => {
  it('serializes read-modify-write updates of one tab: concurrent writers lose nothing', async () => {
    const store = createTabStore(slowArea());
    await store.put(ready);
    // Cards and coverage finish at the same moment, each adding its own field many times over.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => [
        store.update(1, (s) => (s ? { ...s, cards: { status: 'ready', n: i } as never } : null)),
        store.update(1, (s) => (s ? { ...s, coverage: { status: 'ready', n: i } as never } : null)),
      ]).flat(),
    );
    const state = await store.get(1);
    expect(state).not.toBeNull();
    expect((state!.cards as unknown as { n: number }).n).toBe(19);
    expect((state!.coverage as unknown as { n: number }).n).toBe(19);
  });

  it('leaves the state alone when the change returns null, and reports what it wrote', async () => {
    const store = createTabStore(slowArea());
    await store.put(ready);
    expect(await store.update(1, (s) => (s?.pageUrl === 'https://other.test/' ? s : null))).toBeNull();
    expect(await store.get(1)).toEqual(ready);
    const written = await store.update(1, (s) => ({ ...s!, error: 'x' }));
    expect(written?.error).toBe('x');
  });

  it('orders a clear after the writes queued before it, and keeps going after a failing change', async () => {
    const store = createTabStore(slowArea());
    const pending = store.put(ready);
    const failing = store.update(1, () => {
      throw new Error('boom');
    });
    const cleared = store.clear(1);
    await pending;
    await expect(failing).rejects.toThrow('boom');
    await cleared;
    expect(await store.get(1)).toBeNull();
    expect(await store.all()).toEqual([]);
  });

  it('ignores stored values that are not tab states', async () => {
    const area = slowArea();
    await area.set({ 'tab:3': { hello: 'world' }, other: 1 });
    const store = createTabStore(area);
    expect(await store.get(3)).toBeNull();
    expect(await store.all()).toEqual([]);
  });
});
