import { describe, expect, it } from 'vitest';
import {
  articleDay,
  compareDates,
  formatTime,
  inForce,
  positionsAsOf,
  quantityAsOf,
  tenseOf,
  yearsBetween,
} from '../../../src/pipeline/link/as-of';
import { LABELS } from '../../fixtures/api/wikimedia/entities';
import { entitiesFrom, spec } from './recorded';

describe('dates', () => {
  it.each([
    ['2012', '2012-05-07', 0],
    ['2012-05-07', '2012-05-08', -1],
    ['2022-09', '2022-08-30', 1],
    ['-0500', '0100', -1],
    ['2022-09-07', '2022-09-07', 0],
  ])('compareDates(%s, %s) = %s', (a, b, expected) => expect(compareDates(a, b)).toBe(expected));
  it.each([
    ['2022-09-07T12:26:00-04:00', '2022-09-07'],
    ['2022-09-07', '2022-09-07'],
    ['Sept. 7', null],
    [null, null],
  ])('articleDay(%s)', (iso, day) => expect(articleDay(iso)).toBe(day));
  it.each([
    [{ date: '1952-10-07', precision: 11 }, '7 October 1952'],
    [{ date: '2022-09', precision: 10 }, 'September 2022'],
    [{ date: '1947', precision: 9 }, '1947'],
    [{ date: '-0500', precision: 9 }, '500 BC'],
  ])('formatTime(%o)', (time, text) => expect(formatTime(time)).toBe(text));
  it('counts whole years, and refuses vague birth dates', () => {
    expect(yearsBetween({ date: '1952-10-07', precision: 11 }, '2022-09-07')).toBe(69);
    expect(yearsBetween({ date: '1952-10-07', precision: 11 }, '2022-10-07')).toBe(70);
    expect(yearsBetween({ date: '1931-03-02', precision: 11 }, '2022-08-30')).toBe(91);
    expect(yearsBetween({ date: '1952', precision: 9 }, '2022-09-07')).toBeNull();
  });
});

describe('tenseOf', () => {
  const t = (date: string) => ({ date, precision: 11 });
  it.each([
    [{ start: t('2012-05-07') }, '2022-09-07', 'current'],
    [{ start: t('2000-05-07'), end: t('2008-05-07') }, '2022-09-07', 'past'],
    [{ start: t('2013-04-22'), end: t('2022-11-22') }, '2022-09-07', 'current'],
    [{ start: t('2013-04-22'), end: t('2022-11-22') }, '2023-01-01', 'past'],
    [{ start: t('2024-01-01') }, '2022-09-07', 'future'],
    [{}, '2022-09-07', 'unknown'],
  ] as const)('%o on %s is %s', (statement, asOf, tense) => expect(tenseOf(statement, asOf)).toBe(tense));
});

describe('positionsAsOf', () => {
  const [putin, xi, gorbachev, denisov] = entitiesFrom([
    spec('Q7747'),
    spec('Q15031'),
    spec('Q30487'),
    spec('Q2038476'),
  ]);

  it('Putin in September 2022: President of Russia since 2012, with his earlier terms', () => {
    const positions = positionsAsOf(putin!.claims.P39, LABELS, '2022-09-07');
    expect(positions[0]).toMatchObject({
      label: 'President of Russia',
      current: true,
      text: 'President of Russia (since 2012; also 2000–2008)',
    });
    expect(positions.find((p) => p.label === 'Prime Minister of Russia')).toMatchObject({
      current: false,
      text: 'Prime Minister of Russia (2008–2012, 1999–2000)',
    });
  });

  it('Putin in 2005: president since 2000, his second premiership not yet begun', () => {
    const positions = positionsAsOf(putin!.claims.P39, LABELS, '2005-01-01');
    expect(positions[0]!.text).toBe('President of Russia (2000–2008, in office at the time)');
    expect(positions.find((p) => p.label === 'Prime Minister of Russia')!.text).toBe(
      'Prime Minister of Russia (1999–2000)',
    );
  });

  it('Xi: every current office first', () => {
    const positions = positionsAsOf(xi!.claims.P39, LABELS, '2022-09-07');
    expect(positions.filter((p) => p.current).map((p) => p.label)).toEqual(
      [
        "President of the People's Republic of China",
        'General Secretary of the Chinese Communist Party',
        'Chairman of the Central Military Commission',
      ].sort((a, b) => positions.findIndex((p) => p.label === a) - positions.findIndex((p) => p.label === b)),
    );
    expect(positions.filter((p) => p.current)).toHaveLength(3);
    expect(positions.find((p) => p.label.startsWith('Vice'))!.current).toBe(false);
  });

  it('Denisov: Ambassador to China at the time of the article, though it has ended since', () => {
    const positions = positionsAsOf(denisov!.claims.P39, LABELS, '2022-09-07');
    expect(positions[0]).toMatchObject({
      label: 'Ambassador of Russia to China',
      current: true,
      endedSince: true,
      text: 'Ambassador of Russia to China (2013–2022, in office at the time)',
    });
  });

  it('Gorbachev: only former offices', () => {
    const positions = positionsAsOf(gorbachev!.claims.P39, LABELS, '2022-09-07');
    expect(positions.every((p) => !p.current)).toBe(true);
    expect(positions[0]!.text).toBe('President of the Soviet Union (1990–1991)');
  });

  it('skips offices whose label is unknown rather than showing an id', () => {
    expect(positionsAsOf(putin!.claims.P39, {}, '2022-09-07')).toEqual([]);
  });
});

describe('facts in force', () => {
  const [gazprom, russia, china] = entitiesFrom([spec('Q102673'), spec('Q159'), spec('Q148')]);
  it('Gazprom headquarters moved in 2021', () => {
    expect(inForce(gazprom!.claims.P159, '2020-01-01').map((s) => s.id)).toEqual(['Q649']);
    expect(inForce(gazprom!.claims.P159, '2022-09-07').map((s) => s.id)).toEqual(['Q656']);
  });
  it("China's premier in 2022 was Li Keqiang", () => {
    expect(inForce(china!.claims.P6, '2022-09-07').map((s) => s.id)).toEqual(['Q57292']);
    expect(inForce(china!.claims.P6, '2024-01-01').map((s) => s.id)).toEqual([]);
  });
  it('population: the latest count not after the article', () => {
    expect(quantityAsOf(russia!.claims.P1082, '2022-09-07')?.amount).toBe(146171015);
    expect(quantityAsOf(russia!.claims.P1082, '2018-06-01')?.amount).toBe(147182123);
    expect(quantityAsOf(russia!.claims.P1082, '2024-01-01')?.amount).toBe(145557576);
  });
});
