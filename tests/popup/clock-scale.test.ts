import { describe, expect, it } from 'vitest';
import { clockScale, type ScaleStop } from '../../src/popup/clock-scale';

const stop = (id: string, start: string, end = start): ScaleStop => ({ id, start, end });
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const xOf = (scale: ReturnType<typeof clockScale>, id: string) => scale.stops.find((s) => s.id === id)!;

describe('clockScale', () => {
  it('places days in proportion to time when nothing is crowded', () => {
    const scale = clockScale([stop('a', '2022-01-01'), stop('b', '2022-01-11'), stop('c', '2022-01-31')]);
    expect(scale.breaks).toEqual([]);
    expect(scale.stops.map((s) => s.x)).toEqual([0, 1 / 3, 1]);
  });

  it('cuts the thirty years after the Cold War and the half year before the story’s week, keeping that week to scale', () => {
    const scale = clockScale([
      stop('cold war', '1947-01-01', '1991-12-31'),
      stop('invasion', '2022-02-24'),
      stop('published', '2022-09-07'),
      stop('story', '2022-09-15', '2022-09-16'),
    ]);
    expect(scale.breaks.map((b) => b.days)).toEqual([
      days('1991-12-31', '2022-02-24'),
      days('2022-02-24', '2022-09-07'),
    ]);
    const war = xOf(scale, 'cold war');
    const [inv, pub, story] = ['invasion', 'published', 'story'].map((id) => xOf(scale, id));
    expect(war.x).toBe(0);
    expect(war.x2).toBeLessThan(scale.breaks[0]!.x);
    expect(inv!.x).toBeGreaterThan(scale.breaks[0]!.x);
    expect(inv!.x).toBeLessThan(scale.breaks[1]!.x);
    expect(pub!.x).toBeGreaterThan(scale.breaks[1]!.x);
    // The last part to scale: the story starts 8 of the 9 days from this article's day to the story's last day.
    expect((story!.x - pub!.x) / (story!.x2 - pub!.x)).toBeCloseTo(8 / 9, 6);
    expect(story!.x2).toBeCloseTo(1, 9);
  });

  it.each([
    [
      'gaps under two months are never cut, even when two stops are a day apart',
      ['2022-07-20', '2022-09-07', '2022-09-08'],
      0,
      false,
    ],
    [
      'half a year is cut when two stops a week apart would be crowded',
      ['2022-02-24', '2022-09-07', '2022-09-15'],
      1,
      true,
    ],
    ['decades spread evenly are not cut', ['1990-01-01', '2000-01-01', '2010-01-01', '2020-01-01'], 0, true],
    [
      'only the longest gap is cut when that leaves the week at the end room',
      ['1990-01-01', '2000-01-01', '2010-01-01', '2022-09-07', '2022-09-15'],
      1,
      true,
    ],
  ])('%s', (_name, starts, breaks, spaced) => {
    const scale = clockScale(starts.map((s, i) => stop(`s${i}`, s)));
    expect(scale.breaks).toHaveLength(breaks);
    const xs = scale.stops.map((s) => s.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.at(-1)).toBeCloseTo(1, 9);
    // Every neighbour at least the minimum apart once cut; crowded only where nothing may be cut.
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    expect(Math.min(...gaps) >= 0.06).toBe(spaced);
  });

  it('cuts the longest gap first: the parts either side stay to scale', () => {
    const scale = clockScale(
      ['1990-01-01', '2000-01-01', '2010-01-01', '2022-09-07', '2022-09-15'].map((s, i) => stop(`s${i}`, s)),
    );
    expect(scale.breaks.map((b) => b.days)).toEqual([days('2010-01-01', '2022-09-07')]);
    const [a, b, c] = scale.stops.map((s) => s.x);
    expect(b! - a!).toBeCloseTo(c! - b!, 2);
    expect(scale.segments.map((s) => [s.from, s.to])).toEqual([
      ['1990-01-01', '2010-01-01'],
      ['2022-09-07', '2022-09-15'],
    ]);
  });

  it('never cuts a gap inside a stop’s own range', () => {
    const scale = clockScale([stop('war', '1947-01-01', '1991-12-31'), stop('end', '1991-12-25')]);
    expect(scale.breaks).toEqual([]);
    expect(xOf(scale, 'end').x).toBeCloseTo(days('1947-01-01', '1991-12-25') / days('1947-01-01', '1991-12-31'), 9);
  });

  it('draws a single day in the middle', () => {
    expect(clockScale([stop('a', '2022-09-07')]).stops).toEqual([{ id: 'a', x: 0.5, x2: 0.5 }]);
  });
});
