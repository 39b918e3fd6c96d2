/**
 * A full disk or an exhausted origin quota makes IndexedDB writes fail with QuotaExceededError. Caches are
 * disposable and history is not: a write that hits the quota evicts the oldest cache entries and tries once more;
 * history records are never evicted for space (only retention removes them).
 */

/** True for QuotaExceededError, whether thrown by a request or reported as the error of an aborted transaction. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; error?: { name?: unknown }; target?: { error?: { name?: unknown } } } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' ||
      e.error?.name === 'QuotaExceededError' ||
      e.target?.error?.name === 'QuotaExceededError')
  );
}

/** Deletes up to `count` of the oldest cache entries; resolves to how many it deleted. */
export type EvictOldest = (count: number) => Promise<number>;

export const EVICT_BATCH = 200;

/**
 * Runs `write`; on a quota error evicts the oldest entries (each evictor in turn, until one frees something) and
 * runs it once more. Other errors, and a quota error with nothing left to evict, are rethrown.
 */
export async function writeWithEviction<T>(
  write: () => Promise<T>,
  evictors: EvictOldest[],
  batch = EVICT_BATCH,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    let freed = 0;
    for (const evict of evictors) {
      freed += await evict(batch).catch(() => 0);
      if (freed) break;
    }
    if (!freed) throw error;
    return write();
  }
}

/** Deletes the `count` entries with the lowest values of an index (the oldest, for a time index). */
export async function deleteOldest(
  openCursor: () => Promise<{ delete(): Promise<void>; continue(): Promise<unknown> } | null>,
  count: number,
): Promise<number> {
  let removed = 0;
  for (
    let cursor = await openCursor();
    cursor && removed < count;
    cursor = (await cursor.continue()) as typeof cursor
  ) {
    await cursor.delete();
    removed++;
  }
  return removed;
}
