import { describe, expect, it } from 'vitest';
import {
  apiUrl,
  batches,
  createWikimediaClient,
  parseRetryAfter,
  WikimediaError,
  type FetchLike,
} from '../../../src/background/sources/wikimedia-http';

/** A scripted fetch: each call takes the next reply; records URL, headers and concurrency. */
function script(replies: (() => Response | Promise<Response>)[]) {
  const calls: { url: string; headers: Record<string, string>; referrerPolicy?: string; credentials?: string }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: FetchLike = async (url, init) => {
    calls.push({
      url,
      headers: init?.headers as Record<string, string>,
      referrerPolicy: init?.referrerPolicy,
      credentials: init?.credentials,
    });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const next = replies.shift();
      if (!next) throw new Error('no more replies');
      return await next();
    } finally {
      inFlight--;
    }
  };
  return { fetch, calls, max: () => maxInFlight };
}

const ok = (body: unknown) => () =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const status =
  (code: number, headers: Record<string, string> = {}, body = '<html>busy</html>') =>
  () =>
    new Response(body, { status: code, headers: { 'content-type': 'text/html', ...headers } });

function fakeClock() {
  let t = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    slept,
  };
}

describe('createWikimediaClient', () => {
  it('sends the Api-User-Agent header, no cookies and no referrer', async () => {
    const s = script([ok({ query: {} })]);
    const client = createWikimediaClient({ fetch: s.fetch, userAgent: 'Backstory/test' });
    await client.getJson('https://en.wikipedia.org/w/api.php?action=query');
    expect(s.calls[0]).toMatchObject({
      headers: { 'Api-User-Agent': 'Backstory/test' },
      referrerPolicy: 'no-referrer',
      credentials: 'omit',
    });
  });

  it('honours Retry-After on 429, for the next attempt', async () => {
    const clock = fakeClock();
    const s = script([status(429, { 'retry-after': '2' }), ok({ ok: 1 })]);
    const client = createWikimediaClient({ fetch: s.fetch, ...clock });
    expect(await client.getJson('u')).toEqual({ ok: 1 });
    expect(clock.slept).toContain(2000);
    expect(client.stats).toMatchObject({ requests: 2, retries: 1, rateLimited: 1 });
  });

  it('fails at once when Retry-After is longer than it may wait, and keeps later requests away until then', async () => {
    const clock = fakeClock();
    const s = script([status(429, { 'retry-after': '120' })]);
    const client = createWikimediaClient({ fetch: s.fetch, ...clock, maxWaitMs: 5000 });
    await expect(client.getJson('u')).rejects.toMatchObject({ kind: 'rate-limited' });
    await expect(client.getJson('u2')).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(s.calls).toHaveLength(1); // the second request never went out
  });

  it('retries 5xx with growing backoff, then gives up', async () => {
    const clock = fakeClock();
    const s = script([status(503), status(502), status(500)]);
    const client = createWikimediaClient({ fetch: s.fetch, ...clock, retries: 2, backoffMs: 100 });
    await expect(client.getJson('u')).rejects.toMatchObject({ kind: 'http' });
    expect(s.calls).toHaveLength(3);
    expect(clock.slept[1]!).toBeGreaterThan(clock.slept[0]!);
  });

  it.each([
    [
      'malformed JSON',
      () => new Response('{"query": {', { status: 200, headers: { 'content-type': 'application/json' } }),
      'malformed',
    ],
    ['an HTML page with 200', status(200), 'malformed'],
    ['the API error object', ok({ error: { code: 'toomanyvalues', info: 'The limit is 50.' } }), 'api'],
    ['404', status(404), 'http'],
  ] as const)('%s is an error of kind %s', async (_, reply, kind) => {
    const clock = fakeClock();
    const client = createWikimediaClient({ fetch: script([reply, reply, reply]).fetch, ...clock });
    const error = await client.getJson('u').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WikimediaError);
    expect((error as WikimediaError).kind).toBe(kind);
  });

  it('times out a request that never answers', async () => {
    const fetch: FetchLike = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const client = createWikimediaClient({ fetch, timeoutMs: 20, retries: 0 });
    await expect(client.getJson('u')).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('keeps at most maxInFlight requests in flight', async () => {
    const slow = () => new Promise<Response>((resolve) => setTimeout(() => resolve(ok({})()), 5));
    const s = script(Array.from({ length: 8 }, () => slow));
    const client = createWikimediaClient({ fetch: s.fetch, maxInFlight: 2, minIntervalMs: 0 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.getJson(`u${i}`)));
    expect(s.max()).toBe(2);
    expect(s.calls).toHaveLength(8);
  });

  it('spaces requests by minIntervalMs however many pages ask at once (the global budget)', async () => {
    // The real clock: the spacing is between concurrent callers, which a shared fake clock cannot tell apart.
    const gaps = async (minIntervalMs: number) => {
      const s = script(Array.from({ length: 5 }, () => ok({})));
      const times: number[] = [];
      const timed: FetchLike = (url, init) => {
        times.push(performance.now());
        return s.fetch(url, init);
      };
      const client = createWikimediaClient({ fetch: timed, maxInFlight: 5, minIntervalMs });
      await Promise.all(Array.from({ length: 5 }, (_, i) => client.getJson(`u${i}`)));
      return times.slice(1).map((t, i) => t - times[i]!);
    };
    // Each request has its slot on the schedule, so a timer that fires late on a loaded machine shortens the next
    // gap but never the span: five requests take at least four intervals.
    const spaced = await gaps(40);
    expect(spaced.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(4 * 40 - 2);
    const free = await gaps(0);
    expect(free.reduce((a, b) => a + b, 0)).toBeLessThan(4 * 40);
  });

  it('drops queued requests whose work was cancelled: never sent, rejected as cancelled', async () => {
    let release: () => void = () => {};
    const held = () =>
      new Promise<Response>((resolve) => {
        release = () => resolve(ok({})());
      });
    const s = script([held, ok({}), ok({})]);
    const client = createWikimediaClient({ fetch: s.fetch, maxInFlight: 1, minIntervalMs: 0 });
    const tab = new AbortController();
    const first = client.getJson('first');
    const queued = client.getJson('queued', tab.signal);
    const other = client.getJson('other');
    await new Promise((r) => setTimeout(r, 5));
    tab.abort();
    release();
    await first;
    await expect(queued).rejects.toMatchObject({ kind: 'cancelled' });
    await other;
    expect(s.calls.map((c) => c.url)).toEqual(['first', 'other']);
    // Already cancelled: not even queued.
    await expect(client.getJson('late', tab.signal)).rejects.toMatchObject({ kind: 'cancelled' });
    expect(s.calls).toHaveLength(2);
  });

  it('cancels a request under way when its work is dropped, without a retry', async () => {
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    let calls = 0;
    const counted: FetchLike = (url, init) => {
      calls++;
      return fetch(url, init);
    };
    const client = createWikimediaClient({ fetch: counted, retries: 2, minIntervalMs: 0 });
    const tab = new AbortController();
    const asked = client.getJson('u', tab.signal);
    await new Promise((r) => setTimeout(r, 5));
    tab.abort();
    await expect(asked).rejects.toMatchObject({ kind: 'cancelled' });
    expect(calls).toBe(1);
  });
});

describe('helpers', () => {
  it.each([
    ['3', 3000],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 0],
    [null, null],
    ['soon', null],
  ] as const)('parseRetryAfter(%s)', (value, ms) => {
    expect(parseRetryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:10 GMT'))).toBe(ms);
  });
  it('batches', () => expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]));
  it('apiUrl fills the language and asks for JSON v2', () => {
    const url = new URL(apiUrl('https://{lang}.wikipedia.org/w/api.php', 'de', { action: 'query', titles: 'A|B' }));
    expect(url.host).toBe('de.wikipedia.org');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      format: 'json',
      formatversion: '2',
      action: 'query',
      titles: 'A|B',
    });
  });
});

