/** Date strings as CMSs print them, and written zones as offsets on the day they name. */
import { describe, expect, it } from 'vitest';
import { isoDate, visibleDate, zoneOffset } from '../../../src/pipeline/extract/dates';
import { parseStamp, resolveFloating } from '../../../src/pipeline/extract/stamps';

describe('isoDate reads Java/JavaScript Date.toString output', () => {
  it.each([
    ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03T12:45:00-04:00'],
    ['Wed Dec 05 14:51 PST 2018', '2018-12-05T14:51:00-08:00'],
    ['Tue Dec 20 2016 13:00:00 GMT+0000 (UTC)', '2016-12-20T13:00:00+00:00'],
    ['Tue Dec 20 2016 08:00:00 GMT-0500 (Eastern Standard Time)', '2016-12-20T08:00:00-05:00'],
    ['Mon Aug 03 12:45:00 2015 EDT', null],
    ['Mon Foo 03 12:45:00 EDT 2015', null],
    ['Mon Aug 33 12:45:00 EDT 2015', null],
  ])('%s → %s', (raw, iso) => {
    expect(isoDate(raw)).toBe(iso);
  });
});

describe('generic US zones follow daylight saving time', () => {
  it.each([
    ['ET', 2016, 12, 16, '-05:00'],
    ['ET', 2019, 6, 1, '-04:00'],
    ['ET', 2017, 3, 11, '-05:00'],
    ['ET', 2017, 3, 12, '-04:00'],
    ['ET', 2016, 11, 6, '-05:00'],
    ['ET', 2005, 3, 20, '-05:00'],
    ['ET', 2005, 4, 3, '-04:00'],
    ['PT', 2019, 7, 4, '-07:00'],
    ['CT', 2019, 1, 4, '-06:00'],
    ['EST', 2019, 7, 4, '-05:00'],
    ['GMT-5', 2019, 7, 4, '-05:00'],
    ['XYZ', 2019, 7, 4, null],
  ])('%s on %i-%i-%i → %s', (zone, y, m, d, offset) => {
    expect(zoneOffset(zone, y, m, d)).toBe(offset);
  });

  it('dates in text use it', () => {
    expect(isoDate('June 1, 2019 8:34 PM ET')).toBe('2019-06-01T20:34:00-04:00');
    expect(isoDate('December 16, 2016 4:19 PM ET')).toBe('2016-12-16T16:19:00-05:00');
  });
});

describe('visible numeric dates are read month first only beside an American clock and zone', () => {
  it.each([
    ['EXCLUSIVE 11/28/2016 11:00 AM PT Prince', '2016-11-28T11:00:00-08:00'],
    ['7/4/2019 at 9:05 p.m. ET', '2019-07-04T21:05:00-04:00'],
    ['10/17/2022 04:01 PM EDT', '2022-10-17T16:01:00-04:00'],
    ['03/04/2019', null],
    ['03/04/2019 10:00 CET', null],
    ['13/04/2019 10:00 AM ET', null],
    ['03/04/2019 10:00 AM BST', null],
  ])('%s → %s', (text, iso) => {
    expect(visibleDate(text)).toBe(iso);
  });
});

describe('stamps', () => {
  it.each([
    [
      '2019-04-19T20:00:00+09:00',
      { wall: '2019-04-19T20:00:00', offsetMin: 540, utcWall: '2019-04-19T11:00:00', dateOnly: false },
    ],
    [
      '2019-04-19T20:00:00Z',
      { wall: '2019-04-19T20:00:00', offsetMin: 0, utcWall: '2019-04-19T20:00:00', dateOnly: false },
    ],
    ['2019-04-19T20:00:00', { wall: '2019-04-19T20:00:00', offsetMin: null, utcWall: '', dateOnly: false }],
    ['2019-04-19', { wall: '2019-04-19', offsetMin: null, utcWall: '', dateOnly: true }],
  ])('%s', (iso, expected) => {
    expect(parseStamp(iso)).toMatchObject(expected);
  });

  it.each([null, '', 'April 19', '2019-04-19 20:00'])('rejects %j', (iso) => {
    expect(parseStamp(iso)).toBeNull();
  });

  it.each([
    [[], ['Updated 9:15 am BST'], '2019-04-19T09:15:00+01:00'],
    [[], ['9:15 PM UTC'], '2019-04-19'],
    [['2019-04-19T09:15:30+02:00'], [], '2019-04-19T09:15:00+02:00'],
    [['2019-04-19T10:15:00+02:00'], ['at 9:15 in Paris'], '2019-04-19'],
  ])('resolves a floating time with %j and %j', (others, texts, expected) => {
    const chosen = parseStamp('2019-04-19T09:15:00')!;
    expect(
      resolveFloating(
        chosen,
        others.map((o) => parseStamp(o)!),
        texts,
      ),
    ).toBe(expected);
  });
});
