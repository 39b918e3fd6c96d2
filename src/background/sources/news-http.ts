/**
 * The HTTP step shared by the news sources: a GET with a timeout, no cookies and no referrer (requests carry only
 * the query), and every failure turned into a reason the popup can name. Fetch is a parameter so tests pass fakes.
 */
import type { FailureReason } from '../../shared/coverage';
import { parseRetryAfter } from './retry-after';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type SourceResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: FailureReason; detail?: string; retryAfterMs?: number };

export interface Fetched {
  status: number;
  contentType: string;
  bytes: Uint8Array;
  retryAfterMs: number | null;
}

export async function getBytes(
  fetchFn: FetchLike,
  url: string,
  timeoutMs: number,
  now: () => number = Date.now,
  /** The tab that asked moved on: cancel the request. */
  signal?: AbortSignal,
): Promise<SourceResult<Fetched>> {
  if (signal?.aborted) return { ok: false, reason: 'network', detail: 'dropped: the page that asked is gone' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await fetchFn(url, {
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: controller.signal,
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status === 429 || (response.status === 503 && retryAfterMs !== null)) {
      return {
        ok: false,
        reason: 'rate-limited',
        retryAfterMs: retryAfterMs ?? undefined,
        detail: `HTTP ${response.status}`,
      };
    }
    if (!response.ok) return { ok: false, reason: 'http', detail: `HTTP ${response.status}` };
    return { ok: true, value: { status: response.status, contentType, bytes, retryAfterMs } };
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'network', detail: 'dropped: the page that asked is gone' };
    if (controller.signal.aborted) return { ok: false, reason: 'timeout', detail: `no answer in ${timeoutMs} ms` };
    return { ok: false, reason: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

export { parseRetryAfter } from './retry-after';

/** Whether an answer is an HTML page (an error or consent page) rather than the data asked for. */
export function looksLikeHtml(contentType: string, text: string): boolean {
  if (/text\/html/i.test(contentType)) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 500));
}

/** First words of an error page, as plain text, for logs and the "unavailable" note. */
export function errorSnippet(text: string, max = 160): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