describe('circuit breaker', () => {
  it('after repeated failures it fails fast for a while, then tries again', async () => {
    const clock = fakeClock();
    const s = script([status(503), status(503), status(503), ok({ back: true })]);
    const client = createWikimediaClient({
      fetch: s.fetch,
      ...clock,
      retries: 0,
      breakerThreshold: 3,
      breakerCooldownMs: 10_000,
    });
    for (let i = 0; i < 3; i++) await expect(client.getJson('u')).rejects.toMatchObject({ kind: 'http' });
    await expect(client.getJson('u')).rejects.toMatchObject({ kind: 'unavailable' });
    expect(s.calls).toHaveLength(3);
    await clock.sleep(10_001);
    expect(await client.getJson('u')).toEqual({ back: true });
  });

  it('calls already queued when the breaker opens fail fast too, instead of each timing out', async () => {
    const clock = fakeClock();
    const hang = () => new Promise<Response>((_, reject) => setTimeout(() => reject(new Error('network down')), 5));
    const s = script(Array.from({ length: 20 }, () => hang));
    const client = createWikimediaClient({
      fetch: s.fetch,
      ...clock,
      retries: 0,
      maxInFlight: 1,
      breakerThreshold: 3,
      breakerCooldownMs: 60_000,
    });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => client.getJson('u')));
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as WikimediaError).kind : 'ok'))).toEqual([
      'network',
      'network',
      'network',
      ...Array(7).fill('unavailable'),
    ]);
    expect(s.calls).toHaveLength(3);
  });
});
