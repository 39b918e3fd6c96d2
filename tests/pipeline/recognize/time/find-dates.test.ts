import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/pipeline/recognize/time/find-dates';
import { SEED_EXPECTED, SEED_PUBLISHED_AT, SEED_TEXT } from '../../../fixtures/seed/seed';

/** [sentence, publishedAt, expression expected, value expected (null: found without a value)] */
type Row = [string, string, string, string | null];

const expressionValue = (text: string, publishedAt: string, expression: string, extra = {}) =>
  findDates(text, { publishedAt, ...extra }).find((d) => d.text.toLowerCase().includes(expression.toLowerCase()));

describe('findDates: explicit, relative and partial dates against a fixed publication date', () => {
  const rows: Row[] = [
    // Seed article (Wednesday 2022-09-07)
    [
      'The summit is set to be held Sept. 15 to 16 in Samarkand.',
      '2022-09-07T12:26:00-04:00',
      'Sept. 15 to 16',
      '2022-09-15/2022-09-16',
    ],
    ['Denisov told reporters on Wednesday.', '2022-09-07T12:26:00-04:00', 'on Wednesday', '2022-09-07'],
    ['They will meet next week.', '2022-09-07T12:26:00-04:00', 'next week', '2022-W37'],
    ['The war began over six months ago.', '2022-09-07T12:26:00-04:00', 'over six months ago', '2022-03'],
    ['The island has governed independently since 1949.', '2022-09-07', 'since 1949', '1949'],
    // Weekdays across month and year ends
    ['The minister resigned on Friday.', '2022-10-03', 'Friday', '2022-09-30'], // Monday → the Friday before, in September
    ['Talks will resume on Tuesday.', '2022-12-30', 'Tuesday', '2023-01-03'], // Friday → next Tuesday, next year
    ['He said on Sunday that he would run.', '2023-01-02', 'Sunday', '2023-01-01'],
    ['The vote happened last Monday.', '2024-03-01', 'last Monday', '2024-02-26'], // leap year
    ['The court will rule next Friday.', '2022-09-09', 'next Friday', '2022-09-16'], // on a Friday, next is a week on
    ['Voters will judge claims such as Sunday’s on the vote.', '2016-11-29', 'Sunday', '2016-11-27'], // possessive: the nearest
    // Time zones: the article's own calendar day, not UTC's
    ['Officials will announce the result tomorrow.', '2022-12-31T22:00:00-05:00', 'tomorrow', '2023-01-01'],
    ['The strike began yesterday.', '2023-01-01T00:30:00+09:00', 'yesterday', '2022-12-31'],
    ['The talks open at 10 a.m. on Thursday.', '2022-09-07T12:26:00-04:00', '10 a.m.', '2022-09-08T10:00-04:00'],
    ['The vote closes at 3 p.m. ET on Sept. 15.', '2022-09-07T12:26:00+02:00', '3 p.m. ET', '2022-09-15T15:00-04:00'], // the zone the text names
    ['He was shot Monday at 2 a.m.', '2022-09-07T12:26:00-04:00', 'Monday at 2 a.m.', '2022-09-05T02:00-04:00'],
    ['The results came at 9 p.m.', '2022-09-07T12:26:00Z', '9 p.m.', '2022-09-07T21:00'], // a UTC stamp says nothing of the local zone
    // Weeks, months, years, seasons relative to the date
    ['Six deaths were reported in the last week.', '2013-03-22', 'the last week', '2013-W11'],
    ['Prices rose this week.', '2013-01-01', 'this week', '2013-W01'],
    ['Sales fell last year.', '2022-01-05', 'last year', '2021'],
    ['The plant will reopen next month.', '2022-12-15', 'next month', '2023-01'],
    ['The bridge was damaged last summer.', '2013-03-22', 'last summer', '2012-SU'],
    ['Cases surged in early December.', '2013-03-22', 'early December', '2012-12'],
    ['The book is due to be published in May.', '2013-03-22', 'in May', '2013-05'],
    ['The bill passed in March.', '2022-09-07', 'in March', '2022-03'],
    ['He retired late last July.', '2013-03-22', 'late last July', '2012-07'],
    ['The expedition of 1957-58 reached the pole.', '2013-03-22', '1957-58', '1957/1958'],
    ['Prices peaked in the 1990s.', '2013-03-22', '1990s', '199'],
    ['It was the worst war of the 20th century.', '2013-03-22', '20th century', '19'],
    ['The firm was founded six years ago.', '2013-03-22', 'six years ago', '2007'],
    ['Results are due in the first quarter of 2023.', '2022-09-07', 'first quarter', '2023-Q1'],
    ['He was elected in May 2010.', '2013-03-22', 'May 2010', '2010-05'],
    ['The ruling came on Jan. 5, 2021.', '2022-09-07', 'Jan. 5, 2021', '2021-01-05'],
    ['The vote is on April 7.', '2013-03-22', 'April 7', '2013-04-07'],
    ['The vote was on November 3.', '2013-03-22', 'November 3', '2012-11-03'],
    ['In recent weeks, the two armies held war games.', '2022-09-07', 'In recent weeks', '2022-W33/2022-W36'],
    ['Prices will rise in the coming months.', '2022-11-15', 'coming months', '2022-12/2023-02'],
    // Told from the story's own events: found, never given the publication date's value
    ['The day before, the suspect left town.', '2013-03-22', 'The day before', null],
    ['They met again the following week.', '2013-03-22', 'the following week', null],
    // No publication date: relative expressions are found but left without a value

    ['They met last week.', '', 'last week', null],
  ];
  it.each(rows)('%s (published %s) → %s = %s', (text, publishedAt, expression, value) => {
    const found = expressionValue(text, publishedAt, expression);
    expect(found, `no date found for "${expression}"`).toBeDefined();
    expect(found!.value ?? null).toBe(value);
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
  });
});

