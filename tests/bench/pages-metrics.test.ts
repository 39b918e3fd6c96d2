/** The pages bench's date comparison: instants, not strings, and never the machine's time zone. */
import { describe, expect, it } from 'vitest';
import { instantOf, sameDate, startsWithWords } from '../../bench/pages-metrics';

describe('sameDate', () => {
  it.each([
    ['2016-12-09T09:13:00.000Z', '2016-12-09T04:13:00-05:00', true],
    ['2016-12-09T09:13:00.000Z', '2016-12-09T09:13:59Z', true],
    ['2017-03-09 23:16:02.123456', '2017-03-09T23:16:02+00:00', true],
    ['2017-03-09T23:16:02+0000', '2017-03-09T23:16:02Z', true],
    ['2019-02-12T15:00:00.000Z', '2019-02-13', true],
    ['2019-02-13', '2019-02-13T12:00:00+09:00', true],
    ['2016-12-09T09:13:00.000Z', '2016-12-09T09:14:00Z', false],
    ['2016-12-09T09:13:00.000Z', '2016-12-09T09:13:00-05:00', false],
    ['2019-02-12T15:00:00.000Z', '2019-02-14', false],
    ['2019-02-13', '2019-02-15T12:00:00+09:00', false],
    ['2019-02-13', null, false],
  ])('%s vs %s → %s', (gold, ours, same) => {
    expect(sameDate(gold, ours)).toBe(same);
  });

  it('reads a time without an offset as UTC, not in the local zone', () => {
    expect(instantOf('2016-11-29T03:33:08')).toBe(Date.UTC(2016, 10, 29, 3, 33, 8));
    expect(instantOf('2016-11-29 03:33')).toBe(Date.UTC(2016, 10, 29, 3, 33));
    expect(Number.isNaN(instantOf('not a date'))).toBe(true);
  });
});

describe('startsWithWords', () => {
  it.each([
    [
      'Houston has promoted offensive coordinator Major Applewhite',
      'Houston has promoted offensive coordinator Major Applewhite to head coach.',
      true,
    ],
    // A caption the gold starts with and the body leaves out is a miss: the check stays strict about words.
    [
      '(Photo: Brett Davis) Houston has promoted offensive coordinator',
      'Houston has promoted offensive coordinator Major Applewhite.',
      false,
    ],
    [
      'Houston has promoted offensive coordinator Major Applewhite',
      'The school announced on Friday that Houston has fired its coach.',
      false,
    ],
    // Japanese: the gold's run is cut mid-word; characters are compared one by one.
    [
      '2017年にリリース予定の低価格ポケットサイズコンピュータは、「Android',
      '2017年にリリース予定の低価格ポケットサイズコンピュータは、「Android Marshmallow」と「Windows 10」',
      true,
    ],
    [
      '2017年にリリース予定の低価格ポケットサイズコンピュータは',
      'The Japanese edition is published under license. 著作権は各社に帰属します。',
      false,
    ],
    ['Short', 'Short body', false],
  ])('%s … in %s → %s', (gold, body, expected) => {
    expect(startsWithWords(gold, body)).toBe(expected);
  });
});
