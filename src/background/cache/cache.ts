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

/** The cache's store, options and the work it has under way, shared by the steps below. */
interface CacheState {
  store: EntryStore;
  o: CardCacheOptions;
  /** One promise per key being fetched, so concurrent asks share a request. */
  inFlight: Map<string, Promise<unknown>>;
  revalidations: Set<Promise<void>>;
}

type FetchBatch<T> = (ids: string[]) => Promise<Map<string, T>>;

export function createCache(store: EntryStore, options: Partial<CardCacheOptions> = {}) {
  const o: CardCacheOptions = { ...DEFAULT_CARD_CACHE_OPTIONS, ...options };
  const c: CacheState = { store, o, inFlight: new Map(), revalidations: new Set() };
  return {
    /**
     * Values for `ids` under `namespace`. `fetchBatch` gets the ids to fetch and returns what it found; ids it does
     * not return are stored as null (known absent), ids it returns as undefined failed and are neither stored nor
     * served. A failing fetch rejects only when there is nothing (not even stale) to serve.
     */
    many: <T>(namespace: string, ids: string[], fetchBatch: FetchBatch<T>) => many(c, namespace, ids, fetchBatch),
    /** Waits for background revalidations (tests, the benchmark). */
    async idle(): Promise<void> {
      while (c.revalidations.size) await Promise.all([...c.revalidations]);
    },
    prune: () => store.deleteOlderThan(o.now() - o.maxStaleMs),
  };
}

function age(o: CardCacheOptions, entry: CacheEntry): Freshness {
  const ttl = entry.value === null ? o.nullTtlMs : o.ttlMs;
  const elapsed = o.now() - entry.fetchedAt;
  if (elapsed < 0) return 'stale'; // a clock that went backwards: trust, but verify
  if (elapsed <= ttl) return 'fresh';
  return elapsed <= o.maxStaleMs ? 'stale' : 'miss';
}

async function many<T>(
  c: CacheState,
  namespace: string,
  ids: string[],
  fetchBatch: FetchBatch<T>,
): Promise<ManyResult<T>> {
  const { values, freshness, missing, stale } = await readCached<T>(c, namespace, [...new Set(ids)]);
  let error: unknown = null;
  if (missing.length) {
    try {
      const fetched = await fetchShared(c, namespace, missing, fetchBatch);
      for (const id of missing)
        if (!(fetched.has(id) && fetched.get(id) === undefined)) values.set(id, fetched.get(id) ?? null);
    } catch (e) {
      // What the cache had is still served; the caller decides how to show what is missing.
      error = e;
    }
  }
  if (stale.length) revalidate(c, namespace, stale, fetchBatch);
  return { values, freshness, error };
}

/** What the store has for `unique`: the values it can serve, and which ids are missing or stale. */
async function readCached<T>(c: CacheState, namespace: string, unique: string[]) {
  const keys = unique.map((id) => `${namespace}|${id}`);
  let entries: (CacheEntry | undefined)[] = [];
  try {
    entries = await c.store.getMany(keys);
  } catch (error) {
    c.o.log('cache read failed', error);
    entries = [];
  }
  const values = new Map<string, T | null>();
  const freshness = new Map<string, Freshness>();
  const missing: string[] = [];
  const stale: string[] = [];
  unique.forEach((id, i) => {
    const entry = entries[i];
    const state = entry ? age(c.o, entry) : 'miss';
    freshness.set(id, state);
    if (state === 'miss') missing.push(id);
    else {
      values.set(id, entry!.value as T | null);
      if (state === 'stale') stale.push(id);
    }
  });
  return { values, freshness, missing, stale };
}

/** Fetches stale ids again in the background; idle() waits for it. */
function revalidate<T>(c: CacheState, namespace: string, stale: string[], fetchBatch: FetchBatch<T>): void {
  const job = fetchShared(c, namespace, stale, fetchBatch)
    .then(() => undefined)
    .catch((error: unknown) => c.o.log(`revalidating ${namespace} failed`, error));
  c.revalidations.add(job);
  void job.finally(() => c.revalidations.delete(job));
}

/** Fetches what no one is fetching yet (and stores it), and waits for the rest to arrive with the others. */
async function fetchShared<T>(
  c: CacheState,
  namespace: string,
  ids: string[],
  fetchBatch: FetchBatch<T>,
): Promise<Map<string, T>> {
  const pending = ids.map((id) => c.inFlight.get(`${namespace}|${id}`) as Promise<T | null> | undefined);
  const toFetch = ids.filter((_, i) => !pending[i]);
  const batch = toFetch.length ? fetchAndStore(c, namespace, toFetch, fetchBatch) : null;
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

/** One batch fetch, its answers stored, each id registered as in flight until it is done. */
function fetchAndStore<T>(
  c: CacheState,
  namespace: string,
  toFetch: string[],
  fetchBatch: FetchBatch<T>,
): Promise<Map<string, T>> {
  const batch = fetchBatch(toFetch).then(async (found) => {
    const now = c.o.now();
    // An id present with the value undefined failed on its own (one search of a batch): not cached, not "absent".
    const rows = toFetch
      .filter((id) => !(found.has(id) && found.get(id) === undefined))
      .map((id) => ({ key: `${namespace}|${id}`, value: found.get(id) ?? null, fetchedAt: now }));
    await c.store.putMany(rows).catch((error: unknown) => c.o.log('cache write failed', error));
    return found;
  });
  for (const id of toFetch) {
    const key = `${namespace}|${id}`;
    const one = batch.then((found) => (found.has(id) ? found.get(id) : null));
    c.inFlight.set(key, one);
    void one.catch(() => {}).finally(() => c.inFlight.delete(key));
  }
  return batch;
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
