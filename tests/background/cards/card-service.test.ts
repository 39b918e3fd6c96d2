import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCache, idbEntryStore } from '../../../src/background/cache/cache';
import { createChoices, idbChoiceStore } from '../../../src/background/cache/choices';
import { openCardsDb } from '../../../src/background/cache/db';
import { createCardService, type CardsRequest } from '../../../src/background/cards/card-service';
import { groupCards } from '../../../src/popup/card-groups';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { Entity } from '../../../src/shared/types';
import { setWikimediaFault } from '../../fixtures/api/wikimedia';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';

const TEXT = readFileSync(new URL('../../fixtures/seed/article.txt', import.meta.url), 'utf8');
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
afterEach(() => setWikimediaFault(null));

function entity(type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity {
  const mentions = [...TEXT.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
    text: name,
    start: m.index,
    end: m.index + name.length,
  }));
  return { type, name, mentions, ...extra };
}

/** The seed article's entities as the recognizer reports them. */
const SEED_ENTITIES: Entity[] = [
  entity('person', 'Vladimir Putin', { role: 'Russian President', salience: 1 }),
  entity('person', 'Xi Jinping', { role: "Putin's Chinese counterpart", salience: 0.75 }),
  entity('person', 'Andrey Denisov', {
    role: 'Russian envoy to Beijing',
    salience: 0.24,
    quotes: ['In general, this summit promises to be interesting'],
  }),
  entity('person', 'Mikhail Gorbachev', { role: 'the last leader of the USSR', salience: 0.18 }),
  entity('organization', 'Shanghai Cooperation Organization', { salience: 0.16 }),
  entity('organization', 'Gazprom', { salience: 0.12 }),
  entity('event', 'Shanghai Cooperation Organization summit', { salience: 0.16 }),
  entity('event', 'Cold War', { salience: 0.09 }),
  ...[
    'China',
    'Russia',
    'Beijing',
    'Ukraine',
    'Moscow',
    'Soviet Union',
    'Samarkand',
    'Uzbekistan',
    'Taiwan',
    'Hong Kong',
    'U.S.',
  ].map((n, i) => entity('place', n, { salience: 0.6 - i * 0.04 })),
  entity('date', 'Sept. 15 to 16'),
];

let dbCounter = 0;
function service(fetchImpl: typeof fetch = fetch) {
  const db = openCardsDb(`cards-test-${++dbCounter}`);
  const log: string[] = [];
  const svc = createCardService({
    fetch: (u, i) => fetchImpl(u, i),
    cache: createCache(idbEntryStore(db)),
    choices: createChoices(idbChoiceStore(db)),
    now: () => Date.now(),
    online: () => true,
    log: (m) => log.push(m),
    // Requests spaced 1 ms, not 50: the spacing has its own tests (wikimedia-http), here it only costs time.
    clientOptions: { backoffMs: 5, timeoutMs: 2000, minIntervalMs: 1 },
  });
  return { svc, log };
}

function request(overrides: Partial<Settings> = {}): CardsRequest {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    endpoints: {
      ...DEFAULT_SETTINGS.endpoints,
      wikipedia: `${server.origin}/api/wikipedia/{lang}/api.php`,
      wikidata: `${server.origin}/api/wikidata/api.php`,
      commonsFile: `${server.origin}/api/commons/Special:FilePath/`,
    },
    ...overrides,
  };
  return {
    article: {
      title: 'Putin, Xi to meet next week for first face-to-face talks since Ukraine war began',
      publishedAt: '2022-09-07T12:26:00-04:00',
      publisher: 'Fox News',
      text: TEXT,
    },
    entities: SEED_ENTITIES,
    site: 'foxnews.com',
    settings,
  };
}

const byName = <T extends { name: string }>(cards: T[]) =>
  Object.fromEntries(cards.map((c) => [c.name, c])) as Record<string, T>;

