import { describe, expect, it } from 'vitest';
import { MAX_TAB_ID, popupPathFor, tabIdFromSearch } from '../../src/shared/popup-address';

describe('tabIdFromSearch', () => {
  it.each([
    ['a plain id', '?tabId=42', 42],
    ['beside other parameters', '?card=Q1&tabId=7', 7],
    ['the largest tab id', `?tabId=${MAX_TAB_ID}`, MAX_TAB_ID],
    ['no search', '', null],
    ['another parameter only', '?card=Q1', null],
    ['empty', '?tabId=', null],
    ['zero', '?tabId=0', null],
    ['negative', '?tabId=-3', null],
    ['a leading zero', '?tabId=042', null],
    ['a fraction', '?tabId=4.5', null],
    ['an exponent', '?tabId=1e3', null],
    ['hexadecimal', '?tabId=0x10', null],
    ['spaces', '?tabId=%2042', null],
    ['trailing text', '?tabId=42abc', null],
    ['beyond 32 bits', `?tabId=${MAX_TAB_ID + 1}`, null],
    ['eleven digits', '?tabId=12345678901', null],
    ['given twice', '?tabId=1&tabId=2', null],
  ])('%s: %j → %j', (_name, search, expected) => expect(tabIdFromSearch(search)).toBe(expected));
});

describe('popupPathFor', () => {
  it.each([
    [7, undefined, 'src/popup/index.html?tabId=7'],
    [7, 'person:Xi Jinping', 'src/popup/index.html?tabId=7&card=person%3AXi+Jinping'],
  ])('tab %j, card %j → %s', (tabId, card, expected) => expect(popupPathFor(tabId, card)).toBe(expected));

  it.each([1, 7, MAX_TAB_ID])('reads back as the same tab (%j)', (tabId) => {
    const path = popupPathFor(tabId, 'k');
    expect(tabIdFromSearch(path.slice(path.indexOf('?')))).toBe(tabId);
  });
});
