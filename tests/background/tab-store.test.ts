import { describe, expect, it } from 'vitest';
import { createTabStore, type SessionArea } from '../../src/background/tab-store';
import type { TabState } from '../../src/shared/tab-state';
import { memoryArea } from '../support/memory-area';

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

describe('tab store budgets: one page cannot fill the storage every tab shares', () => {
  const state = (tabId: number, updatedAt: number, chars: number): TabState => ({
    ...ready,
    tabId,
    updatedAt,
    article: {
      title: 't',
      byline: null,
      authors: [],
      publisher: null,
      publishedAt: null,
      lang: 'en',
      url: 'https://news.test/a',
      text: 'x'.repeat(chars),
      relatedLinks: Array.from({ length: 50 }, (_, i) => ({ text: 'link', url: `https://news.test/${i}` })),
    },
  });

  /** An area with a quota, refusing writes past it as chrome.storage.session does. */
  function quotaArea(quota: number) {
    const area = memoryArea();
    const used = () => [...area.data.values()].reduce((n: number, v) => n + JSON.stringify(v).length, 0);
    const set = area.set.bind(area);
    area.set = async (items) => {
      const adding = Object.entries(items).reduce(
        (n, [k, v]) => n + JSON.stringify(v).length - JSON.stringify(area.data.get(k) ?? '').length,
        0,
      );
      if (used() + adding > quota) throw new Error('Session storage quota bytes exceeded.');
      await set(items);
    };
    return area;
  }

  it('keeps the total under its budget by dropping the oldest tabs first', async () => {
    const area = memoryArea();
    const store = createTabStore(area, { tabBudget: 20_000, totalBudget: 25_000 });
    for (const [id, at] of [
      [1, 10],
      [2, 20],
      [3, 30],
    ] as const)
      await store.put(state(id, at, 8_000));
    expect(await store.get(1)).toBeNull();
    expect((await store.get(2))?.article?.text.length).toBe(8_000);
    expect((await store.get(3))?.article?.text.length).toBe(8_000);
  });

  it('cuts a state over the tab budget: related links first, then a small error state', async () => {
    const store = createTabStore(memoryArea(), { tabBudget: 9_000, totalBudget: 100_000 });
    await store.put(state(1, 1, 7_500));
    expect((await store.get(1))?.article?.relatedLinks).toEqual([]);
    expect((await store.get(1))?.article?.text.length).toBe(7_500);
    await store.put(state(2, 1, 20_000));
    expect(await store.get(2)).toMatchObject({
      status: 'error',
      article: null,
      error: expect.stringMatching(/too large/),
    });
    // Under the budget, nothing is cut.
    await store.put(state(3, 1, 1_000));
    expect((await store.get(3))?.article?.relatedLinks).toHaveLength(50);
  });

  it("a quota error in one tab's write never breaks another tab: room is made, and the writer never rejects", async () => {
    const area = quotaArea(30_000);
    // The budgets think everything fits; the browser's quota is what refuses.
    const store = createTabStore(area, { tabBudget: 1_000_000, totalBudget: 1_000_000 });
    await store.put(state(1, 10, 12_000));
    await store.put(state(2, 20, 12_000));
    await expect(store.put(state(3, 30, 12_000))).resolves.toBeUndefined();
    expect((await store.get(3))?.article?.text.length).toBe(12_000);
    expect(await store.get(1)).toBeNull();
    // Too big for the quota even alone: the tab gets an error state, the write still resolves.
    await expect(store.put(state(4, 40, 40_000))).resolves.toBeUndefined();
    expect((await store.get(4))?.status).toBe('error');
  });
});
