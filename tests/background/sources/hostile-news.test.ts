import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { createGdeltClient } from '../../../src/background/sources/gdelt';
import { createGoogleNewsClient } from '../../../src/background/sources/google-news';
import { API_MARKUP, hostileApiRoute } from '../../fixtures/api/generated/hostile-api';

/** Fetch backed by the hostile fixture route: every headline, outlet and country carries markup and script. */
const hostileFetch = async (input: string) => {
  const url = new URL(input);
  const reply = await hostileApiRoute({ method: 'GET', headers: {} } as IncomingMessage, url);
  if (!reply) return new Response('not found', { status: 404 });
  return new Response(reply.body as BodyInit, { status: reply.status, headers: reply.headers });
};

describe('news sources on hostile replies', () => {
  it('GDELT: markup stays text, links stay http(s)', async () => {
    const gdelt = createGdeltClient(
      { fetch: hostileFetch, now: () => 0, sleep: async () => {} },
      { endpoint: 'http://x.test/api/hostile/gdelt/doc' },
    );
    const result = await gdelt.artList('"Vladimir Putin" "Xi Jinping"', { start: '2022-09-04', end: '2022-09-14' });
    expect(result.ok).toBe(true);
    const items = result.ok ? result.value : [];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.title).toContain('<img src=x');
    }
  });

  it('Google News: escaped markup in titles, descriptions and sources is decoded to text, never unwrapped into links', async () => {
    const news = createGoogleNewsClient(
      { fetch: hostileFetch },
      { endpoint: 'http://x.test/api/hostile/gnews/rss/search' },
    );
    const result = await news.search('"Vladimir Putin" "Xi Jinping"', 'en');
    expect(result.ok).toBe(true);
    const items = result.ok ? result.value : [];
    expect(items.length).toBe(6);
    for (const item of items) expect(item.url).toMatch(/^https?:\/\//);
    // The route poisons plain-text titles (the CDATA one it leaves alone); the markup arrives as text.
    expect(items.filter((i) => i.title.includes(API_MARKUP.slice(0, 12))).length).toBe(5);
    expect(items.filter((i) => i.outlet.includes('<img')).length).toBe(0);
  });
});
