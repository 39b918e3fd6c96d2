import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../src/shared/coverage';
import { countrySpread, summarizeCoverage } from '../../src/popup/coverage-summary';
import { summaryText } from '../../src/popup/Coverage';

const item = (outlet: string, country: string | null, publishedAt: string | null): CoverageItem => ({
  url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.test/a`,
  direct: true,
  title: 't',
  outlet,
  domain: null,
  country,
  publishedAt,
  lang: 'en',
  sources: ['gdelt'],
  score: 1,
});

describe('summarizeCoverage', () => {
  it.each([
    ['no items', [], null],
    [
      'one outlet, one country',
      [item('CNN', 'United States', '2022-09-07T10:00:00Z')],
      '1 outlet in 1 country since Sep 7, 2022',
    ],
    [
      'two reports from one outlet count once',
      [item('CNN', 'United States', '2022-09-07T10:00:00Z'), item('cnn', 'United States', '2022-09-05T10:00:00Z')],
      '1 outlet in 1 country since Sep 5, 2022',
    ],
    [
      'the earliest date, whatever the order',
      [
        item('TASS', 'Russia', '2022-09-08T00:00:00Z'),
        item('Reuters', 'United Kingdom', '2022-09-05T00:00:00Z'),
        item('CNN', 'United States', null),
      ],
      '3 outlets in 3 countries since Sep 5, 2022',
    ],
    ['no dates', [item('TASS', 'Russia', null), item('DW', 'Germany', 'garbage')], '2 outlets in 2 countries'],
    ['no countries', [item('a.test', null, '2022-09-07'), item('b.test', null, null)], '2 outlets'],
  ])('%s', (_name, items, text) => {
    const summary = summarizeCoverage(items);
    expect(summary ? summaryText(summary) : null).toBe(text);
  });
});

describe('countrySpread', () => {
  it.each([
    ['nothing known', [item('a', null, null)], []],
    [
      'most first, then by name; unknown countries left out',
      [
        item('CNN', 'United States', null),
        item('TASS', 'Russia', null),
        item('AP', 'United States', null),
        item('x', null, null),
      ],
      [
        { country: 'United States', count: 2 },
        { country: 'Russia', count: 1 },
      ],
    ],
    [
      'ties by name',
      [item('DW', 'Germany', null), item('BBC', 'United Kingdom', null), item('RFI', 'France', null)],
      [
        { country: 'France', count: 1 },
        { country: 'Germany', count: 1 },
        { country: 'United Kingdom', count: 1 },
      ],
    ],
  ])('%s', (_name, items, spread) => {
    expect(countrySpread(items)).toEqual(spread);
  });
});
