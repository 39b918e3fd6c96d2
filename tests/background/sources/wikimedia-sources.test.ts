import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWikidataSource } from '../../../src/background/sources/wikidata';
import { createWikipediaSource } from '../../../src/background/sources/wikipedia';
import { createWikimediaClient } from '../../../src/background/sources/wikimedia-http';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const sources = () => {
  const client = createWikimediaClient({ fetch: (u, i) => fetch(u, i) });
  return {
    client,
    wp: createWikipediaSource(client, { endpoint: `${server.origin}/api/wikipedia/{lang}/api.php`, lang: 'en' }),
    wd: createWikidataSource(client, { endpoint: `${server.origin}/api/wikidata/api.php`, lang: 'en' }),
  };
};

describe('Wikipedia source against the fake Action API', () => {
  it('follows redirects, recognizes disambiguation pages with their links, and marks missing pages', async () => {
    const { wp } = sources();
    const pages = await wp.lookup(['Putin', 'Georgia', 'Fox News', 'Nobody Atall']);
    expect(pages.map((p) => [p.requested, p.title, p.qid, p.disambiguation, p.missing])).toEqual([
      ['Putin', 'Vladimir Putin', 'Q7747', false, false],
      ['Georgia', 'Georgia', null, true, false],
      ['Fox News', 'Fox News', 'Q186068', false, false],
      ['Nobody Atall', 'Nobody Atall', null, false, true],
    ]);
    expect(pages[1]!.links).toEqual(['Georgia (country)', 'Georgia (U.S. state)']);
  });

  it('batches 50 titles per request', async () => {
    const { wp, client } = sources();
    const before = client.stats.requests;
    const titles = Array.from({ length: 120 }, (_, i) => `Title ${i}`);
    const pages = await wp.lookup(titles);
    expect(pages).toHaveLength(120);
    expect(client.stats.requests - before).toBe(3);
  });

  it('fetches intro extracts 20 at a time (the API limit), with thumbnails', async () => {
    const { wp, client } = sources();
    const titles = [
      'Vladimir Putin',
      'Xi Jinping',
      'Mikhail Gorbachev',
      'Russia',
      'China',
      'Ukraine',
      'Taiwan',
      'Hong Kong',
      'Moscow',
      'Beijing',
      'Samarkand',
      'Uzbekistan',
      'Gazprom',
      'Fox News',
      'Soviet Union',
      'United States',
      'Cold War',
      'COVID-19 pandemic',
      'Russian invasion of Ukraine',
      '2022 SCO summit',
      'Shanghai Cooperation Organisation',
      'Georgia (country)',
    ];
    const before = client.stats.requests;
    const pages = await wp.summaries(titles);
    expect(client.stats.requests - before).toBe(2);
    expect(pages.every((p) => p.extract && p.extract.length > 40)).toBe(true);
    expect(pages[0]!.thumbnail?.source).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/upload\//);
  });

  it('reads image licences through imageinfo', async () => {
    const { wp } = sources();
    const images = await wp.images(['Xi Jinping 2019.jpg', 'SCO logo.svg']);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({
      file: 'Xi_Jinping_2019.jpg',
      license: 'CC BY 4.0',
      artist: 'Presidential Press and Information Office',
    });
  });
});

describe('Wikidata source against the fake API', () => {
  it('searches names: both Denisovs and the family name', async () => {
    const { wd } = sources();
    const hits = await wd.search('Andrey Denisov');
    expect(hits.map((h) => h.id).sort()).toEqual(['Q2038476', 'Q4158302']);
    expect((await wd.search('Denisov')).map((h) => h.id)).toContain('Q37400921');
  });

  it('gets entities in batches of 50, skipping missing ids', async () => {
    const { wd, client } = sources();
    const ids = ['Q7747', 'Q30487', ...Array.from({ length: 60 }, (_, i) => `Q${900000 + i}`)];
    const before = client.stats.requests;
    const entities = await wd.entities(ids);
    expect(client.stats.requests - before).toBe(2);
    expect(entities.map((e) => e.id)).toEqual(['Q7747', 'Q30487']);
    expect(entities[1]!.claims.P570![0]!.time!.date).toBe('2022-08-30');
  });

  it('gets labels', async () => {
    const { wd } = sources();
    expect(await wd.labels(['Q218295', 'Q159', 'Q123456789'])).toEqual({
      Q218295: 'President of Russia',
      Q159: 'Russia',
    });
  });

  it('only names and ids go out', () => {
    for (const request of server.requests.filter((r) => r.url.startsWith('/api/wiki'))) {
      expect(request.url).not.toMatch(/foxnews\.com|putin-xi-meet/);
      expect(request.headers['api-user-agent']).toMatch(/^Backstory\//);
    }
  });
});

describe('the fake API fault modes (used by e2e)', () => {
  const api = () =>
    `${server.origin}/api/wikidata/api.php?action=wbsearchentities&format=json&search=Putin&language=en`;
  it.each([
    ['429', 429, 'retry-after'],
    ['5xx', 503, null],
    ['malformed', 200, null],
  ] as const)('%s once, then normal again', async (fault, status, header) => {
    await fetch(`${server.origin}/api/wikimedia-control?fault=${fault}&count=1&retryAfter=2`);
    const bad = await fetch(api());
    expect(bad.status).toBe(status);
    if (header) expect(bad.headers.get(header)).toBe('2');
    if (fault === 'malformed') await expect(bad.json()).rejects.toThrow();
    const good = await fetch(api());
    expect(good.status).toBe(200);
    expect(((await good.json()) as { search: { id: string }[] }).search[0]!.id).toBe('Q7747');
  });
  it('answers the CORS preflight for Api-User-Agent', async () => {
    const reply = await fetch(api(), { method: 'OPTIONS' });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-headers')).toMatch(/Api-User-Agent/);
  });
  it('enforces the 50-id limit like the real API', async () => {
    const ids = Array.from({ length: 51 }, (_, i) => `Q${i + 1}`).join('|');
    const reply = (await (
      await fetch(`${server.origin}/api/wikidata/api.php?action=wbgetentities&format=json&ids=${ids}`)
    ).json()) as { error?: { code: string } };
    expect(reply.error?.code).toBe('toomanyvalues');
  });
});