describe('card service on the seed article', () => {
  it('links the people, places and organizations to the right entities with as-of facts', async () => {
    const { svc } = service();
    const result = await svc.build(request());
    expect(result.status).toBe('ready');
    const cards = byName(result.cards);
    expect(Object.fromEntries(Object.entries(cards).map(([n, c]) => [n, c.qid]))).toMatchObject({
      'Vladimir Putin': 'Q7747',
      'Xi Jinping': 'Q15031',
      'Mikhail Gorbachev': 'Q30487',
      'Andrey Denisov': 'Q2038476',
      'Shanghai Cooperation Organization': 'Q485207',
      Gazprom: 'Q102673',
      'Cold War': 'Q8683',
      China: 'Q148',
      Russia: 'Q159',
      Beijing: 'Q956',
      Ukraine: 'Q212',
      Moscow: 'Q649',
      'Soviet Union': 'Q15180',
      Samarkand: 'Q5753',
      Uzbekistan: 'Q265',
      Taiwan: 'Q865',
      'Hong Kong': 'Q8646',
      'U.S.': 'Q30',
    });
    expect(cards['Vladimir Putin']!.positions[0]!.text).toBe('President of Russia (since 2012; also 2000–2008)');
    expect(cards['Vladimir Putin']!.image).toMatchObject({ license: 'CC BY 4.0' });
    expect(cards['Vladimir Putin']!.summary).toMatch(/^Vladimir Vladimirovich Putin \(born 7 October 1952\)/);
    expect(cards['Mikhail Gorbachev']!.facts).toContainEqual({ key: 'died', value: '30 August 2022 (aged 91)' });
    expect(cards['Andrey Denisov']!.positions[0]!.text).toBe(
      'Ambassador of Russia to China (2013–2022, in office at the time)',
    );
    expect(cards['Andrey Denisov']!.alternatives.map((a) => a.qid)).toEqual(['Q4158302']);
    expect(cards.China!.facts).toContainEqual({ key: 'headOfGovernment', value: 'Li Keqiang' });
    expect(cards['Xi Jinping']!.image?.src).toMatch(/^http:\/\/127\.0\.0\.1/);
  });

  it('a name the tagger was unsure of is still looked up: linked with confidence, it is a full card', async () => {
    const { svc } = service();
    const unsure = SEED_ENTITIES.map((e) => (e.name === 'Gazprom' ? { ...e, unsure: true as const } : e));
    const result = await svc.build({ ...request(), entities: unsure });
    const gazprom = result.cards.find((c) => c.name === 'Gazprom')!;
    expect(gazprom).toMatchObject({ status: 'linked', qid: 'Q102673', type: 'organization' });
    expect(gazprom.inArticle.unsure).toBe(true);
    expect(groupCards(result.cards).alsoMentioned).not.toContain(gazprom);
  });

  it('offline, a name the tagger was unsure of is only named', async () => {
    const { svc } = service();
    const unsure = SEED_ENTITIES.map((e) => (e.name === 'Gazprom' ? { ...e, unsure: true as const } : e));
    const result = await svc.build({ ...request({ offline: true }), entities: unsure });
    const groups = groupCards(result.cards);
    expect(groups.alsoMentioned.map((c) => c.name)).toEqual(['Gazprom']);
  });

  it('the summit with no Wikipedia match gets an in-article card', async () => {
    const { svc } = service();
    const summit = (await svc.build(request())).cards.find((c) => c.type === 'event' && c.name.includes('summit'))!;
    expect(summit).toMatchObject({ status: 'nil', qid: null, note: 'nil-no-match' });
    expect(summit.inArticle.firstMention).toMatch(
      /^The pair will meet during the Shanghai Cooperation Organization summit/,
    );
  });

  it('event cards use the event frames: facts from the article for the NIL summit, the QID of a known event', async () => {
    const { svc } = service();
    const summitEntity = SEED_ENTITIES.find((e) => e.type === 'event' && e.name.endsWith('summit'))!;
    const war = entity('event', 'Moscow’s war effort'); // no search hit: only the frame's QID can link it
    const events = [
      {
        name: '2022 Shanghai Cooperation Organization summit',
        whenLabel: 'Sep 15–16, 2022',
        where: ['Samarkand', 'Uzbekistan'],
        who: ['Vladimir Putin', 'Xi Jinping'],
        mentions: summitEntity.mentions,
      },
      { id: 'e2', name: 'Russian invasion of Ukraine', qid: 'Q110999040', mentions: war.mentions },
    ];
    const result = await svc.build({ ...request(), entities: [...SEED_ENTITIES, war], events });
    const summit = result.cards.find((c) => c.name === summitEntity.name)!;
    expect(summit.status).toBe('nil');
    expect(Object.fromEntries(summit.facts.map((f) => [f.key, f.value]))).toEqual({
      date: 'Sep 15–16, 2022',
      location: 'Samarkand, Uzbekistan',
      participants: 'Vladimir Putin, Xi Jinping',
    });
    expect(result.cards.find((c) => c.name === 'Moscow’s war effort')).toMatchObject({
      status: 'linked',
      qid: 'Q110999040',
      // Its item's start and place as of the article's day, addressed to the frame it stands for.
      event: { frameId: 'e2', when: '2022-02-24', where: ['Ukraine'] },
    });
    expect(summit.event).toBeUndefined();
  });

  it('makes a neutral publisher card from Wikidata', async () => {
    const { svc } = service();
    const { publisher } = await svc.build(request());
    expect(publisher).toMatchObject({ qid: 'Q186068', type: 'organization' });
    expect(Object.fromEntries(publisher!.facts.map((f) => [f.key, f.value]))).toMatchObject({
      owner: 'Fox Corporation',
      country: 'United States',
      founded: '7 October 1996',
    });
  });

  it('sends only names, ids and file names: never the page URL or article text', async () => {
    const before = server.requests.length;
    const { svc } = service();
    await svc.build(request());
    const sent = server.requests.slice(before).map((r) => decodeURIComponent(r.url));
    expect(sent.length).toBeGreaterThan(3);
    for (const url of sent) {
      expect(url).not.toMatch(/foxnews\.com|putin-xi-meet|face-to-face|promises to be interesting/);
    }
  });

  it('asks again nothing it has cached, and the second build is served from the cache', async () => {
    const { svc } = service();
    await svc.build(request());
    const before = server.requests.length;
    const again = await svc.build(request());
    expect(server.requests.length - before).toBe(0);
    expect(again.cards.find((c) => c.name === 'Xi Jinping')!.qid).toBe('Q15031');
  });

  it('remembers "Not this one?" for the name on this site', async () => {
    const { svc } = service();
    await svc.choose('foxnews.com', 'person', 'Andrey Denisov', 'Q4158302');
    await svc.choose('foxnews.com', 'place', 'Moscow', null);
    const cards = byName((await svc.build(request())).cards);
    expect(cards['Andrey Denisov']).toMatchObject({ qid: 'Q4158302', confidence: 1 });
    expect(cards.Moscow).toMatchObject({ qid: null, note: 'nil-reader' });
  });
});

