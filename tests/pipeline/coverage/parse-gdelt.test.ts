import { describe, expect, it } from 'vitest';
import { gdeltDate, parseGdeltArtList, parseGdeltTimeline } from '../../../src/pipeline/coverage/parse-gdelt';
import { NEWS_FIXTURES } from '../../fixtures/api/news';

describe('parseGdeltArtList', () => {
  it('normalizes the raw ArtList JSON (pinned on one article)', () => {
    const raw = JSON.parse(
      '{"articles":[{"url":"https://tass.com/politics/1503421","url_mobile":"","title":"Putin , Xi to hold talks on sidelines of SCO summit ( Samarkand ) — Kremlin","seendate":"20220907T080000Z","socialimage":"","domain":"tass.com","language":"English","sourcecountry":"Russia"}]}',
    );
    expect(parseGdeltArtList(raw)).toEqual([
      {
        url: 'https://tass.com/politics/1503421',
        direct: true,
        title: 'Putin, Xi to hold talks on sidelines of SCO summit (Samarkand) — Kremlin',
        outlet: 'TASS',
        family: 'tass',
        domain: 'tass.com',
        country: 'Russia',
        publishedAt: '2022-09-07T08:00:00.000Z',
        lang: 'en',
        source: 'gdelt',
      },
    ]);
  });

  it.each([
    ['Putin , Xi to meet for first face - to - face talks', 'Putin, Xi to meet for first face-to-face talks'],
    ['Putin - Xi summit : what to expect', 'Putin - Xi summit: what to expect'],
    ['Xi ’ s first trip abroad ( since 2020 )', 'Xi’s first trip abroad (since 2020)'],
  ])('repairs GDELT’s spacing in %j', (raw, title) => {
    expect(parseGdeltArtList({ articles: [{ url: 'https://a.com/x', title: raw }] })[0]!.title).toBe(title);
  });

  it('reads the recorded-format answer for the seed story', () => {
    const items = parseGdeltArtList(JSON.parse(NEWS_FIXTURES.gdeltArtList()));
    expect(items).toHaveLength(14);
    expect(items.find((i) => i.domain === 'elpais.com')).toMatchObject({
      lang: 'es',
      country: 'Spain',
      outlet: 'El País',
    });
    // Unknown outlets keep GDELT's country.
    expect(items.find((i) => i.domain === 'example-tabloid.com')).toMatchObject({
      outlet: 'example-tabloid.com',
      country: 'United Kingdom',
    });
  });

  it.each([
    ['an empty object (no results)', {}],
    ['null', null],
    ['articles that is not a list', { articles: 'x' }],
    [
      'entries without URL or title',
      { articles: [{ title: 'x' }, { url: 'https://a.com/x' }, { url: 'javascript:x', title: 'y' }, 5, null] },
    ],
  ])('gives [] for %s', (_why, json) => {
    expect(parseGdeltArtList(json)).toEqual([]);
  });
});

describe('parseGdeltTimeline', () => {
  it('reads TimelineVol points in date order', () => {
    const points = parseGdeltTimeline(JSON.parse(NEWS_FIXTURES.gdeltTimeline()));
    expect(points).toHaveLength(29);
    expect(points[0]).toEqual({ date: '2022-08-24T00:00:00.000Z', value: 0.02 });
    expect(Math.max(...points.map((p) => p.value))).toBe(0.74);
  });

  it('drops unreadable points and tolerates empty answers', () => {
    expect(
      parseGdeltTimeline({
        timeline: [
          {
            data: [
              { date: 'x', value: 1 },
              { date: '20220901T000000Z', value: -1 },
              { date: '20220902T000000Z', value: '0.5' },
            ],
          },
        ],
      }),
    ).toEqual([{ date: '2022-09-02T00:00:00.000Z', value: 0.5 }]);
    expect(parseGdeltTimeline({ timeline: [] })).toEqual([]);
    expect(parseGdeltTimeline('nope')).toEqual([]);
  });
});

describe('gdeltDate', () => {
  it.each([
    ['20220907T161500Z', '2022-09-07T16:15:00.000Z'],
    ['20220907161500', '2022-09-07T16:15:00.000Z'],
    ['20220907', '2022-09-07T00:00:00.000Z'],
    ['20220231T000000Z', null],
    ['2022-09-07', null],
    ['', null],
  ])('%j → %j', (raw, iso) => {
    expect(gdeltDate(raw)).toBe(iso);
  });
});
