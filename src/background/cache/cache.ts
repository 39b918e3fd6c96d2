/**
 * A cache of normalized API answers with a time to live and stale-while-revalidate: fresh entries are used as they
 * are, stale ones are used at once and refetched in the background, missing ones are fetched (in one batch) and
 * stored. Concurrent fetches of the same keys share one request. Absent answers are cached too (as null), so a
 * name Wikipedia does not know is not asked for on every page.
 */
import type { CacheEntry, CardsDatabase } from './db';
import { deleteOldest, writeWithEviction } from './quota';

export interface EntryStore {
  getMany(keys: string[]): Promise<(CacheEntry | undefined)[]>;
  putMany(entries: CacheEntry[]): Promise<void>;
  /** Deletes entries fetched before `time`; returns how many. */
  deleteOlderThan(time: number): Promise<number>;
}

export interface CardCacheOptions {
  /** Younger than this: fresh. */
  ttlMs: number;
  /** Older than ttl but younger than this: served stale and revalidated. Older: refetched before use. */
  maxStaleMs: number;
  /** Null answers (nothing found) are trusted for less time. */
  nullTtlMs: number;
  now: () => number;
  log: (message: string, error?: unknown) => void;
}

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_CARD_CACHE_OPTIONS: CardCacheOptions = {
  ttlMs: 7 * DAY,
  maxStaleMs: 60 * DAY,
  nullTtlMs: DAY,
  now: () => Date.now(),
  log: () => {},
};

export type Freshness = 'fresh' | 'stale' | 'miss';

export interface ManyResult<T> {
  values: Map<string, T | null>;
  /** How each id was served (for tests, the benchmark and the "updated" note). */
  freshness: Map<string, Freshness>;
  /** Why ids that were not cached are absent from `values` (the fetch failed), else null. */
  error: unknown;
}