describe('degraded and offline', () => {
  it('offline: in-article cards for every entity, no request', async () => {
    const before = server.requests.length;
    const { svc } = service();
    const result = await svc.build(request({ offline: true }));
    expect(result.status).toBe('offline');
    expect(result.cards).toHaveLength(SEED_ENTITIES.filter((e) => e.type !== 'date').length);
    expect(result.cards.every((c) => c.status === 'nil' && c.note === 'offline')).toBe(true);
    expect(server.requests.length).toBe(before);
  });

  it('with no network (navigator offline), cached cards still come and the rest are in-article', async () => {
    const db = openCardsDb(`cards-test-${++dbCounter}`);
    const cache = createCache(idbEntryStore(db));
    let online = true;
    const svc = createCardService({
      fetch: (u, i) => fetch(u, i),
      cache,
      choices: createChoices(idbChoiceStore(db)),
      now: () => Date.now(),
      online: () => online,
      log: () => {},
    });
    const few = request();
    await svc.build({ ...few, entities: SEED_ENTITIES.filter((e) => e.name === 'Xi Jinping') });
    online = false;
    const before = server.requests.length;
    const result = await svc.build(few);
    expect(server.requests.length).toBe(before);
    expect(result.status).toBe('offline');
    expect(result.cards.find((c) => c.name === 'Xi Jinping')).toMatchObject({ status: 'linked', qid: 'Q15031' });
    expect(result.cards.find((c) => c.name === 'Gazprom')).toMatchObject({ status: 'nil', note: 'offline' });
  });

  it('Wikipedia off in settings counts as offline', async () => {
    const { svc } = service();
    expect((await svc.build(request({ sources: { ...DEFAULT_SETTINGS.sources, wikipedia: false } }))).status).toBe(
      'offline',
    );
  });

  it('both APIs down: degraded in-article cards with a note, never an empty list', async () => {
    setWikimediaFault({ kind: 'down' });
    const { svc } = service();
    const result = await svc.build(request());
    expect(result.status).toBe('degraded');
    expect(result.notes).toContain('source-failed');
    expect(result.cards.length).toBeGreaterThan(10);
    expect(result.cards.every((c) => c.status === 'degraded' && c.note === 'source-failed')).toBe(true);
  });

  it('a 429 with Retry-After is waited out and the cards still come', async () => {
    setWikimediaFault({ kind: '429', count: 2, retryAfterS: 1 });
    const { svc } = service();
    const result = await svc.build(request());
    expect(result.status).toBe('ready');
    expect(result.cards.find((c) => c.name === 'Vladimir Putin')!.qid).toBe('Q7747');
  });

  it('malformed replies are retried', async () => {
    setWikimediaFault({ kind: 'malformed', count: 2 });
    const { svc } = service();
    const result = await svc.build(request());
    expect(result.cards.find((c) => c.name === 'Xi Jinping')!.qid).toBe('Q15031');
  });

  it('Wikidata down alone: no card claims a link it could not check, and the cards say why', async () => {
    setWikimediaFault({ kind: 'down', target: 'wikidata' });
    const { svc } = service();
    const result = await svc.build(request());
    expect(result.status).toBe('degraded');
    expect(result.cards.every((c) => c.status !== 'linked')).toBe(true);
    expect(result.cards.some((c) => c.note === 'source-failed')).toBe(true);
  });
});

