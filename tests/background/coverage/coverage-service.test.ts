import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  type CoverageDeps,
  createCoverageService,
  type CoverageInput,
} from '../../../src/background/coverage/coverage-service';
import { createCoverageCache, type CoverageCache } from '../../../src/background/history/coverage-cache';
import { historyDbOpener } from '../../../src/background/history/db';
import { createHistoryStore } from '../../../src/background/history/history-store';
import type { Coverage } from '../../../src/shared/coverage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/shared/settings';
import type { Article } from '../../../src/shared/types';
import { NEWS_FIXTURES } from '../../fixtures/api/news';
import { SEED_ARTICLE, SEED_ENTITIES, SEED_EVENTS, SEED_NOW } from '../../pipeline/coverage/seed-entities';
import { fakeClock, fakeFetch, reply } from '../sources/fake-fetch';

type Mode = 'ok' | 'html' | '429' | 'hang' | 'down';
let dbCount = 0;

const ARTICLE: Article = {
  ...SEED_ARTICLE,
  byline: null,
  authors: [],
  lang: 'en-US',
  text: 'Russian President Vladimir Putin and his Chinese counterpart Xi Jinping will meet next week.',
  relatedLinks: [
    {
      text: 'PUTIN TO ATTEND WAR GAMES WITH CHINA',
      url: '/world/putin-attend-war-games-china-other-allied-nations-expert-warns-dangerous-time',
    },
  ],
};

function settings(overrides: Record<string, unknown> = {}): Settings {
  return normalizeSettings({
    endpoints: { gdelt: 'https://gdelt.test/api/v2/doc/doc', googleNews: 'https://gnews.test/rss/search' },
    ...overrides,
  });
}

function setup(options: { cache?: CoverageCache; outletFacts?: CoverageDeps['outletFacts'] } = {}) {
  const modes: { gdelt: Mode; gnews: Mode } = { gdelt: 'ok', gnews: 'ok' };
  const clock = fakeClock(SEED_NOW);
  const { fetch, calls } = fakeFetch((url) => {
    const which = url.hostname === 'gdelt.test' ? 'gdelt' : 'gnews';
    const mode = modes[which];
    if (mode === 'hang') return 'hang';
    if (mode === 'down') return Promise.reject(new TypeError('Failed to fetch'));
    if (mode === '429') return reply('slow down', 429, { 'retry-after': '30' });
    if (mode === 'html')
      return reply(which === 'gdelt' ? NEWS_FIXTURES.gdeltError() : NEWS_FIXTURES.googleConsent(), 200, {
        'content-type': 'text/html',
      });
    if (which === 'gnews')
      return reply(NEWS_FIXTURES.googleNews(), 200, { 'content-type': 'application/xml; charset=utf-8' });
    const body =
      url.searchParams.get('mode') === 'TimelineVol' ? NEWS_FIXTURES.gdeltTimeline() : NEWS_FIXTURES.gdeltArtList();
    return reply(body, 200, { 'content-type': 'application/json' });
  });
  const open = historyDbOpener(`coverage-test-${++dbCount}`);
  const history = createHistoryStore(open, clock.now);
  const cache = options.cache ?? createCoverageCache(open, clock.now);
  const logs: string[] = [];
  const service = createCoverageService(
    {
      fetch,
      now: clock.now,
      sleep: clock.sleep,
      cache,
      history,
      outletFacts: options.outletFacts,
      log: (m) => logs.push(m),
    },
    { gdelt: { timeoutMs: 50 }, googleNews: { timeoutMs: 50 } },
  );
  const input = (overrides: Partial<CoverageInput> = {}): CoverageInput => ({
    article: ARTICLE,
    analysis: { entities: SEED_ENTITIES, events: SEED_EVENTS },
    settings: settings(),
    incognito: false,
    ...overrides,
  });
  return { service, modes, calls, clock, history, input, logs };
}

