import { describe, expect, it } from 'vitest';
import { stringsOf as strings } from '../../fuzz/rng';
import {
  compactDate, fileExtensionLength, hasIdOrLongParam, hasLongNumberOutsideDates, hasNonLatinLetter, hasProductParam,
  hasStoryParam, isDigits, isUpperAlphanumeric, longestDigitRun, slugWords,
} from '../../../src/pipeline/page/url-text';

// The patterns each function stands for: the oracle every answer is checked against.
const oracle = {
  isDigits: (s: string) => /^\d+$/.test(s),
  fourDigits: (s: string) => /\d{4,}/.test(s),
  slugWords: (s: string) => s.split(/[-_]+/).filter((w) => w && !/^\d+$/.test(w)).length,
  compactDate: (s: string) => {
    const m = /(?:^|[-_])((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[-_]|$)/.exec(s);
    return m ? [m[1], m[2], m[3]] : null;
  },
  fileExtension: (s: string) => /\.(s?html?|php|aspx?|cms)$/.exec(s)?.[0].length ?? 0,
  nonLatin: (s: string) => /[^a-zA-Z]/.test(s),
  upperAlphanumeric: (s: string) => /^[A-Z0-9]+$/.test(s),
  longNumber: (s: string) => /\d{5,}/.test(s.replace(/\/(19|20)\d\d\/\d\d(\/\d\d)?/g, '')),
  storyParam: (s: string) => /[?&](id|story|article|p)=\d{4,}/.test(s),
  productParam: (s: string) => /(?:^\?|&)(sku|productid|pid)(=|&|$)/.test(s),
  idOrLongParam: (s: string) => /=[^&]*(\d{3,}|[^&]{20,})/.test(s),
};

const PATH_PIECES = ['/', '-', '_', '19', '20', '2019', '2024', '05', '13', '31', '0', '1', '9', '123', '12345', 'a', 'story',
  'B0', 'X', 'Z', '.html', '.htm', '.shtml', '.php', '.aspx', '.asp', '.cms', '.HTML', 'é', ' ', '.', '/2019/05/03', '/2020/12'];
const QUERY_PIECES = ['?', '&', '=', '?id=', '&p=', '&story=', '?article=', '?sku=', 'id', 'ID', 'story', 'article', 'p', 'xid', 'sku', 'pid', 'productid', 'skus', '1', '12',
  '1234', '12345', 'abc', 'aaaaaaaaaaaaaaaaaaaaaaa', '%20', 'é'];

describe('url-text: the same answers as the patterns they stand for', () => {
  const paths = strings(PATH_PIECES, 4_000, 1).concat(['', '2019', '20190503', 'x-2019-05-03-y', '-20191301_', '2019-0503',
    '19990101', 'a_2000-01-01', '/2019/05/031234', '/a12/2019/05/0345', '/2019/05/03/12345', 'B0ABCDEFGH', 'tech.html']);
  const queries = strings(QUERY_PIECES, 4_000, 2).concat(['', '?', '?id=1234', '&id=1234', 'x?id=1234', '?xid=1234',
    '?sku', '?sku&x', 'sku=1', '&pid', '?a=1?sku=2', '?a=aaaaaaaaaaaaaaaaaaaa', '?a=12&b', '?a=1=2345']);

  it.each([
    ['isDigits', isDigits, oracle.isDigits],
    ['longestDigitRun >= 4', (s: string) => longestDigitRun(s) >= 4, oracle.fourDigits],
    ['slugWords', slugWords, oracle.slugWords],
    ['compactDate', compactDate, oracle.compactDate],
    ['fileExtensionLength', (s: string) => fileExtensionLength(s.toLowerCase()), (s: string) => oracle.fileExtension(s.toLowerCase())],
    ['hasNonLatinLetter', hasNonLatinLetter, oracle.nonLatin],
    ['isUpperAlphanumeric', isUpperAlphanumeric, oracle.upperAlphanumeric],
    ['hasLongNumberOutsideDates', hasLongNumberOutsideDates, oracle.longNumber],
  ] as const)('%s on paths', (_name, ours, pattern) => {
    const differ = paths.filter((s) => JSON.stringify((ours as (s: string) => unknown)(s)) !== JSON.stringify(pattern(s)));
    expect(differ).toEqual([]);
    // Both answers occur: the generated inputs exercise the pattern.
    expect(new Set(paths.map((s) => JSON.stringify(pattern(s)))).size).toBeGreaterThan(1);
  });

  it.each([
    ['hasStoryParam', hasStoryParam, oracle.storyParam],
    ['hasProductParam', hasProductParam, oracle.productParam],
    ['hasIdOrLongParam', hasIdOrLongParam, oracle.idOrLongParam],
  ] as const)('%s on queries', (_name, ours, pattern) => {
    const differ = queries.filter((s) => ours(s) !== pattern(s));
    expect(differ).toEqual([]);
    expect(queries.filter((s) => pattern(s)).length).toBeGreaterThan(20);
    expect(queries.filter((s) => !pattern(s)).length).toBeGreaterThan(20);
  });

  it.each([
    ['x-2019-05-03-y', ['2019', '05', '03']],
    ['20191301', ['2019', '13', '01']],
    ['a2019-05-03', null],
    ['2019-05-03b', null],
  ])('compactDate(%s)', (input, expected) => {
    expect(compactDate(input)).toEqual(expected);
  });

  it.each([
    ['/a12/2019/05/0345', false],
    ['/news/2019/05/03/12345', true],
    ['/story-1788216229', true],
    ['/2019/05/03/story', false],
  ])('hasLongNumberOutsideDates(%s) = %s', (path, expected) => {
    expect(hasLongNumberOutsideDates(path)).toBe(expected);
  });
});
