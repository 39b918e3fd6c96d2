import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayValue, weekValue } from '../../../../src/shared/calendar';
import { readReference } from '../../../../src/pipeline/recognize/time/reference';
import { splitSentences } from '../../../../src/pipeline/recognize/time/sentences';
import { tenseAround } from '../../../../src/pipeline/recognize/time/tense';
import { overlaps, spanDays, valueRange } from '../../../../src/shared/value-range';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
};

describe('calendar', () => {
  const weeks: [string, string][] = [
    ['2022-09-07', '2022-W36'],
    ['2022-09-12', '2022-W37'],
    ['2021-01-03', '2020-W53'], // Sunday: still the last week of 2020
    ['2019-12-30', '2020-W01'], // Monday: already week 1 of 2020
    ['2024-12-30', '2025-W01'],
    ['2016-01-01', '2015-W53'],
  ];
  it.each(weeks)('ISO week of %s is %s', (d, w) => expect(weekValue(day(d))).toBe(w));

  const shifts: [string, number, string][] = [
    ['2022-12-31', 1, '2023-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2022-03-01', -1, '2022-02-28'],
    ['2022-01-01', -365, '2021-01-01'],
  ];
  it.each(shifts)('%s + %i days = %s', (d, n, out) => expect(dayValue(addDays(day(d), n))).toBe(out));

  it('clamps month arithmetic to the month’s last day', () => {
    expect(dayValue(addMonths(day('2022-03-31'), -1))).toBe('2022-02-28');
    expect(dayValue(addMonths(day('2022-09-07'), -6))).toBe('2022-03-07');
    expect(dayValue(addMonths(day('2022-11-15'), 3))).toBe('2023-02-15');
  });
});

describe('readReference: the article’s own wall-clock day', () => {
  const rows: [string | null, string | null, string | null][] = [
    ['2022-09-07T12:26:00-04:00', '2022-09-07', '-04:00'],
    ['2022-12-31T22:00:00-0500', '2022-12-31', '-05:00'],
    ['2023-01-01T00:30:00+09:00', '2023-01-01', '+09:00'],
    ['2022-09-07T16:40:00Z', '2022-09-07', 'Z'],
    ['2022-09-07', '2022-09-07', null],
    ['2022-02-30', null, null],
    ['Sept 7', null, null],
    [null, null, null],
  ];
  it.each(rows)('%s → %s %s', (input, d, offset) => {
    const ref = readReference(input);
    expect(ref ? dayValue(ref.day) : null).toBe(d);
    if (d) expect(ref!.offset).toBe(offset);
  });
});

describe('valueRange', () => {
  const rows: [string, string, string, string][] = [
    ['2022-09-15/2022-09-16', '2022-09-15', '2022-09-16', 'day'],
    ['2022-W37', '2022-09-12', '2022-09-18', 'week'],
    ['2020-W53', '2020-12-28', '2021-01-03', 'week'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023-Q1', '2023-01-01', '2023-03-31', 'quarter'],
    ['2012-WI', '2012-12-01', '2013-02-28', 'season'],
    ['199', '1990-01-01', '1999-12-31', 'decade'],
    ['19', '1900-01-01', '1999-12-31', 'century'],
    ['2022-09-15T10:00-04:00', '2022-09-15', '2022-09-15', 'time'],
  ];
  it.each(rows)('%s covers %s … %s (%s)', (value, start, end, precision) =>
    expect(valueRange(value)).toEqual({ start, end, precision }),
  );
  it('rejects what is not a value, and never calls unknown values conflicting', () => {
    for (const bad of ['', 'soon', 'PRESENT_REF', 'P6M', 'XXXX-WI']) expect(valueRange(bad)).toBeNull();
    expect(overlaps('2022-W37', '2022-09-15')).toBe(true);
    expect(overlaps('2022-W36', '2022-09-15')).toBe(false);
    expect(overlaps(undefined, '2022-09-15')).toBe(true);
    expect(spanDays('2022-09-15/2022-09-16')).toBeLessThan(spanDays('2022-W37'));
  });
});

describe('tenseAround', () => {
  const rows: [string, string, ReturnType<typeof tenseAround>][] = [
    ['Denisov told reporters on Wednesday.', 'on Wednesday', 'past'],
    ['The leaders will meet on Wednesday.', 'on Wednesday', 'future'],
    ['On Wednesday, the minister said the talks failed.', 'On Wednesday', 'past'],
    ['The book is due to be published in May.', 'in May', 'future'],
    ['The summit is scheduled for March.', 'March', 'future'],
    ['Prices in March.', 'March', 'none'],
  ];
  it.each(rows)('%s (%s) → %s', (sentence, expression, tense) => {
    const start = sentence.indexOf(expression);
    expect(tenseAround(sentence, start, start + expression.length)).toBe(tense);
  });
});

describe('splitSentences', () => {
  const text =
    'The summit is set for Sept. 15 in Samarkand. U.S. officials said so. “It will be serious,” he said.\n\nNew paragraph here';
  it('keeps abbreviations inside sentences and splits at paragraph ends', () => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The summit is set for Sept. 15 in Samarkand.',
      'U.S. officials said so.',
      '“It will be serious,” he said.',
      'New paragraph here',
    ]);
  });
});
