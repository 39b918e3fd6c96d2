import { describe, expect, it } from 'vitest';
import { NUMERIC_DATE_WORDS } from '../../../../src/languages/numeric-date-words';
import { findDates } from '../../../../src/pipeline/recognize/time/find-dates';

const dates = (text: string) =>
  findDates(text, { publishedAt: '2022-06-10', words: NUMERIC_DATE_WORDS }).map((d) => [d.text, d.value]);

describe('dates in numbers only (a language whose date words the pipeline lacks)', () => {
  it.each([
    ['Mötet hålls den 13.06.2022 i Bryssel.', [['13.06.2022', '2022-06-13']]],
    ['Vláda schválila program 8. 6. 2022 večer.', [['8. 6. 2022', '2022-06-08']]],
    ['Guvernul a trimis planul pe 31/5/2022.', [['31/5/2022', '2022-05-31']]],
    // Day first, never month first: 10/6 is the 10th of June.
    ['Ansökan lämnades den 10/6/2022.', [['10/6/2022', '2022-06-10']]],
    ['Toppmötet börjar 2022-06-28.', [['2022-06-28', '2022-06-28']]],
    ['A találkozó 2022.06.10. volt.', [['2022.06.10.', '2022-06-10']]],
    ['Redan 2014 började samarbetet.', [['2014', '2014']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // Not a day: no 13th month, no 31st of June, marks that differ.
    'Siffran 13/13/2022 är fel.',
    'Datumet 31.06.2022 finns inte.',
    'Koden 10.6/2022 är ingen dag.',
    // Numbers that are no years.
    'Det kostade 2 014 kronor och 2.014 euro, 2014,5 procent.',
    'Han har 12345 följare.',
    // Words are not read: no month or weekday names, no "yesterday" of another language.
    'Den 13 juni i går, gestern und morgen, am Montag.',
  ])('finds nothing in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
