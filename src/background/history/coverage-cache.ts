/**
 * Cached source answers, so a source that fails (or a popup reopened) still shows what it said before.
 * An in-memory tier for this worker's life (and for private windows, whose answers are never written to disk),
 * and IndexedDB for the rest, cleared with the history.
 */
import type { HistoryDb } from './db';
import { deleteOldest, writeWithEviction } from '../cache/quota';

export interface CacheHit<T> {
  value: T;
  storedAt: number;
}

export interface CoverageCache {
  get<T>(key: string): Promise<CacheHit<T> | null>;
  /** `persist: false` keeps the answer in memory only (private windows). */
  put<T>(key: string, value: T, persist: boolean): Promise<void>;
  clear(): Promise<void>;
}

export interface CoverageCacheOptions {
  /** Entries older than this are never served and are dropped when found. */
  maxAgeMs: number;
  maxMemoryEntries: number;
}

export const DEFAULT_COVERAGE_CACHE_OPTIONS: CoverageCacheOptions = { maxAgeMs: 7 * 86_400_000, maxMemoryEntries: 100 };

export function createCoverageCache(
  open: (() => Promise<HistoryDb>) | null,
  now: () => number = Date.now,
  options: Partial<CoverageCacheOptions> = {},
): CoverageCache {
  const opts = { ...DEFAULT_COVERAGE_CACHE_OPTIONS, ...options };
  const memory = new Map<string, CacheHit<unknown>>();
  let writes = 0;

  async function dropOld(db: HistoryDb): Promise<void> {
    const tx = db.transaction('coverage', 'readwrite');
    const old = IDBKeyRange.upperBound(now() - opts.maxAgeMs, true);
    for (let c = await tx.store.index('storedAt').openCursor(old); c; c = await c.continue()) await c.delete();
    await tx.done;
  }

  return {
    async get<T>(key: string) {
      const hit =
        memory.get(key) ?? (open ? await (await open()).get('coverage', key).catch(() => undefined) : undefined);
      if (!hit || now() - hit.storedAt > opts.maxAgeMs) return null;
      return { value: hit.value as T, storedAt: hit.storedAt };
    },
    async put<T>(key: string, value: T, persist: boolean) {
      const entry = { value, storedAt: now() };
      memory.delete(key);
      memory.set(key, entry);
      while (memory.size > opts.maxMemoryEntries) memory.delete(memory.keys().next().value!);
      if (!persist || !open) return;
      const db = await open();
      await writeWithEviction(() => db.put('coverage', { key, ...entry }), [(count) => evictOldestCoverage(db, count)]);
      if (++writes % 20 === 1) await dropOld(db);
    },
    async clear() {
      memory.clear();
      if (open) await (await open()).clear('coverage');
    },
  };
}

/** Storage full: the oldest cached coverage answers go, never the reading history. */
export async function evictOldestCoverage(db: HistoryDb, count: number): Promise<number> {
  const tx = db.transaction('coverage', 'readwrite');
  const removed = await deleteOldest(() => tx.store.index('storedAt').openCursor(), count);
  await tx.done;
  return removed;
}