describe('early lookups (prefetch) while the analysis finishes', () => {
  const urlsOf = (from: number) =>
    server.requests
      .slice(from)
      .filter((r) => r.url.startsWith('/api/wiki'))
      .map((r) => r.url);

  it('sends the title lookup and searches from the names alone; build() then asks nothing twice, and links the same', async () => {
    const { svc: plain } = service();
    const expected = await plain.build(request());
    const { svc } = service();
    const before = server.requests.length;
    await svc.prefetch({ ...request(), entities: SEED_ENTITIES.filter((e) => e.type !== 'date') });
    // Resolved once sent: the loopback server sees them moments later.
    await vi.waitFor(() => {
      expect(urlsOf(before).some((u) => u.includes('wbsearchentities'))).toBe(true);
      expect(urlsOf(before).some((u) => u.includes('ppprop='))).toBe(true);
    });
    const result = await svc.build(request());
    const all = urlsOf(before);
    expect(new Set(all).size).toBe(all.length);
    expect(result.cards.map((c) => [c.name, c.qid])).toEqual(expected.cards.map((c) => [c.name, c.qid]));
  });

  it.each([
    ['offline', { offline: true }],
    ['Wikipedia off', { sources: { ...DEFAULT_SETTINGS.sources, wikipedia: false } }],
  ])('%s: asks nothing', async (_, overrides) => {
    const { svc } = service();
    const before = server.requests.length;
    await svc.prefetch(request(overrides as Partial<Settings>));
    const outlets = [{ domain: 'tass.com', name: 'TASS' }];
    expect(await svc.outletFacts(outlets, request(overrides as Partial<Settings>).settings)).toEqual(new Map());
    expect(urlsOf(before)).toEqual([]);
  });

  it('never rejects, even with the APIs down', async () => {
    setWikimediaFault({ kind: 'down' });
    const { svc } = service();
    await expect(svc.prefetch(request())).resolves.toBeUndefined();
  });
});
