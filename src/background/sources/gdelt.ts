/**
 * GDELT DOC 2.0 (keyless). Etiquette from its documentation and others' issues: at most one request per 5 s per
 * client (429s come even on first calls under load, koala73/worldmonitor#5843), honour Retry-After, and read an
 * HTTP 200 with text/html as the error it is (bad queries, "phrase is too short"). The browser sends its own
 * User-Agent (alex9smith/gdelt-doc-api#22 was about a missing one); we add no custom header, so requests stay
 * "simple" and carry nothing but the query.
 */
import { type CoverageWindow, parseGdeltArtList, parseGdeltTimeline } from '../../pipeline/coverage';
import type { CoverageCandidate, TimelinePoint } from '../../shared/coverage';
import { errorSnippet, getBytes, looksLikeHtml, type FetchLike, type SourceResult } from './news-http';

export interface GdeltOptions {
  endpoint: string;
  minIntervalMs: number;
  timeoutMs: number;
  /** A request that would wait longer than this for its turn fails at once as rate-limited. */
  maxWaitMs: number;
  /** Back-off after a 429 without Retry-After; Retry-After is honoured up to maxBackoffMs. */
  defaultBackoffMs: number;
  maxBackoffMs: number;
  maxRecords: number;
  /** DOC 2.0 has no coverage before this day. */
  earliestDay: string;
}

export const DEFAULT_GDELT_OPTIONS: GdeltOptions = {
  endpoint: 'https://api.gdeltproject.org/api/v2/doc/doc',
  minIntervalMs: 5_000,
  timeoutMs: 12_000,
  maxWaitMs: 20_000,
  defaultBackoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
  maxRecords: 75,
  earliestDay: '2017-01-01',
};

export interface GdeltDeps {
  fetch: FetchLike;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export function createGdeltClient(deps: GdeltDeps, options: Partial<GdeltOptions> = {}) {
  const opts = { ...DEFAULT_GDELT_OPTIONS, ...options };
  const gate = createRequestGate(deps, opts);
  return {
    async artList(
      query: string,
      window: Pick<CoverageWindow, 'start' | 'end'>,
    ): Promise<SourceResult<CoverageCandidate[]>> {
      const range = windowParams(opts, window);
      if (!range) return { ok: false, reason: 'out-of-range' };
      const result = await gate.run(() =>
        getJson(deps, opts, {
          query,
          mode: 'ArtList',
          format: 'json',
          maxrecords: String(opts.maxRecords),
          sort: 'HybridRel',
          ...range,
        }),
      );
      return result.ok ? { ok: true, value: parseGdeltArtList(result.value) } : result;
    },

    async timelineVol(
      query: string,
      window: Pick<CoverageWindow, 'start' | 'end'>,
    ): Promise<SourceResult<TimelinePoint[]>> {
      const range = windowParams(opts, window);
      if (!range) return { ok: false, reason: 'out-of-range' };
      const result = await gate.run(() =>
        getJson(deps, opts, { query, mode: 'TimelineVol', format: 'json', ...range }),
      );
      return result.ok ? { ok: true, value: parseGdeltTimeline(result.value) } : result;
    },

    /** For tests and diagnostics: when the next request may go. */
    nextRequestAt: () => gate.nextAt(),
  };
}

/** Runs requests one at a time, spaced by minIntervalMs, pushed back by Retry-After. */
function createRequestGate(deps: GdeltDeps, opts: GdeltOptions) {
  let nextAt = 0;
  let queue: Promise<unknown> = Promise.resolve();
  function run<T>(task: () => Promise<SourceResult<T>>): Promise<SourceResult<T>> {
    const result = queue.then(async (): Promise<SourceResult<T>> => {
      const wait = nextAt - deps.now();
      if (wait > opts.maxWaitMs)
        return { ok: false, reason: 'rate-limited', detail: `waiting ${Math.ceil(wait / 1000)} s for GDELT` };
      if (wait > 0) await deps.sleep(wait);
      nextAt = deps.now() + opts.minIntervalMs;
      const answer = await task();
      if (!answer.ok && answer.reason === 'rate-limited') {
        const backoff = Math.min(answer.retryAfterMs ?? opts.defaultBackoffMs, opts.maxBackoffMs);
        nextAt = Math.max(nextAt, deps.now() + backoff);
      }
      return answer;
    });
    queue = result.catch(() => undefined);
    return result;
  }
  return { run, nextAt: () => nextAt };
}

async function getJson(
  deps: GdeltDeps,
  opts: GdeltOptions,
  params: Record<string, string>,
): Promise<SourceResult<unknown>> {
  const url = `${opts.endpoint}?${Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;
  const fetched = await getBytes(deps.fetch, url, opts.timeoutMs, deps.now);
  if (!fetched.ok) return fetched;
  const text = new TextDecoder().decode(fetched.value.bytes);
  if (looksLikeHtml(fetched.value.contentType, text) || /^\s*</.test(text)) {
    return { ok: false, reason: 'html', detail: errorSnippet(text) };
  }
  if (!text.trim()) return { ok: true, value: {} };
  const json = parseLenient(text);
  if (json === undefined) {
    // GDELT answers some bad queries with a plain-text sentence and a 200.
    return { ok: false, reason: /^[\s{[]/.test(text) ? 'malformed' : 'html', detail: errorSnippet(text) };
  }
  return { ok: true, value: json };
}

/** GDELT's start and end parameters, the start clipped to the first day it covers; null before that day. */
function windowParams(
  opts: GdeltOptions,
  window: Pick<CoverageWindow, 'start' | 'end'>,
): Record<string, string> | null {
  if (window.end < opts.earliestDay) return null;
  // biome-ignore lint/complexity/useMathMinMax: ISO days compare as text; Math.max would turn them into NaN.
  const start = window.start < opts.earliestDay ? opts.earliestDay : window.start;
  return { startdatetime: `${start.replace(/-/g, '')}000000`, enddatetime: `${window.end.replace(/-/g, '')}235959` };
}

export type GdeltClient = ReturnType<typeof createGdeltClient>;

/** GDELT titles sometimes carry backslashes that are not JSON escapes; repair those before giving up. */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // GDELT sometimes sends raw control characters inside strings, which JSON forbids: they become spaces.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      return JSON.parse(text.replace(/\\(?!["\\/bfnrtu])/g, '\\\\').replace(/[\u0000-\u001f]/g, ' '));
    } catch {
      return undefined;
    }
  }
}
