import { describe, expect, it } from 'vitest';
import { createGoogleNewsClient } from '../../../src/background/sources/google-news';
import { NEWS_FIXTURES } from '../../fixtures/api/news';
import { fakeFetch, reply } from './fake-fetch';

const xml = (body: string | Uint8Array, type = 'application/xml; charset=utf-8') =>
  reply(body, 200, { 'content-type': type });

function client(script: Parameters<typeof fakeFetch>[0], timeoutMs = 10_000) {
  const { fetch, calls } = fakeFetch(script);
  return {
    news: createGoogleNewsClient({ fetch }, { endpoint: 'https://news.google.test/rss/search', timeoutMs }),
    calls,
  };
}

describe('Google News client', () => {
  it('searches with the query and the article language edition only, and reads the feed', async () => {
    const { news, calls } = client(() => xml(NEWS_FIXTURES.googleNews()));
    const result = await news.search('"Vladimir Putin" "Xi Jinping" after:2022-09-04 before:2022-09-15', 'en-US');
    expect(result.ok && result.value).toHaveLength(6);
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      q: '"Vladimir Putin" "Xi Jinping" after:2022-09-04 before:2022-09-15',
      hl: 'en-US',
      gl: 'US',
      ceid: 'US:en',
    });
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const latin1 =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Macron re\u00e7oit Xi - Le Monde</title><link>https://www.lemonde.fr/a.html</link><source url="https://www.lemonde.fr">Le Monde</source></item></channel></rss>';
    const { news } = client(() =>
      xml(
        Uint8Array.from(latin1, (c) => c.charCodeAt(0)),
        'application/xml',
      ),
    );
    const result = await news.search('Xi Macron', 'fr');
    expect(result.ok && result.value[0]!.title).toBe('Macron reçoit Xi');
  });

  it.each([
    ['an HTML consent page with a 200', () => xml(NEWS_FIXTURES.googleConsent(), 'text/html; charset=utf-8'), 'html'],
    ['a 429', () => reply('', 429, { 'retry-after': '60' }), 'rate-limited'],
    ['a 503', () => reply('', 503), 'http'],
    ['JSON instead of RSS', () => xml('{"error": true}', 'application/json'), 'malformed'],
  ])('reports %s as a failure', async (_why, answer, reason) => {
    const { news } = client(answer);
    expect(await news.search('Putin', 'en')).toMatchObject({ ok: false, reason });
  });

  it('times out', async () => {
    const { news } = client(() => 'hang', 20);
    expect(await news.search('Putin', 'en')).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('gives an empty list for a feed without items', async () => {
    const { news } = client(() => xml(NEWS_FIXTURES.googleNewsEmpty()));
    expect(await news.search('nothing here', 'en')).toEqual({ ok: true, value: [] });
  });
});
