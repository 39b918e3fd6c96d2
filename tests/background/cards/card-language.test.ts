/**
 * Cards in the article's language: the same service as card-service.test.ts over the fake Wikimedia APIs, on short
 * articles in German and Polish, under each card-language setting.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache, idbEntryStore } from '../../../src/background/cache/cache';
import { createChoices, idbChoiceStore } from '../../../src/background/cache/choices';
import { openCardsDb } from '../../../src/background/cache/db';
import { createCardService, type CardsRequest } from '../../../src/background/cards/card-service';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { Entity } from '../../../src/shared/types';
import { loadFixturePages, startFixtureServer, type FixtureServer } from '../../support/fixture-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

let dbCounter = 0;
function service(browserLanguage = 'en-US') {
  const db = openCardsDb(`card-language-test-${++dbCounter}`);
  return createCardService({
    fetch: (u, i) => fetch(u, i),
    cache: createCache(idbEntryStore(db)),
    choices: createChoices(idbChoiceStore(db)),
    now: () => Date.now(),
    online: () => true,
    log: () => {},
    // Requests spaced 1 ms, not 50: the spacing has its own tests (wikimedia-http), here it only costs time.
    clientOptions: { backoffMs: 5, timeoutMs: 2000, minIntervalMs: 1 },
    browserLanguage: () => browserLanguage,
  });
}

const mention = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length };
};

function request(lang: string, text: string, names: [Entity['type'], string][], settings: Partial<Settings> = {}) {
  const entities: Entity[] = names.map(([type, name], i) => ({
    type,
    name,
    salience: 1 - i / 10,
    mentions: [mention(text, name)],
  }));
  return {
    article: { title: text.slice(0, 60), publishedAt: '2024-03-15T10:00:00+01:00', publisher: null, text, lang },
    entities,
    site: 'zeitung.test',
    settings: {
      ...DEFAULT_SETTINGS,
      endpoints: {
        ...DEFAULT_SETTINGS.endpoints,
        wikipedia: `${server.origin}/api/wikipedia/{lang}/api.php`,
        wikidata: `${server.origin}/api/wikidata/api.php`,
        commonsFile: `${server.origin}/api/commons/Special:FilePath/`,
      },
      ...settings,
    },
  } satisfies CardsRequest;
}

const GERMAN = 'Bundeskanzler Olaf Scholz hat am Donnerstag in Berlin mit Wladimir Putin telefoniert.';
const GERMAN_NAMES: [Entity['type'], string][] = [
  ['person', 'Olaf Scholz'],
  ['place', 'Berlin'],
  ['person', 'Vladimir Putin'],
];

describe('cards in the article language', () => {
  it('a German article gets German Wikipedia and Wikidata words, with the page on de.wikipedia.org', async () => {
    const result = await service().build(request('de-DE', GERMAN, GERMAN_NAMES));
    const scholz = result.cards.find((c) => c.name === 'Olaf Scholz')!;
    expect(scholz).toMatchObject({ status: 'linked', qid: 'Q61053', lang: 'de' });
    expect(scholz.summary).toMatch(/^Olaf Scholz \(\* 14\. Juni 1958 in Osnabrück\) ist ein deutscher Politiker/);
    expect(scholz.description).toBe('deutscher Politiker (SPD), Bundeskanzler seit 2021');
    expect(scholz.wikipediaUrl).toBe('https://de.wikipedia.org/wiki/Olaf_Scholz');
    expect(scholz.facts).toContainEqual(expect.objectContaining({ value: expect.stringContaining('Deutschland') }));
    const berlin = result.cards.find((c) => c.name === 'Berlin')!;
    expect(berlin).toMatchObject({ qid: 'Q64', lang: 'de' });
    expect(berlin.summary).toMatch(/^Berlin ist die Hauptstadt/);
  });

  it('an item without a page in the article language falls back to English Wikipedia', async () => {
    const result = await service().build(request('de', GERMAN, GERMAN_NAMES));
    const putin = result.cards.find((c) => c.name === 'Vladimir Putin')!;
    expect(putin).toMatchObject({ status: 'linked', qid: 'Q7747', lang: 'en' });
    expect(putin.summary).toMatch(/^Vladimir Vladimirovich Putin/);
    expect(putin.wikipediaUrl).toBe('https://en.wikipedia.org/wiki/Vladimir_Putin');
  });

  it.each([
    ['english', 'en-US', 'en', null],
    ['browser', 'pl-PL', 'en', null],
    ['browser', 'de-AT', 'de', /^Olaf Scholz \(\*/],
    ['article', 'fr-FR', 'de', /^Olaf Scholz \(\*/],
  ] as const)('setting %s with browser %s: Scholz from the %s edition', async (choice, browser, edition, summary) => {
    const result = await service(browser).build(
      request('de', GERMAN, GERMAN_NAMES, { cardLanguage: choice as Settings['cardLanguage'] }),
    );
    const scholz = result.cards.find((c) => c.name === 'Olaf Scholz')!;
    expect(scholz.wikipediaUrl).toBe(`https://${edition}.wikipedia.org/wiki/Olaf_Scholz`);
    if (summary) expect(scholz.summary ?? '').toMatch(summary);
  });

  it('asks each edition only for its own pages, and keys the cache by language', async () => {
    const before = server.requests.length;
    await service().build(
      request('pl', 'Premier Donald Tusk przyjechał do Krakowa. Kraków czeka.', [
        ['person', 'Donald Tusk'],
        ['place', 'Kraków'],
      ]),
    );
    const asked = server.requests.slice(before).map((r) => decodeURIComponent(r.url.replace(/\+/g, ' ')));
    expect(asked.some((u) => u.startsWith('/api/wikipedia/pl/') && u.includes('Donald Tusk'))).toBe(true);
    expect(asked.some((u) => u.startsWith('/api/wikipedia/en/') && u.includes('prop=extracts'))).toBe(false);
    expect(asked.filter((u) => u.includes('action=wbsearchentities')).every((u) => u.includes('language=pl'))).toBe(
      true,
    );
  });
});

interface PageCards {
  lang: string;
  people: string[];
  places: string[];
  cards: Record<string, { qid: string; edition: string }>;
}
const PAGES = loadFixturePages()
  .filter((p) => p.expected.multilingual)
  .map((p) => ({
    slug: p.slug,
    text: p.html.replace(/<[^>]+>/g, ' '),
    expected: p.expected.multilingual as PageCards,
  }));

describe('cards for the multilingual fixture pages', () => {
  it('covers nine pages', () => expect(PAGES).toHaveLength(9));

  it.each(PAGES)('$slug: its people and places link to items with pages in its edition', async ({ text, expected }) => {
    const names: [Entity['type'], string][] = [
      ...expected.people.map((n): [Entity['type'], string] => ['person', n]),
      ...expected.places.map((n): [Entity['type'], string] => ['place', n]),
    ];
    const result = await service().build(request(expected.lang, text, names));
    expect(result.status).toBe('ready');
    for (const [name, { qid, edition }] of Object.entries(expected.cards)) {
      const card = result.cards.find((c) => c.name === name);
      expect(card, name).toMatchObject({ status: 'linked', qid, lang: edition });
      expect(card!.summary, name).toBeTruthy();
      expect(card!.wikipediaUrl, name).toMatch(new RegExp(`^https://${edition}\\.wikipedia\\.org/wiki/`));
    }
  });
});
