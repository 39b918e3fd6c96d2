/**
 * The polite HTTP client for Wikimedia APIs: an Api-User-Agent header, a small queue (at most `maxInFlight`
 * requests at once per service), timeouts, retries with exponential backoff, and 429/503 Retry-After honoured for
 * every request to that service, not just the one that got it (clients that ignore it get banned). Requests carry
 * only the query: no cookies, no referrer. Fetch, sleep and the clock are parameters so tests drive them.
 */
import { USER_AGENT } from '../../shared/project';
import { parseRetryAfter } from './retry-after';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type WikimediaErrorKind = 'rate-limited' | 'http' | 'timeout' | 'network' | 'malformed' | 'api' | 'unavailable';

export class WikimediaError extends Error {
  constructor(
    readonly kind: WikimediaErrorKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'WikimediaError';
  }
}

export interface ClientOptions {
  fetch: FetchLike;
  userAgent: string;
  maxInFlight: number;
  timeoutMs: number;
  /** Extra attempts after the first, for 429, 5xx, timeouts, network errors and malformed replies. */
  retries: number;
  backoffMs: number;
  /** A Retry-After longer than this fails the request at once (the card degrades) instead of holding the popup. */
  maxWaitMs: number;
  /** After this many requests in a row failed (retries spent), fail fast for `breakerCooldownMs`: a service that is down costs one wait, not one per card. */
  breakerThreshold: number;
  breakerCooldownMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** Name, version and contact from src/shared/project.ts (the version is the manifest's). */
export { USER_AGENT };

export const DEFAULT_CLIENT_OPTIONS: Omit<ClientOptions, 'fetch'> = {
  userAgent: USER_AGENT,
  maxInFlight: 2,
  timeoutMs: 8_000,
  retries: 2,
  backoffMs: 400,
  maxWaitMs: 5_000,
  breakerThreshold: 3,
  breakerCooldownMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

export interface WikimediaClient {
  getJson(url: string): Promise<unknown>;
  /** Requests sent (attempts, retries included): for tests and the benchmark. */
  readonly stats: { requests: number; retries: number; rateLimited: number };
}

/** A client's options and moving state: the request slots, the Retry-After block and the circuit breaker. */
interface ClientState {
  o: ClientOptions;
  inFlight: number;
  waiting: (() => void)[];
  blockedUntil: number;
  failuresInARow: number;
  openUntil: number;
  stats: WikimediaClient['stats'];
}

export function createWikimediaClient(options: Partial<ClientOptions> & { fetch: FetchLike }): WikimediaClient {
  const c: ClientState = {
    o: { ...DEFAULT_CLIENT_OPTIONS, ...options },
    inFlight: 0,
    waiting: [],
    blockedUntil: 0,
    failuresInARow: 0,
    openUntil: 0,
    stats: { requests: 0, retries: 0, rateLimited: 0 },
  };
  return { stats: c.stats, getJson: (url) => getJson(c, url) };
}

async function acquire(c: ClientState): Promise<void> {
  if (c.inFlight < c.o.maxInFlight) {
    c.inFlight++;
    return;
  }
  await new Promise<void>((resolve) => c.waiting.push(resolve));
}

function release(c: ClientState): void {
  const next = c.waiting.shift();
  if (next) next();
  else c.inFlight--;
}

const breakerOpen = () =>
  new WikimediaError('unavailable', 'the service failed repeatedly; not asking again for a while');

async function getJson(c: ClientState, url: string): Promise<unknown> {
  const { o } = c;
  if (c.openUntil > o.now()) throw breakerOpen();
  await acquire(c);
  try {
    for (let i = 0; ; i++) {
      // Again here: calls queued behind the ones that tripped the breaker (or a retry of one) must not each
      // wait out their own timeouts (found by the e2e "timeout" fault mode: 45 Wikidata requests, 2 minutes).
      if (c.openUntil > o.now()) throw breakerOpen();
      try {
        const data = await attempt(c, url);
        c.failuresInARow = 0;
        return data;
      } catch (error) {
        const e = error as WikimediaError;
        const retryable = isRetryable(e);
        const tooLong = e instanceof WikimediaError && e.kind === 'rate-limited' && (e.retryAfterMs ?? 0) > o.maxWaitMs;
        if (!retryable || tooLong || i >= o.retries) {
          if (retryable && ++c.failuresInARow >= o.breakerThreshold) c.openUntil = o.now() + o.breakerCooldownMs;
          throw error;
        }
        c.stats.retries++;
        if (e.kind !== 'rate-limited') await o.sleep(o.backoffMs * 2 ** i * (0.75 + Math.random() * 0.5));
      }
    }
  } finally {
    release(c);
  }
}

function isRetryable(e: unknown): boolean {
  return (
    e instanceof WikimediaError &&
    (e.kind === 'rate-limited' ||
      e.kind === 'timeout' ||
      e.kind === 'network' ||
      e.kind === 'malformed' ||
      (e.kind === 'http' && /HTTP 5/.test(e.message)))
  );
}

/** One request: waits out a Retry-After block, then fetches and reads the answer. */
async function attempt(c: ClientState, url: string): Promise<unknown> {
  const { o } = c;
  const wait = c.blockedUntil - o.now();
  if (wait > o.maxWaitMs)
    throw new WikimediaError('rate-limited', `rate limited for another ${Math.ceil(wait / 1000)} s`, wait);
  if (wait > 0) await o.sleep(wait);
  c.stats.requests++;
  const { response, text } = await fetchText(o, url);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), o.now());
  if (response.status === 429 || (response.status === 503 && retryAfter !== null)) {
    c.stats.rateLimited++;
    const ms = retryAfter ?? o.backoffMs * 4;
    c.blockedUntil = Math.max(c.blockedUntil, o.now() + ms);
    throw new WikimediaError('rate-limited', `HTTP ${response.status}`, ms);
  }
  if (!response.ok) throw new WikimediaError('http', `HTTP ${response.status}`);
  return readJson(response, text);
}

/** The response and its text; a timeout or network failure as a WikimediaError. */
async function fetchText(o: ClientOptions, url: string): Promise<{ response: Response; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    const response = await o.fetch(url, {
      method: 'GET',
      headers: { 'Api-User-Agent': o.userAgent, Accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    return { response, text: await response.text() };
  } catch (error) {
    if (controller.signal.aborted) throw new WikimediaError('timeout', `no answer in ${o.timeoutMs} ms`);
    throw new WikimediaError('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** The JSON object of a successful answer; an HTML page, unreadable JSON or an API error as a WikimediaError. */
function readJson(response: Response, text: string): unknown {
  if (/text\/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text)) {
    throw new WikimediaError('malformed', 'an HTML page instead of JSON');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new WikimediaError('malformed', 'unreadable JSON');
  }
  if (!data || typeof data !== 'object') throw new WikimediaError('malformed', 'JSON is not an object');
  const apiError = (data as { error?: { code?: unknown; info?: unknown } }).error;
  if (apiError && typeof apiError === 'object') {
    throw new WikimediaError('api', `${String(apiError.code ?? 'error')}: ${String(apiError.info ?? '')}`);
  }
  return data;
}

export { parseRetryAfter } from './retry-after';

/** Splits a list into batches the APIs accept (50 titles or ids; 20 intro extracts). */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function apiUrl(endpoint: string, lang: string, params: Record<string, string | number | boolean>): string {
  const base = endpoint.replace('{lang}', encodeURIComponent(lang));
  const query = new URLSearchParams({
    format: 'json',
    formatversion: '2',
    origin: '*',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}
