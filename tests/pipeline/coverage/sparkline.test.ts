import { describe, expect, it } from 'vitest';
import { parseGdeltTimeline } from '../../../src/pipeline/coverage/parse-gdelt';
import { buildTimeline } from '../../../src/pipeline/coverage/sparkline';
import { sparklinePoints } from '../../../src/shared/sparkline-points';
import { NEWS_FIXTURES } from '../../fixtures/api/news';

describe('buildTimeline', () => {
  const points = parseGdeltTimeline(JSON.parse(NEWS_FIXTURES.gdeltTimeline()));

  it('marks the peak (the summit) and the article day', () => {
    const t = buildTimeline(points, '2022-09-07')!;
    expect(t.points[t.peakIndex]!.date).toBe('2022-09-15T00:00:00.000Z');
    expect(t.points[t.articleIndex!]!.date).toBe('2022-09-07T00:00:00.000Z');
  });

  it('leaves the article mark out when its day is outside the series', () => {
    expect(buildTimeline(points, '2021-01-01')!.articleIndex).toBeNull();
    expect(buildTimeline(points, null)!.articleIndex).toBeNull();
  });

  it('merges long series by their maximum so the peak survives', () => {
    const t = buildTimeline(points, null, { maxPoints: 10 })!;
    expect(t.points.length).toBeLessThanOrEqual(10);
    expect(Math.max(...t.points.map((p) => p.value))).toBe(0.74);
  });

  it.each([
    ['no points', []],
    ['one point', [{ date: '2022-09-01T00:00:00Z', value: 1 }]],
    [
      'all zero',
      [
        { date: '2022-09-01T00:00:00Z', value: 0 },
        { date: '2022-09-02T00:00:00Z', value: 0 },
      ],
    ],
  ])('has no timeline with %s', (_why, pts) => {
    expect(buildTimeline(pts, null)).toBeNull();
  });
});

describe('sparklinePoints', () => {
  it('fits values in the box, top at the maximum, bottom at zero', () => {
    expect(sparklinePoints([0, 5, 10], 102, 22)).toBe('1,21 51,11 101,1');
    expect(sparklinePoints([], 100, 20)).toBe('');
    expect(sparklinePoints([0, 0], 102, 22)).toBe('1,21 101,21');
  });
});