export function createCache(store: EntryStore, options: Partial<CardCacheOptions> = {}) {
  const o: CardCacheOptions = { ...DEFAULT_CARD_CACHE_OPTIONS, ...options };
  const inFlight = new Map<string, Promise<unknown>>();
  const revalidations = new Set<Promise<void>>();

  function age(entry: CacheEntry): Freshness {
    const ttl = entry.value === null ? o.nullTtlMs : o.ttlMs;
    const elapsed = o.now() - entry.fetchedAt;
    if (elapsed < 0) return 'stale'; // a clock that went backwards: trust, but verify
    if (elapsed <= ttl) return 'fresh';
    return elapsed <= o.maxStaleMs ? 'stale' : 'miss';
  }

  /**
   * Values for `ids` under `namespace`. `fetchBatch` gets the ids to fetch and returns what it found; ids it does
   * not return are stored as null (known absent), ids it returns as undefined failed and are neither stored nor served. A failing fetch rejects only when there is nothing (not even stale) to serve.
   */
  async function many<T>(
    namespace: string,
    ids: string[],
    fetchBatch: (ids: string[]) => Promise<Map<string, T>>,
  ): Promise<ManyResult<T>> {
    const unique = [...new Set(ids)];
    const keys = unique.map((id) => `${namespace}|${id}`);
    let entries: (CacheEntry | undefined)[] = [];
    try {
      entries = await store.getMany(keys);
    } catch (error) {
      o.log('cache read failed', error);
      entries = [];
    }
    const values = new Map<string, T | null>();
    const freshness = new Map<string, Freshness>();
    const missing: string[] = [];
    const stale: string[] = [];
    unique.forEach((id, i) => {
      const entry = entries[i];
      const state = entry ? age(entry) : 'miss';
      freshness.set(id, state);
      if (state === 'miss') missing.push(id);
      else {
        values.set(id, entry!.value as T | null);
        if (state === 'stale') stale.push(id);
      }
    });
    let error: unknown = null;
    if (missing.length) {
      try {
        const fetched = await fetchShared(namespace, missing, fetchBatch);
        for (const id of missing)
          if (!(fetched.has(id) && fetched.get(id) === undefined)) values.set(id, fetched.get(id) ?? null);
      } catch (e) {
        // What the cache had is still served; the caller decides how to show what is missing.
        error = e;
      }
    }
    if (stale.length) {
      const job = fetchShared(namespace, stale, fetchBatch)
        .then(() => undefined)
        .catch((error: unknown) => o.log(`revalidating ${namespace} failed`, error));
      revalidations.add(job);
      void job.finally(() => revalidations.delete(job));
    }
    return { values, freshness, error };
  }

  async function fetchShared<T>(
    namespace: string,
    ids: string[],
    fetchBatch: (ids: string[]) => Promise<Map<string, T>>,
  ): Promise<Map<string, T>> {
    const pending = ids.map((id) => inFlight.get(`${namespace}|${id}`) as Promise<T | null> | undefined);
    const toFetch = ids.filter((_, i) => !pending[i]);
    let batch: Promise<Map<string, T>> | null = null;
    if (toFetch.length) {
      batch = fetchBatch(toFetch).then(async (found) => {
        const now = o.now();
        // An id present with the value undefined failed on its own (one search of a batch): not cached, not "absent".
        const rows = toFetch
          .filter((id) => !(found.has(id) && found.get(id) === undefined))
          .map((id) => ({ key: `${namespace}|${id}`, value: found.get(id) ?? null, fetchedAt: now }));
        await store.putMany(rows).catch((error: unknown) => o.log('cache write failed', error));
        return found;
      });
      for (const id of toFetch) {
        const key = `${namespace}|${id}`;
        const one = batch.then((found) => (found.has(id) ? found.get(id) : null));
        inFlight.set(key, one);
        void one.catch(() => {}).finally(() => inFlight.delete(key));
      }
    }
    if (batch) await batch;
    const results = await Promise.all(
      ids.map((id, i) => pending[i] ?? batch!.then((found) => (found.has(id) ? found.get(id) : null))),
    );
    const out = new Map<string, T>();
    ids.forEach((id, i) => {
      if (results[i] !== null) out.set(id, results[i] as T);
    });
    return out;
  }

  return {
    many,
    /** Waits for background revalidations (tests, the benchmark). */
    async idle(): Promise<void> {
      while (revalidations.size) await Promise.all([...revalidations]);
    },
    prune: () => store.deleteOlderThan(o.now() - o.maxStaleMs),
  };
}

export type Cache = ReturnType<typeof createCache>;

export function idbEntryStore(db: Promise<CardsDatabase>): EntryStore {
  return {
    async getMany(keys) {
      const tx = (await db).transaction('entries', 'readonly');
      const out = await Promise.all(keys.map((k) => tx.store.get(k)));
      await tx.done;
      return out;
    },
    async putMany(entries) {
      const put = async () => {
        const tx = (await db).transaction('entries', 'readwrite');
        await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
      };
      // Storage full: the oldest answers go first (the first a refetch would replace anyway).
      await writeWithEviction(put, [
        async (count) => {
          const tx = (await db).transaction('entries', 'readwrite');
          const removed = await deleteOldest(() => tx.store.index('fetchedAt').openCursor(), count);
          await tx.done;
          return removed;
        },
      ]);
    },
    async deleteOlderThan(time) {
      const tx = (await db).transaction('entries', 'readwrite');
      let removed = 0;
      for (
        let cursor = await tx.store.index('fetchedAt').openCursor(IDBKeyRange.upperBound(time, true));
        cursor;
        cursor = await cursor.continue()
      ) {
        await cursor.delete();
        removed++;
      }
      await tx.done;
      return removed;
    },
  };
}

/** Where IndexedDB is unavailable (some private modes), cards still work for the worker's lifetime. */
export function memoryEntryStore(): EntryStore {
  const map = new Map<string, CacheEntry>();
  return {
    getMany: async (keys) => keys.map((k) => map.get(k)),
    putMany: async (entries) => {
      for (const e of entries) map.set(e.key, structuredClone(e));
    },
    async deleteOlderThan(time) {
      let removed = 0;
      for (const [key, entry] of map) if (entry.fetchedAt < time && map.delete(key)) removed++;
      return removed;
    },
  };
}