describe('coverage service', () => {
  it('lists deduplicated coverage from both sources, the article’s own links and a volume timeline', async () => {
    const { service, input } = setup();
    const updates: Coverage[] = [];
    const coverage = await service.find(input(), (c) => void updates.push(c));
    expect(coverage.status).toBe('ready');
    expect(coverage.keywords.slice(0, 2)).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(coverage.items.length).toBeGreaterThanOrEqual(10);
    expect(coverage.items.some((i) => i.sources.includes('gdelt'))).toBe(true);
    expect(coverage.items.some((i) => i.sources.includes('googleNews'))).toBe(true);
    expect(coverage.sources.gdelt).toMatchObject({ state: 'ok' });
    expect(coverage.sources.googleNews).toMatchObject({ state: 'ok' });
    expect(coverage.related.map((r) => r.url)).toEqual([
      'https://www.foxnews.com/world/putin-attend-war-games-china-other-allied-nations-expert-warns-dangerous-time',
    ]);
    expect(coverage.timeline?.points.length).toBe(29);
    expect(coverage.sources.timeline).toMatchObject({ state: 'ok' });
    // Each source's answer shows as it arrives; the list is complete before the timeline, which waits its 5 s
    // turn at GDELT.
    expect(updates.length).toBe(3);
    for (const u of updates)
      expect(u).toMatchObject({ status: 'loading', timeline: null, sources: { timeline: { state: 'pending' } } });
    const first = updates[0]!;
    expect(Object.values(first.sources).filter((st) => st.state === 'pending').length).toBeGreaterThanOrEqual(2);
    expect(new Set(first.items.flatMap((i) => i.sources)).size).toBe(1);
    expect(updates.at(-1)!.items).toEqual(coverage.items);
  });

  it('shows the fast source while the slow one is still waiting', async () => {
    const s = setup();
    s.modes.gnews = 'hang';
    const updates: Coverage[] = [];
    const coverage = await s.service.find(s.input(), (c) => void updates.push(c));
    expect(updates[0]!.sources.googleNews).toMatchObject({ state: 'pending' });
    expect(updates[0]!.items.length).toBeGreaterThan(3);
    expect(coverage.sources.googleNews).toMatchObject({ state: 'unavailable', reason: 'timeout' });
  });

  it('sends only query keywords: never the page URL, its host or its text', async () => {
    const { service, input, calls } = setup();
    await service.find(input());
    expect(calls.length).toBe(3);
    for (const { url, init } of calls) {
      expect(url.href).not.toMatch(/foxnews|face-to-face|counterpart/i);
      expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    }
  });

  it.each([
    ['GDELT answers HTML with a 200', { gdelt: 'html' }, 'gdelt', 'html', 'googleNews'],
    ['GDELT is rate-limited', { gdelt: '429' }, 'gdelt', 'rate-limited', 'googleNews'],
    ['Google News shows a consent page', { gnews: 'html' }, 'googleNews', 'html', 'gdelt'],
    ['Google News times out', { gnews: 'hang' }, 'googleNews', 'timeout', 'gdelt'],
    ['Google News is unreachable', { gnews: 'down' }, 'googleNews', 'network', 'gdelt'],
  ] as const)(
    'when %s, the other source still shows and the failing one is named',
    async (_why, modes, failing, reason, working) => {
      const s = setup();
      Object.assign(s.modes, modes);
      const coverage = await s.service.find(s.input());
      expect(coverage.sources[failing]).toMatchObject({ state: 'unavailable', reason });
      expect(coverage.sources[working]).toMatchObject({ state: 'ok' });
      expect(coverage.items.length).toBeGreaterThan(3);
      expect(coverage.items.every((i) => i.sources.includes(working))).toBe(true);
    },
  );

  it('a history database that never answers does not keep the section loading', async () => {
    const s = setup();
    const stuckHistory = { ...s.history, related: () => new Promise<never>(() => {}) };
    const service = createCoverageService(
      {
        fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch,
        now: () => SEED_NOW,
        sleep: async () => {},
        cache: createCoverageCache(null),
        history: stuckHistory,
        log: () => {},
      },
      { historyTimeoutMs: 20 },
    );
    const coverage = await service.find(
      s.input({ settings: settings({ sources: { gdelt: false, googleNews: false, history: true } }) }),
    );
    expect(coverage.status).toBe('ready');
    expect(coverage.sources.history).toMatchObject({ state: 'unavailable' });
  });

  it('names a missing host permission (Firefox makes them optional) instead of a network error', async () => {
    const s = setup();
    s.modes.gnews = 'down';
    const service = createCoverageService({
      fetch: (await import('../sources/fake-fetch')).fakeFetch(() => Promise.reject(new TypeError('NetworkError')))
        .fetch,
      now: () => SEED_NOW,
      sleep: async () => {},
      cache: createCoverageCache(null),
      history: null,
      permitted: async (url) => !url.includes('gnews.test'),
      log: () => {},
    });
    const coverage = await service.find(s.input());
    expect(coverage.sources.googleNews).toMatchObject({ state: 'unavailable', reason: 'permission' });
    expect(coverage.sources.gdelt).toMatchObject({ state: 'unavailable', reason: 'network' });
  });

  it.each([
    ['429', 'rate-limited'],
    ['html', 'html'],
    ['down', 'network'],
  ] as const)('does not ask GDELT for the timeline right after the article list failed (%s)', async (mode, reason) => {
    const s = setup();
    s.modes.gdelt = mode;
    const coverage = await s.service.find(s.input());
    expect(s.calls.filter((c) => c.url.hostname === 'gdelt.test')).toHaveLength(1);
    expect(coverage.sources.timeline).toMatchObject({ state: 'unavailable', reason });
  });

  it('does not ask GDELT about stories older than its archive, and says why without calling it a failure', async () => {
    const s = setup();
    const old = { ...ARTICLE, publishedAt: '2014-03-18T10:00:00Z', title: 'Putin signs treaty' };
    const coverage = await s.service.find(s.input({ article: old }));
    expect(s.calls.every((c) => c.url.hostname === 'gnews.test')).toBe(true);
    expect(coverage.sources.gdelt).toMatchObject({ state: 'skipped', reason: 'out-of-range' });
    expect(coverage.sources.timeline).toMatchObject({ state: 'skipped', reason: 'out-of-range' });
    expect(s.calls[0]!.url.searchParams.get('q')).toMatch(/after:2014-03-15 before:2014-03-26$/);
  });

  it('reuses cached answers when every source fails later, and says so', async () => {
    const s = setup();
    const first = await s.service.find(s.input());
    s.clock.advance(2 * 24 * 3_600_000); // past even the settled story's freshness
    s.modes.gdelt = 'down';
    s.modes.gnews = '429';
    const second = await s.service.find(s.input());
    expect(second.items.map((i) => i.url)).toEqual(first.items.map((i) => i.url));
    expect(second.sources.gdelt).toMatchObject({ state: 'cached', reason: 'network', fetchedAt: SEED_NOW });
    expect(second.sources.googleNews).toMatchObject({ state: 'cached', reason: 'rate-limited' });
    expect(second.timeline?.points.length).toBe(29);
  });

  it('answers from a fresh cache without asking again', async () => {
    const s = setup();
    await s.service.find(s.input());
    const asked = s.calls.length;
    s.clock.advance(60_000);
    const again = await s.service.find(s.input());
    expect(s.calls.length).toBe(asked);
    expect(again.sources.gdelt).toMatchObject({ state: 'ok' });
  });

  it('shares one request between concurrent lookups of the same story', async () => {
    const s = setup();
    await Promise.all([s.service.find(s.input()), s.service.find(s.input())]);
    expect(s.calls.length).toBe(3);
  });

  it('labels outlets with Wikidata’s owners and state funding, asking by outlet name only, and not offline', async () => {
    const asked: { domain: string; name: string }[][] = [];
    const facts = new Map([
      [
        'tass.com',
        { qid: 'Q1', owner: 'Russia', ownerId: 'Q159', country: 'Russia', countryId: 'Q159', stateFunded: true },
      ],
      [
        'reuters.com',
        {
          qid: 'Q2',
          owner: 'Thomson Reuters',
          ownerId: 'Q3',
          country: 'United Kingdom',
          countryId: 'Q4',
          stateFunded: false,
        },
      ],
    ]);
    const { service, input } = setup({
      outletFacts: async (outlets) => {
        asked.push(outlets);
        return facts;
      },
    });
    const coverage = await service.find(input());
    const byDomain = new Map(coverage.items.map((i) => [i.domain, i]));
    expect(byDomain.get('tass.com')).toMatchObject({ owner: 'Russia', stateFunded: true });
    expect(byDomain.get('reuters.com')).toMatchObject({ owner: 'Thomson Reuters', country: 'United Kingdom' });
    expect(byDomain.get('reuters.com')?.stateFunded).toBeUndefined();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.map((o) => o.domain)).toEqual(expect.arrayContaining(['tass.com', 'reuters.com']));
    for (const o of asked[0]!) expect(o.name).not.toMatch(/\//);
    let askedOffline = 0;
    const offline = setup({
      outletFacts: async () => {
        askedOffline++;
        return facts;
      },
    });
    await offline.service.find(offline.input({ settings: settings({ offline: true }) }));
    expect(askedOffline).toBe(0);
  });

  it('touches no network offline, and skips sources the reader turned off', async () => {
    const s = setup();
    const offline = await s.service.find(s.input({ settings: settings({ offline: true }) }));
    expect(s.calls).toHaveLength(0);
    expect(offline.sources).toMatchObject({
      gdelt: { state: 'offline' },
      googleNews: { state: 'offline' },
      timeline: { state: 'offline' },
    });
    expect(offline.related).toHaveLength(1);
    const noGoogle = await s.service.find(
      s.input({ settings: settings({ sources: { ...DEFAULT_SETTINGS.sources, googleNews: false } }) }),
    );
    expect(s.calls.every((c) => c.url.hostname === 'gdelt.test')).toBe(true);
    expect(noGoogle.sources.googleNews).toMatchObject({ state: 'disabled' });
  });

  it('searches by the headline’s names when recognition found nothing', async () => {
    const s = setup();
    const coverage = await s.service.find(s.input({ analysis: { entities: [], events: [] } }));
    expect(coverage.keywords).toEqual(['Ukraine', 'Putin']);
    expect(coverage.items.length).toBeGreaterThan(0);
  });

  it('skips the search when neither entities nor the headline give anything to search for', async () => {
    const s = setup();
    const coverage = await s.service.find(
      s.input({ analysis: { entities: [], events: [] }, article: { ...ARTICLE, title: 'what happened next' } }),
    );
    expect(s.calls).toHaveLength(0);
    expect(coverage.sources.gdelt).toMatchObject({ state: 'skipped', reason: 'no-query' });
    expect(coverage.items).toEqual([]);
  });

  it('shows earlier reads about the same people ("You read before")', async () => {
    const s = setup();
    const first = { ...ARTICLE, url: 'https://www.reuters.com/world/xi-kazakhstan', title: 'Xi heads to Kazakhstan' };
    expect(await s.service.record(s.input({ article: first }))).toBe(true);
    s.clock.advance(3_600_000);
    const coverage = await s.service.find(s.input());
    expect(coverage.history.items.map((i) => i.url)).toEqual(['https://www.reuters.com/world/xi-kazakhstan']);
    expect(coverage.history.top).toEqual({ name: 'Vladimir Putin', count: 1 });
    // …and it is not listed again among the search results.
    expect(coverage.items.some((i) => i.url.includes('reuters.com/world/xi-kazakhstan'))).toBe(false);
    expect(coverage.sources.history).toMatchObject({ state: 'ok', count: 1 });
  });

  it('does not repeat, as news, an article the reader already read (or a copy of it)', async () => {
    const s = setup();
    const read = {
      ...ARTICLE,
      url: 'https://www.theguardian.com/world/2022/sep/07/xi-jinping-vladimir-putin-meet-samarkand-sco-summit',
      title: 'Xi Jinping and Vladimir Putin to meet at summit in Samarkand',
    };
    await s.service.record(s.input({ article: read }));
    const coverage = await s.service.find(s.input());
    expect(coverage.history.items.map((i) => i.url)).toEqual([read.url]);
    expect(coverage.items.some((i) => i.outlet === 'The Guardian')).toBe(false);
  });

  it('records nothing from a private window and writes none of its answers to disk', async () => {
    const writes: boolean[] = [];
    const memory = createCoverageCache(null, () => SEED_NOW);
    const spy: CoverageCache = {
      ...memory,
      put: (k, v, persist) => {
        writes.push(persist);
        return memory.put(k, v, persist);
      },
    };
    const s = setup({ cache: spy });
    expect(await s.service.record(s.input({ incognito: true }))).toBe(false);
    expect(await s.history.count()).toBe(0);
    await s.service.find(s.input({ incognito: true }));
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((p) => p === false)).toBe(true);
  });

  it('"Clear history" forgets reads and cached answers', async () => {
    const s = setup();
    await s.service.record(s.input());
    await s.service.find(s.input());
    await s.service.clearHistory();
    expect(await s.history.count()).toBe(0);
    const asked = s.calls.length;
    await s.service.find(s.input());
    expect(s.calls.length).toBe(asked + 3);
  });
});
