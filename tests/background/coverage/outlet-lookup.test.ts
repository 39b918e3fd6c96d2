import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache, memoryEntryStore } from '../../../src/background/cache/cache';
import { lookupOutlets, withOutletFacts } from '../../../src/background/coverage/outlet-lookup';
import { createWikidataSource } from '../../../src/background/sources/wikidata';
import { createWikimediaClient } from '../../../src/background/sources/wikimedia-http';
import type { Coverage, CoverageItem } from '../../../src/shared/coverage';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

/** The real Wikidata source and client against the fixture server's wbsearchentities/wbgetentities, and a cache. */
function setup() {
  const sent: string[] = [];
  const client = createWikimediaClient({
    fetch: (u, i) => {
      sent.push(u);
      return fetch(u, i);
    },
  });
  const wd = createWikidataSource(client, { endpoint: `${server.origin}/api/wikidata/api.php`, lang: 'en' });
  const cache = createCache(memoryEntryStore());
  return { deps: { wd, cache, lang: 'en' }, sent };
}

describe('lookupOutlets (Wikidata, real formats)', () => {
  it.each([
    ['state media that a state owns', 'tass.com', 'TASS', { owner: 'Russia', country: 'Russia', stateFunded: true }],
    [
      'a newspaper whose owner is state media',
      'globaltimes.cn',
      'Global Times',
      { owner: "People's Daily", country: 'China', stateFunded: true },
    ],
    [
      'a public broadcaster, no owner named',
      'dw.com',
      'Deutsche Welle',
      { owner: null, country: 'Germany', stateFunded: true },
    ],
    [
      'a private agency: its current owner, not the one before 2008',
      'reuters.com',
      'Reuters',
      { owner: 'Thomson Reuters', country: 'United Kingdom', stateFunded: false },
    ],
    [
      'a namesake found first is passed over for the item on the domain',
      'dw.com',
      'DW',
      { owner: null, country: 'Germany', stateFunded: true },
    ],
  ])('%s', async (_name, domain, name, expected) => {
    const { deps } = setup();
    const facts = await lookupOutlets(deps, [{ domain, name }]);
    const f = facts.get(domain);
    expect(f && { owner: f.owner, country: f.country, stateFunded: f.stateFunded }).toEqual(expected);
  });

  it.each([
    ['no item has a website on the domain (a namesake only)', 'dwstadium.fake', 'TASS'],
    ['nothing found by that name', 'kun.uz', 'kun.uz'],
    ['an item of that name whose website is elsewhere', 'tass.example', 'TASS'],
  ])('knows nothing when %s', async (_name, domain, name) => {
    const { deps } = setup();
    expect((await lookupOutlets(deps, [{ domain, name }])).size).toBe(0);
  });

  it('sends only outlet names and item ids, batches the items, and asks again only for outlets not cached', async () => {
    const { deps, sent } = setup();
    const outlets = [
      { domain: 'tass.com', name: 'TASS' },
      { domain: 'globaltimes.cn', name: 'Global Times' },
      { domain: 'reuters.com', name: 'Reuters' },
    ];
    const first = await lookupOutlets(deps, outlets);
    expect([...first.keys()]).toEqual(['tass.com', 'globaltimes.cn', 'reuters.com']);
    const params = sent.map((u) => new URL(u).searchParams);
    expect(params.filter((p) => p.get('action') === 'wbsearchentities').map((p) => p.get('search'))).toEqual([
      'TASS',
      'Global Times',
      'Reuters',
    ]);
    // Candidates in one request, owners in one, country labels in one.
    expect(params.filter((p) => p.get('action') === 'wbgetentities')).toHaveLength(3);
    for (const u of sent) expect(u).not.toMatch(/tass\.com|globaltimes\.cn|reuters\.com|https?%3A/);
    const before = sent.length;
    await lookupOutlets(deps, [...outlets, { domain: 'dw.com', name: 'Deutsche Welle' }]);
    const again = sent
      .slice(before)
      .map((u) => new URL(u).searchParams.get('search'))
      .filter(Boolean);
    expect(again).toEqual(['Deutsche Welle']);
  });

  it('answers nothing (and never throws) when Wikidata cannot be reached', async () => {
    const client = createWikimediaClient({ fetch: () => Promise.reject(new TypeError('offline')), retries: 0 });
    const wd = createWikidataSource(client, { endpoint: 'http://127.0.0.1:9/api.php', lang: 'en' });
    const facts = await lookupOutlets({ wd, cache: createCache(memoryEntryStore()), lang: 'en' }, [
      { domain: 'tass.com', name: 'TASS' },
    ]);
    expect(facts.size).toBe(0);
  });
});

describe('withOutletFacts', () => {
  const item = (domain: string, extra: Partial<CoverageItem> = {}): CoverageItem => ({
    url: `https://${domain}/a`,
    direct: true,
    title: 't',
    outlet: domain,
    domain,
    country: null,
    publishedAt: null,
    lang: null,
    sources: ['gdelt'],
    score: 1,
    ...extra,
  });
  const coverage = (items: CoverageItem[]) => ({ items }) as Coverage;
  const facts = new Map([
    [
      'tass.com',
      { qid: 'Q1', owner: 'Russia', ownerId: 'Q159', country: 'Russia', countryId: 'Q159', stateFunded: true },
    ],
    ['dw.com', { qid: 'Q2', owner: null, ownerId: null, country: 'Germany', countryId: 'Q183', stateFunded: false }],
  ]);

  it.each([
    [
      'Wikidata’s owner and country',
      item('tass.com', { owner: 'Government of Russia' }),
      { owner: 'Russia', country: 'Russia', stateFunded: true },
    ],
    [
      'the table’s owner and funding where Wikidata names none',
      item('dw.com', { owner: 'Federal Government', stateFunded: true, country: 'DE' }),
      { owner: 'Federal Government', country: 'Germany', stateFunded: true },
    ],
    [
      'an outlet Wikidata does not know, unchanged',
      item('kun.uz', { country: 'Uzbekistan' }),
      { owner: undefined, country: 'Uzbekistan', stateFunded: undefined },
    ],
  ])('%s', (_name, given, expected) => {
    const [out] = withOutletFacts(coverage([given]), facts).items;
    expect({ owner: out!.owner, country: out!.country, stateFunded: out!.stateFunded }).toEqual(expected);
  });
});
