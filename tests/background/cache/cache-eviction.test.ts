import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbEntryStore } from '../../../src/background/cache/cache';
import { openCardsDb, type CacheEntry, type CardsDatabase } from '../../../src/background/cache/db';
import { EVICT_BATCH } from '../../../src/background/cache/quota';

let dbCounter = 0;
const entry = (key: string, fetchedAt: number): CacheEntry => ({ key, value: `value of ${key}`, fetchedAt });

/**
 * The database as a full disk makes it look: a put into a store already holding `limit()` entries fails with
 * QuotaExceededError and aborts its transaction, as IndexedDB does. Everything else is the real (fake-indexeddb)
 * database, so eviction runs its own cursor over the real index.
 */
function withQuota(
  db: CardsDatabase,
  limit: () => number,
  error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
): CardsDatabase {
  const bind = <T extends object>(target: T, prop: PropertyKey) => {
    const value = Reflect.get(target, prop, target) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return bind(target, prop);
      return (...args: Parameters<CardsDatabase['transaction']>) => {
        const tx = (target.transaction as (...a: unknown[]) => ReturnType<CardsDatabase['transaction']>)(...args);
        type EntryStore = { count(): Promise<number>; put(v: CacheEntry): Promise<string> };
        const store = new Proxy(tx.store as unknown as EntryStore, {
          get(s, p) {
            if (p !== 'put') return bind(s, p);
            return async (value: CacheEntry) => {
              if ((await s.count()) >= limit()) {
                tx.abort();
                throw error();
              }
              return s.put(value);
            };
          },
        });
        return new Proxy(tx, { get: (t, p) => (p === 'store' ? store : bind(t, p)) });
      };
    },
  }) as CardsDatabase;
}

async function filled(n: number) {
  const db = await openCardsDb(`test-eviction-${++dbCounter}`);
  const tx = db.transaction('entries', 'readwrite');
  await Promise.all([...Array.from({ length: n }, (_, i) => tx.store.put(entry(`old-${i}`, 1_000 + i))), tx.done]);
  return db;
}

describe('the card cache on a full disk', () => {
  it('drops the oldest answers, keeps the newer ones and stores the new batch', async () => {
    const n = EVICT_BATCH + 50;
    const db = await filled(n);
    const store = idbEntryStore(Promise.resolve(withQuota(db, () => n)));
    const fresh = [entry('new-a', 9_000), entry('new-b', 9_001), entry('new-c', 9_002)];
    await store.putMany(fresh);

    const keys = new Set(await db.getAllKeys('entries'));
    for (const e of fresh) expect(keys.has(e.key)).toBe(true);
    // The oldest EVICT_BATCH went, by fetch time; the 50 newest old answers are still there.
    expect(Array.from({ length: EVICT_BATCH }, (_, i) => `old-${i}`).filter((k) => keys.has(k))).toEqual([]);
    expect(Array.from({ length: 50 }, (_, i) => `old-${EVICT_BATCH + i}`).every((k) => keys.has(k))).toBe(true);
    expect(keys.size).toBe(50 + fresh.length);
  });

  it('fails the write, deleting nothing, when the error is not about space', async () => {
    const db = await filled(20);
    const store = idbEntryStore(
      Promise.resolve(
        withQuota(
          db,
          () => 20,
          () => new DOMException('Disk I/O error', 'UnknownError'),
        ),
      ),
    );
    await expect(store.putMany([entry('new', 9_000)])).rejects.toMatchObject({ name: 'UnknownError' });
    expect(await db.count('entries')).toBe(20);
  });

  it('fails the write when even an empty cache has no room (nothing left to evict)', async () => {
    const db = await filled(0);
    const store = idbEntryStore(Promise.resolve(withQuota(db, () => 0)));
    await expect(store.putMany([entry('new', 9_000)])).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await db.count('entries')).toBe(0);
  });

  it('writes without evicting anything while there is room', async () => {
    const db = await filled(10);
    const store = idbEntryStore(Promise.resolve(withQuota(db, () => 100)));
    await store.putMany([entry('new', 9_000)]);
    expect(await db.count('entries')).toBe(11);
  });
});
