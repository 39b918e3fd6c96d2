import { describe, expect, it } from 'vitest';
import { buildCoverageQuery } from '../../../src/pipeline/coverage/build-query';
import { parseGdeltArtList } from '../../../src/pipeline/coverage/parse-gdelt';
import { parseGoogleNewsRss } from '../../../src/pipeline/coverage/parse-rss';
import { relatedLinkItems, selectCoverage } from '../../../src/pipeline/coverage/select-coverage';
import type { CoverageCandidate } from '../../../src/shared/coverage';
import { NEWS_FIXTURES } from '../../fixtures/api/news';
import { SEED_ARTICLE, SEED_ENTITIES, SEED_EVENTS, SEED_NOW } from './seed-entities';

const query = buildCoverageQuery({
  title: SEED_ARTICLE.title,
  publishedAt: SEED_ARTICLE.publishedAt,
  entities: SEED_ENTITIES,
  events: SEED_EVENTS,
  now: SEED_NOW,
});
const gdelt = parseGdeltArtList(JSON.parse(NEWS_FIXTURES.gdeltArtList()));
const google = parseGoogleNewsRss(NEWS_FIXTURES.googleNews())!;
const { items, dropped } = selectCoverage([...gdelt, ...google], SEED_ARTICLE, query.terms);

describe('selectCoverage on the seed story (recorded-format GDELT and Google News answers)', () => {
  it('drops the article itself and its syndicated copy (same headline on msn.com)', () => {
    expect(items.some((i) => i.domain === 'foxnews.com' && /face-to-face/.test(i.title))).toBe(false);
    expect(items.some((i) => i.domain === 'msn.com')).toBe(false);
    expect(dropped.self).toBe(3); // GDELT's Fox copy (with ?utm_source), MSN's copy, Google News' Fox item
  });

  it('merges one URL found by both sources, and folds an outlet edition (uk.reuters.com)', () => {
    const scmp = items.filter((i) => i.outlet === 'South China Morning Post');
    expect(scmp).toHaveLength(1);
    expect(scmp[0]!.sources.sort()).toEqual(['gdelt', 'googleNews']);
    expect(items.filter((i) => i.outlet === 'Reuters')).toHaveLength(1);
  });

  it('folds wire copy across outlets and names the other outlets', () => {
    const ap = items.find((i) => i.outlet === 'Associated Press' || i.outlet === 'ABC News')!;
    expect(ap).toBeDefined();
    expect(items.filter((i) => /Xi to visit Kazakhstan/.test(i.title))).toHaveLength(1);
    expect(ap.alsoIn).toHaveLength(1);
  });

  it('drops items not about the story', () => {
    expect(items.some((i) => i.domain === 'example-tabloid.com')).toBe(false);
    expect(dropped.weak).toBeGreaterThanOrEqual(1);
  });

  it('labels every item with outlet, country and date, and prefers publisher URLs', () => {
    for (const i of items) {
      expect(i.outlet).toBeTruthy();
      expect(i.country).toBeTruthy();
      expect(i.publishedAt).toMatch(/^2022-09-\d\dT/);
    }
    // Al Jazeera's and Nikkei's Google News ids are the new opaque kind: they open through the feed link.
    const viaFeed = items.filter((i) => !i.direct);
    expect(viaFeed.map((i) => i.outlet).sort()).toEqual(['Al Jazeera', 'Nikkei Asia']);
    for (const i of viaFeed) expect(new URL(i.url).hostname).toBe('news.google.com');
  });

  it('shows many outlets from many countries, best first', () => {
    const outlets = new Set(items.map((i) => i.outlet));
    const countries = new Set(items.map((i) => i.country));
    expect(outlets.size).toBe(items.length);
    expect(countries.size).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items[0]!.score).toBeGreaterThanOrEqual(items.at(-1)!.score);
  });
});

describe('selectCoverage false cases', () => {
  const base: CoverageCandidate = {
    url: 'https://www.bbc.com/news/world-asia-1',
    direct: true,
    title: 'Putin and Xi meet in Samarkand',
    outlet: 'BBC',
    family: 'bbc',
    domain: 'bbc.com',
    country: 'United Kingdom',
    publishedAt: '2022-09-15T10:00:00Z',
    lang: 'en',
    source: 'gdelt',
  };
  it('keeps two different stories from one outlet apart', () => {
    const other = {
      ...base,
      url: 'https://www.bbc.com/news/world-asia-2',
      title: 'Xi Jinping arrives in Kazakhstan before meeting Putin',
      publishedAt: '2022-09-08T10:00:00Z',
    };
    const { items } = selectCoverage([base, other], SEED_ARTICLE, query.terms);
    expect(items).toHaveLength(2);
  });

  it('caps an outlet that dominates the results', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({
      ...base,
      url: `https://www.bbc.com/news/${i}`,
      title: `Putin Xi summit story number ${i} ${'abcdef'[i]}x${i}`,
    }));
    const { items } = selectCoverage(many, SEED_ARTICLE, query.terms, {
      dedupe: { sameHeadline: 0.99, containedHeadline: 1.1 },
    });
    expect(items).toHaveLength(2);
  });

  it('returns nothing for nothing', () => {
    expect(selectCoverage([], SEED_ARTICLE, query.terms).items).toEqual([]);
  });
});

describe('relatedLinkItems', () => {
  it('turns in-body links into items from the publisher, relative URLs resolved, capitals calmed, self dropped', () => {
    const items = relatedLinkItems({
      url: SEED_ARTICLE.url,
      publisher: 'Fox News',
      relatedLinks: [
        {
          text: 'PUTIN TO ATTEND WAR GAMES WITH CHINA AND OTHER ALLIED NATIONS, EXPERT WARNS OF ‘DANGEROUS’ TIME',
          url: '/world/putin-attend-war-games-china-other-allied-nations-expert-warns-dangerous-time',
        },
        {
          text: 'RUSSIA’S GAZPROM SIGNS GAS DEAL WITH CHINA TO CONVERT PAYMENTS TO RUBLE, YUAN',
          url: 'https://www.foxnews.com/world/russias-gazprom-signs-gas-deal-china-convert-payments-ruble-yuan?intcmp=tw',
        },
        { text: 'Same page again', url: `${SEED_ARTICLE.url}#comments` },
        {
          text: 'RUSSIA’S GAZPROM SIGNS GAS DEAL (duplicate)',
          url: 'https://www.foxnews.com/world/russias-gazprom-signs-gas-deal-china-convert-payments-ruble-yuan',
        },
        { text: 'Evil', url: 'javascript:alert(1)' },
        { text: 'x', url: '/short' },
      ],
    });
    expect(items.map((i) => [i.title, i.url, i.outlet])).toEqual([
      [
        'Putin to attend war games with china and other allied nations, expert warns of ‘dangerous’ time',
        'https://www.foxnews.com/world/putin-attend-war-games-china-other-allied-nations-expert-warns-dangerous-time',
        'Fox News',
      ],
      [
        'Russia’s gazprom signs gas deal with china to convert payments to ruble, yuan',
        'https://www.foxnews.com/world/russias-gazprom-signs-gas-deal-china-convert-payments-ruble-yuan?intcmp=tw',
        'Fox News',
      ],
    ]);
    expect(items.every((i) => i.sources[0] === 'related')).toBe(true);
  });
});
