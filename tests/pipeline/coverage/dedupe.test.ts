import { describe, expect, it } from 'vitest';
import { dedupeCandidates, type Scored } from '../../../src/pipeline/coverage/dedupe';
import { SEED_ARTICLE } from './seed-entities';

const c = (url: string, title: string, score: number, extra: Partial<Scored> = {}): Scored => {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return {
    url,
    direct: true,
    title,
    outlet: host,
    family: host,
    domain: host,
    country: null,
    publishedAt: null,
    lang: null,
    source: 'gdelt',
    score,
    ...extra,
  };
};
const article = { ...SEED_ARTICLE, family: 'foxnews' };

describe('dedupeCandidates', () => {
  it.each([
    [
      'the article URL with tracking parameters',
      c(`${SEED_ARTICLE.url}?utm_source=feed&cmpid=x`, 'Other title entirely', 0.5, { family: 'foxnews' }),
    ],
    [
      'the article URL on the AMP host',
      c(`${SEED_ARTICLE.url.replace('www.', 'amp.')}.amp`, 'Other title entirely', 0.5, { family: 'foxnews' }),
    ],
    [
      'a syndicated copy of its headline',
      c(
        'https://www.msn.com/en-us/news/x/ar-1',
        'Putin, Xi to meet next week for first face-to-face talks since Ukraine war began',
        0.7,
      ),
    ],
    [
      'the same outlet, lightly reworded',
      c('https://www.foxnews.com/video/123', 'Putin and Xi to meet next week for face-to-face talks', 0.7, {
        family: 'foxnews',
      }),
    ],
  ])('drops %s', (_why, candidate) => {
    const { kept, dropped } = dedupeCandidates([candidate], article);
    expect(kept).toEqual([]);
    expect(dropped.self).toBe(1);
  });

  it.each([
    [
      'another outlet, lightly reworded headline (its own report)',
      c('https://www.bbc.com/news/1', 'Putin and Xi will meet next week in Uzbekistan', 0.7),
    ],
    [
      'the same outlet, another story',
      c('https://www.foxnews.com/world/gazprom', 'Gazprom signs gas deal with China', 0.5, { family: 'foxnews' }),
    ],
  ])('keeps %s', (_why, candidate) => {
    expect(dedupeCandidates([candidate], article).kept).toHaveLength(1);
  });

  it('merges one URL from two sources, keeping the better item and both sources', () => {
    const a = c('https://www.scmp.com/news/a?utm_source=rss', 'Xi to meet Putin', 0.6);
    const b = c('https://scmp.com/news/a/', 'Xi to meet Putin', 0.7, {
      source: 'googleNews',
      publishedAt: '2022-09-07T09:00:00Z',
    });
    const { kept, dropped } = dedupeCandidates([a, b], article);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.sources.sort()).toEqual(['gdelt', 'googleNews']);
    expect(kept[0]!.score).toBe(0.7);
    expect(dropped.sameUrl).toBe(1);
  });

  it('folds the same headline across outlets into the best one, naming the others', () => {
    const ap = c('https://apnews.com/a', 'Xi to visit Kazakhstan, meet Putin on first trip abroad since pandemic', 0.6);
    const abc = c(
      'https://abcnews.go.com/b',
      'Xi to visit Kazakhstan, meet Putin on first trip abroad since pandemic',
      0.55,
      { outlet: 'ABC News', family: 'abc-us' },
    );
    const star = c(
      'https://www.thestar.com/c',
      'WORLD NEWS: Xi to visit Kazakhstan, meet Putin on first trip abroad since pandemic',
      0.5,
      { outlet: 'Toronto Star' },
    );
    const { kept, dropped } = dedupeCandidates([abc, star, ap], article);
    expect(kept.map((k) => k.url)).toEqual(['https://apnews.com/a']);
    expect(kept[0]!.alsoIn).toEqual(['ABC News', 'Toronto Star']);
    expect(dropped.sameHeadline).toBe(2);
  });

  it('links the wire service that wrote a copied story, even when a paper’s copy scored higher', () => {
    const abc = c('https://abcnews.go.com/b', 'Xi to visit Kazakhstan, meet Putin', 0.62, {
      outlet: 'ABC News',
      family: 'abc-us',
    });
    const ap = c('https://apnews.com/a', 'Xi to visit Kazakhstan, meet Putin', 0.6, {
      outlet: 'Associated Press',
      family: 'ap',
    });
    const { kept } = dedupeCandidates([abc, ap], article);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      url: 'https://apnews.com/a',
      outlet: 'Associated Press',
      alsoIn: ['ABC News'],
      score: 0.62,
    });
  });

  it('prefers a publisher link over a feed link at equal score', () => {
    const feed = c('https://news.google.com/rss/articles/CBMiABC', 'Xi to meet Putin in Samarkand', 0.6, {
      direct: false,
    });
    const direct = c('https://www.dw.com/en/x', 'Xi to meet Putin in Samarkand', 0.6);
    expect(dedupeCandidates([feed, direct], article).kept[0]!.url).toBe('https://www.dw.com/en/x');
  });
});
