/**
 * Related coverage in the article's language first: a German article asks GDELT with `sourcelang:german` and Google
 * News' German edition, with the names as the article spells them, then both internationally; German items come
 * first. An English article asks once, unfiltered.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCoverageService, type CoverageInput } from '../../../src/background/coverage/coverage-service';
import { createCoverageCache } from '../../../src/background/history/coverage-cache';
import { historyDbOpener } from '../../../src/background/history/db';
import { normalizeSettings } from '../../../src/shared/settings';
import type { Article, Entity } from '../../../src/shared/types';
import { NEWS_FIXTURES } from '../../fixtures/api/news';
import { SEED_ARTICLE, SEED_NOW } from '../../pipeline/coverage/seed-entities';
import { fakeClock, fakeFetch, reply } from '../sources/fake-fetch';

/** GDELT's ArtList JSON for German outlets, in the API's own field names. */
const GERMAN_ARTLIST = JSON.stringify({
  articles: [
    [
      'https://www.spiegel.de/ausland/putin-xi-samarkand-a-1.html',
      'Wladimir Putin trifft Xi Jinping in Samarkand',
      'spiegel.de',
    ],
    [
      'https://www.faz.net/aktuell/politik/putin-und-xi-in-samarkand-2.html',
      'Xi Jinping und Wladimir Putin: Gipfel in Samarkand',
      'faz.net',
    ],
  ].map(([url, title, domain]) => ({
    url,
    url_mobile: '',
    title,
    seendate: '20220907T120000Z',
    socialimage: '',
    domain,
    language: 'German',
    sourcecountry: 'Germany',
  })),
});

/** One Google News RSS item from the German edition. */
const GERMAN_RSS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0"><channel><title>Google News</title><language>de</language><item><title>Putin und Xi Jinping beraten in Samarkand - tagesschau.de</title><link>https://news.google.com/rss/articles/CBMiQWh0dHBzOi8vd3d3LnRhZ2Vzc2NoYXUuZGUvYXVzbGFuZC9wdXRpbi14aS1zYW1hcmthbmQtMTAwLmh0bWzSAQA?oc=5</link><guid isPermaLink="false">de-1</guid><pubDate>Wed, 07 Sep 2022 13:00:00 GMT</pubDate><description>Putin und Xi Jinping beraten in Samarkand</description><source url="https://www.tagesschau.de">tagesschau.de</source></item></channel></rss>`;

const m = (...texts: string[]) => texts.map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length }));
const ENTITIES: Entity[] = [
  { type: 'person', name: 'Wladimir Putin', mentions: m('Wladimir Putin', 'Putin', 'Putin') },
  { type: 'person', name: 'Xi Jinping', mentions: m('Xi Jinping', 'Xi') },
  { type: 'place', name: 'Samarkand', mentions: m('Samarkand', 'Samarkand') },
];

function setup(lang: string) {
  const clock = fakeClock(SEED_NOW);
  const { fetch, calls } = fakeFetch((url) => {
    const query = url.searchParams.get('query') ?? '';
    if (url.hostname === 'gnews.test')
      return reply(url.searchParams.get('hl') === 'de' ? GERMAN_RSS : NEWS_FIXTURES.googleNews(), 200, {
        'content-type': 'application/xml; charset=utf-8',
      });
    if (url.searchParams.get('mode') === 'TimelineVol') return reply(NEWS_FIXTURES.gdeltTimeline());
    return reply(query.includes('sourcelang:german') ? GERMAN_ARTLIST : NEWS_FIXTURES.gdeltArtList(), 200, {
      'content-type': 'application/json',
    });
  });
  const open = historyDbOpener(`coverage-languages-${lang}-${Math.random()}`);
  const service = createCoverageService(
    {
      fetch,
      now: clock.now,
      sleep: clock.sleep,
      cache: createCoverageCache(open, clock.now),
      history: null,
      log: () => {},
    },
    { gdelt: { timeoutMs: 50 }, googleNews: { timeoutMs: 50 } },
  );
  const article: Article = {
    ...SEED_ARTICLE,
    title: 'Putin und Xi treffen sich in Samarkand',
    byline: null,
    authors: [],
    lang,
    text: 'Der russische Präsident Wladimir Putin trifft Xi Jinping in Samarkand.',
    relatedLinks: [],
  };
  const input: CoverageInput = {
    article,
    analysis: { entities: ENTITIES, events: [] },
    settings: normalizeSettings({
      endpoints: { gdelt: 'https://gdelt.test/api/v2/doc/doc', googleNews: 'https://gnews.test/rss/search' },
    }),
    incognito: false,
    // Linked with English cards: the labels are English, the article's spelling is not.
    links: {
      'Wladimir Putin': { qid: 'Q7747', label: 'Vladimir Putin' },
      'Xi Jinping': { qid: 'Q15031', label: 'Xi Jinping' },
    },
  };
  const asked = (host: string) => calls.filter((c) => c.url.hostname === host).map((c) => c.url);
  return { service, input, asked };
}

describe('coverage in the article language', () => {
  it('asks in German first, with the article’s spelling, then internationally, and lists German items first', async () => {
    const { service, input, asked } = setup('de-DE');
    const coverage = await service.find(input);

    const lists = asked('gdelt.test').filter((u) => u.searchParams.get('mode') !== 'TimelineVol');
    expect(lists.map((u) => u.searchParams.get('query'))).toEqual([
      expect.stringMatching(/"Wladimir Putin".* sourcelang:german$/),
      expect.not.stringContaining('sourcelang'),
    ]);
    expect(lists[1]!.searchParams.get('query')).toContain('"Vladimir Putin"');

    const editions = asked('gnews.test').map((u) => [u.searchParams.get('hl'), u.searchParams.get('ceid')]);
    expect(editions).toEqual(
      expect.arrayContaining([
        ['de', 'DE:de'],
        ['en-US', 'US:en'],
      ]),
    );
    expect(editions).toHaveLength(2);
    const german = asked('gnews.test').find((u) => u.searchParams.get('hl') === 'de')!;
    expect(german.searchParams.get('q')).toContain('Wladimir Putin');

    expect(coverage.keywords).toEqual(expect.arrayContaining(['Wladimir Putin', 'Vladimir Putin']));
    const langs = coverage.items.map((i) => i.lang);
    const firstOther = langs.findIndex((l) => l !== 'de');
    expect(firstOther).toBeGreaterThanOrEqual(2);
    expect(langs.slice(firstOther).includes('de')).toBe(false);
    expect(coverage.items.length).toBeGreaterThan(firstOther);
  });

  it.each(['en-US', null])('an article in %j asks each source once, unfiltered', async (lang) => {
    const { service, input, asked } = setup(lang as string);
    await service.find({ ...input, article: { ...input.article, lang } });
    const lists = asked('gdelt.test').filter((u) => u.searchParams.get('mode') !== 'TimelineVol');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.searchParams.get('query')).not.toContain('sourcelang');
    expect(asked('gnews.test').map((u) => u.searchParams.get('hl'))).toEqual(['en-US']);
  });
});
