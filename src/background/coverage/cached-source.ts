/**
 * Asking a news source through the coverage cache: a fresh cached answer, else the source, else a stale cached
 * answer; concurrent asks for one key share one request. Each failure stays that source's own, as a status.
 */
import type { SourceStatus } from '../../shared/coverage';
import type { CoverageCache } from '../history/coverage-cache';
import type { FetchLike, SourceResult } from '../sources/news-http';

export type Outcome<T> = { status: SourceStatus; value: T | null };

export interface CachedSourceDeps {
  fetch: FetchLike;
  now(): number;
  cache: CoverageCache;
  /** Whether the extension may contact this URL's host (see CoverageDeps). Optional. */
  permitted?(url: string): Promise<boolean>;
  log(message: string, error?: unknown): void;
}

export interface Ask<T> {
  key: string;
  /** Cached answers younger than this are used without asking. */
  fresh: number;
  /** False for private windows: their answers stay in memory. */
  persist: boolean;
  ask: () => Promise<SourceResult<T>>;
  /** The endpoint asked, to tell a refused host permission from a network error. */
  endpoint?: string;
}

export function createCachedSource(deps: CachedSourceDeps) {
  const inflight = new Map<string, Promise<Outcome<unknown>>>();
  return function cached<T>(request: Ask<T>): Promise<Outcome<T>> {
    const running = inflight.get(request.key);
    if (running) return running as Promise<Outcome<T>>;
    const job = askThroughCache(deps, request).finally(() => inflight.delete(request.key));
    inflight.set(request.key, job);
    return job;
  };
}

async function askThroughCache<T>(
  deps: CachedSourceDeps,
  { key, fresh, persist, ask, endpoint }: Ask<T>,
): Promise<Outcome<T>> {
  const hit = await deps.cache.get<T>(key).catch(() => null);
  if (hit && deps.now() - hit.storedAt < fresh) return { status: stateOf(hit.value, hit.storedAt), value: hit.value };
  const result = await askSource(deps, ask, endpoint);
  if (result.ok) {
    await deps.cache
      .put(key, result.value, persist)
      .catch((error: unknown) => deps.log('coverage cache write failed', error));
    return { status: stateOf(result.value, deps.now()), value: result.value };
  }
  // A date the source does not cover is not a failure: there was nothing to ask.
  if (result.reason === 'out-of-range')
    return { status: { state: 'skipped', reason: 'out-of-range', count: 0 }, value: null };
  deps.log(
    `coverage source failed: ${key.split('|')[0]} ${result.reason}${result.detail ? ` (${result.detail})` : ''}`,
  );
  if (hit)
    return {
      status: { state: 'cached', reason: result.reason, count: 0, fetchedAt: hit.storedAt },
      value: hit.value,
    };
  return { status: { state: 'unavailable', reason: result.reason, count: 0 }, value: null };
}

/** The source's answer; a network error on a host the extension may not contact is reported as 'permission'. */
async function askSource<T>(
  deps: CachedSourceDeps,
  ask: () => Promise<SourceResult<T>>,
  endpoint: string | undefined,
): Promise<SourceResult<T>> {
  const result = await ask().catch(
    (error: unknown): SourceResult<T> => ({ ok: false, reason: 'network', detail: String(error) }),
  );
  if (
    !result.ok &&
    result.reason === 'network' &&
    endpoint &&
    deps.permitted &&
    !(await deps.permitted(endpoint).catch(() => true))
  ) {
    return { ok: false, reason: 'permission', detail: new URL(endpoint).host };
  }
  return result;
}

function stateOf(value: unknown, fetchedAt: number): SourceStatus {
  const empty = Array.isArray(value) && value.length === 0;
  return { state: empty ? 'empty' : 'ok', count: Array.isArray(value) ? value.length : 0, fetchedAt };
}