describe('findDates: modifiers and types', () => {
  it('marks "over six months ago" as before its month and "early December" as its start', () => {
    expect(expressionValue('It began over six months ago.', '2022-09-07', 'ago')?.mod).toBe('before');
    expect(expressionValue('It began in early December.', '2013-03-22', 'December')?.mod).toBe('start');
  });
  it('gives durations only when asked, in ISO 8601', () => {
    const text = 'The talks lasted two weeks.';
    expect(findDates(text, { publishedAt: '2022-09-07' })).toEqual([]);
    expect(findDates(text, { publishedAt: '2022-09-07', includeDurations: true })[0]).toMatchObject({
      text: 'two weeks',
      value: 'P2W',
      type: 'duration',
    });
  });
  it('reads clock durations, sets and decade words', () => {
    const found = findDates(
      'Talks lasted five hours, half an hour longer than planned; they meet every year, as in the sixties.',
      {
        publishedAt: '2022-09-07',
        includeDurations: true,
      },
    );
    expect(found.map((d) => [d.text, d.value, d.type ?? 'date'])).toEqual([
      ['five hours', 'PT5H', 'duration'],
      ['half an hour', 'PT30M', 'duration'],
      ['every year', 'P1Y', 'set'],
      ['the sixties', '196', 'date'],
    ]);
    expect(findDates('They meet every year.', { publishedAt: '2022-09-07' })).toEqual([]);
  });
  it('gives "now" the article day only when asked', () => {
    expect(findDates('Prices are now higher.', { publishedAt: '2022-09-07' })).toEqual([]);
    expect(findDates('Prices are now higher.', { publishedAt: '2022-09-07', includePresent: true })[0]).toMatchObject({
      value: '2022-09-07',
      type: 'present',
    });
  });
});

describe('findDates: false cases', () => {
  const negatives: [string, string][] = [
    ['Some 2000 troops crossed the border.', 'count of troops'],
    ['Prices rose 2019 percent.', 'percentage'],
    ['You may vote today or not.', 'modal "may" is not a month'],
    ['Protesters began a march through the city.', 'the noun "march"'],
    ['The flight number was AA1987.', 'part of a code'],
    ['Call 555-2020 for tickets.', 'a phone number'],
    ['The Mar a Lago estate.', 'abbreviation without a dot is not a month'],
  ];
  it.each(negatives)('%s (%s)', (text) => {
    const dates = findDates(text, { publishedAt: '2022-09-07' }).filter((d) => !/today/i.test(d.text));
    expect(dates).toEqual([]);
  });
  it('never throws on hostile input', () => {
    for (const input of [
      '',
      '\u0000'.repeat(100),
      'May May May',
      'x'.repeat(100_000),
      undefined as unknown as string,
    ]) {
      expect(() => findDates(input, { publishedAt: 'not a date' })).not.toThrow();
    }
  });
  it('does not join dates across a sentence end', () => {
    const dates = findDates('Prices fell last week. This week they rose.', { publishedAt: '2013-03-22' });
    expect(dates.map((d) => d.value)).toEqual(['2013-W11', '2013-W12']);
  });
});

describe('findDates: seed article', () => {
  const found = findDates(SEED_TEXT, { publishedAt: SEED_PUBLISHED_AT });
  it.each(SEED_EXPECTED.dates)('finds "$text"', ({ text: expression, value }) => {
    const hit = found.find((d) => d.text.includes(expression) || expression.includes(d.text));
    expect(hit, `"${expression}" not found`).toBeDefined();
    // The fixture writes "before 2022-03" for a value with a modifier.
    const [mod, iso] = value.includes(' ') ? value.split(' ') : [undefined, value];
    expect(hit!.value).toBe(iso);
    if (mod) expect(hit!.mod).toBe(mod);
  });
});

describe('findDates: the year of a schedule', () => {
  it('gives undated list entries the year just announced, and leaves past years alone', () => {
    const tour = findDates(
      'The band announced its 2023 North American tour. Dates: June 9 – Boston. June 10 – New York.',
      { publishedAt: '2022-11-18' },
    );
    expect(tour.map((d) => [d.text, d.value])).toEqual([
      ['2023', '2023'],
      ['June 9', '2023-06-09'],
      ['June 10', '2023-06-10'],
    ]);
    const past = findDates('The law passed in 2009. In May, protests began.', { publishedAt: '2013-03-22' });
    expect(past.find((d) => d.text === 'In May')?.value).toBe('2012-05');
  });
});
