import { describe, expect, it } from 'vitest';
import { createGdeltClient } from '../../../src/background/sources/gdelt';
import { parseRetryAfter } from '../../../src/background/sources/news-http';
import { NEWS_FIXTURES } from '../../fixtures/api/news';
import { fakeClock, fakeFetch, reply } from './fake-fetch';

const WINDOW = { start: '2022-09-04', end: '2022-09-14' };
const json = (body: string) => reply(body, 200, { 'content-type': 'application/json; charset=utf-8' });

function client(script: Parameters<typeof fakeFetch>[0], options = {}) {
  const clock = fakeClock();
  const { fetch, calls } = fakeFetch(script);
  return {
    gdelt: createGdeltClient(
      { fetch, now: clock.now, sleep: clock.sleep },
      { endpoint: 'https://api.gdelt.test/api/v2/doc/doc', ...options },
    ),
    calls,
    clock,
  };
}

describe('GDELT client', () => {
  it('asks ArtList with the query, JSON, relevance sort and the date window; nothing else leaves', async () => {
    const { gdelt, calls } = client(() => json(NEWS_FIXTURES.gdeltArtList()));
    const result = await gdelt.artList('"Vladimir Putin" "Xi Jinping" (Samarkand OR SCO)', WINDOW);
    expect(result.ok && result.value.length).toBe(14);
    const url = calls[0]!.url;
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: '"Vladimir Putin" "Xi Jinping" (Samarkand OR SCO)',
      mode: 'ArtList',
      format: 'json',
      maxrecords: '75',
      sort: 'HybridRel',
      startdatetime: '20220904000000',
      enddatetime: '20220914235959',
    });
    // Spaces as %20, not "+": GDELT's examples and parsers expect it.
    expect(url.search).toContain('%22Vladimir%20Putin%22');
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(calls[0]!.init?.headers).toBeUndefined();
  });

  it('spaces requests at least 5 s apart, in order', async () => {
    const times: number[] = [];
    let clockNow = () => 0;
    const { gdelt, calls, clock } = client(() => {
      times.push(clockNow());
      return json('{}');
    });
    clockNow = clock.now;
    await Promise.all([
      gdelt.artList('Putin', WINDOW),
      gdelt.timelineVol('Putin', WINDOW),
      gdelt.artList('Xi Jinping', WINDOW),
    ]);
    expect(calls.map((c) => c.url.searchParams.get('mode'))).toEqual(['ArtList', 'TimelineVol', 'ArtList']);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(5_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(5_000);
  });

  it('drops a queued request whose tab moved on: never sent, and the next one does not wait its turn', async () => {
    const times: number[] = [];
    let clockNow = () => 0;
    const { gdelt, calls, clock } = client(() => {
      times.push(clockNow());
      return json('{}');
    });
    clockNow = clock.now;
    const gone = new AbortController();
    const first = gdelt.artList('Putin', WINDOW);
    const stale = gdelt.artList('Stale name', WINDOW, gone.signal);
    gone.abort();
    const live = gdelt.artList('Xi Jinping', WINDOW);
    await Promise.all([first, live]);
    expect(await stale).toMatchObject({ ok: false, detail: expect.stringContaining('dropped') });
    expect(calls.map((c) => c.url.searchParams.get('query'))).toEqual(['Putin', 'Xi Jinping']);
    expect(times[1]! - times[0]!).toBe(5_000);
  });

  it('honours Retry-After after a 429, and fails fast instead of queueing for minutes', async () => {
    let first = true;
    const { gdelt, calls, clock } = client(() => {
      if (first) {
        first = false;
        return reply('Too Many Requests', 429, { 'retry-after': '120' });
      }
      return json('{}');
    });
    expect(await gdelt.artList('Putin', WINDOW)).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      retryAfterMs: 120_000,
    });
    expect(gdelt.nextRequestAt()).toBeGreaterThanOrEqual(clock.now() + 119_000);
    expect(await gdelt.artList('Putin', WINDOW)).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(calls).toHaveLength(1);
    clock.advance(121_000);
    expect(await gdelt.artList('Putin', WINDOW)).toMatchObject({ ok: true, value: [] });
    expect(calls).toHaveLength(2);
  });

  it.each([
    [
      'HTML with a 200 (a bad query)',
      () => reply(NEWS_FIXTURES.gdeltError(), 200, { 'content-type': 'text/html; charset=utf-8' }),
      'html',
      /keyword that was too short/,
    ],
    [
      'a plain-text sentence with a 200',
      () =>
        reply('Invalid query: parentheses may only be used around OR statements.', 200, {
          'content-type': 'text/plain',
        }),
      'html',
      /parentheses/,
    ],
    ['HTML without a content type', () => reply('<html><body>Error</body></html>'), 'html', /Error/],
    ['truncated JSON', () => json('{"articles": [{"url": "https://x'), 'malformed', /articles/],
    ['a server error', () => reply('oops', 502), 'http', /502/],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network', /Failed to fetch/],
  ])('reports %s as a failure', async (_why, answer, reason, detail) => {
    const { gdelt } = client(answer as never);
    const result = await gdelt.artList('Putin', WINDOW);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.detail).toMatch(detail);
  });

  it('times out a request that never answers', async () => {
    const { gdelt } = client(() => 'hang', { timeoutMs: 30 });
    expect(await gdelt.artList('Putin', WINDOW)).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('repairs stray backslashes in titles instead of failing', async () => {
    const { gdelt } = client(() =>
      json(
        '{"articles":[{"url":"https://a.com/x","title":"Putin \\ Xi","seendate":"20220907T080000Z","domain":"a.com","language":"English","sourcecountry":"Russia"}]}',
      ),
    );
    const result = await gdelt.artList('Putin', WINDOW);
    expect(result.ok && result.value[0]!.title).toBe('Putin \\ Xi');
  });

  it('gives an empty list for an empty answer', async () => {
    for (const body of ['{}', '']) {
      const { gdelt } = client(() => json(body));
      expect(await gdelt.artList('Putin', WINDOW)).toEqual({ ok: true, value: [] });
    }
  });

  it('does not ask about dates before its archive starts, and clips windows that straddle it', async () => {
    const { gdelt, calls } = client(() => json('{}'));
    expect(await gdelt.artList('Putin', { start: '2014-03-01', end: '2014-03-10' })).toEqual({
      ok: false,
      reason: 'out-of-range',
    });
    expect(calls).toHaveLength(0);
    await gdelt.artList('Putin', { start: '2016-12-28', end: '2017-01-05' });
    expect(calls[0]!.url.searchParams.get('startdatetime')).toBe('20170101000000');
  });

  it('reads TimelineVol', async () => {
    const { gdelt, calls } = client(() => json(NEWS_FIXTURES.gdeltTimeline()));
    const result = await gdelt.timelineVol('Putin', WINDOW);
    expect(result.ok && result.value).toHaveLength(29);
    expect(calls[0]!.url.searchParams.get('mode')).toBe('TimelineVol');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2022-09-20T09:00:00Z');
  it.each([
    ['30', 30_000],
    ['Tue, 20 Sep 2022 09:01:00 GMT', 60_000],
    ['Tue, 20 Sep 2022 08:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%j → %j', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
