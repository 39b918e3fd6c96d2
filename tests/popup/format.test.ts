import { describe, expect, it } from 'vitest';
import { formatArticleDate, hostOf } from '../../src/popup/format';

describe('formatArticleDate', () => {
  it.each([
    // The article's own calendar day, whatever the reader's time zone.
    ['2022-09-07T23:30:00-04:00', 'Sep 7, 2022'],
    ['2022-09-07T00:10:00+09:00', 'Sep 7, 2022'],
    ['2022-09-07', 'Sep 7, 2022'],
    ['2022-13-45', null],
    ['yesterday', null],
    [null, null],
  ])('%j → %j', (iso, text) => expect(formatArticleDate(iso, 'en-US')).toBe(text));
});

describe('hostOf', () => {
  it.each([
    ['https://www.foxnews.com/world/x', 'foxnews.com'],
    ['not a url', ''],
  ])('%s → %j', (url, host) => expect(hostOf(url)).toBe(host));
});
