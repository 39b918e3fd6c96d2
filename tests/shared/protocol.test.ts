import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseMessage, senderOf } from '../../src/shared/protocol';

const article = {
  title: 'T',
  byline: null,
  authors: [],
  publisher: null,
  publishedAt: null,
  lang: 'en',
  url: 'https://x.test/a',
  text: 'Body',
  relatedLinks: [],
};
const detection = { isArticle: true, score: 50, reasons: ['+35 jsonld:NewsArticle'] };

describe('parseMessage', () => {
  it.each([
    [
      'page/scanned with an article',
      { type: 'page/scanned', payload: { url: 'https://x.test/a', detection, article, forced: false } },
    ],
    [
      'page/scanned with an article shared under another title',
      {
        type: 'page/scanned',
        payload: { url: 'https://x.test/a', detection, article: { ...article, sharedTitle: 'S' }, forced: false },
      },
    ],
    [
      'page/scanned without an article',
      { type: 'page/scanned', payload: { url: 'https://x.test/', detection, article: null, forced: false } },
    ],
    [
      'page/scanned from a page with a 20,000-character tracking URL',
      {
        type: 'page/scanned',
        payload: { url: `https://x.test/a?t=${'x'.repeat(20_000)}`, detection, article: null, forced: false },
      },
    ],
    [
      'page/scanned with its timings',
      {
        type: 'page/scanned',
        payload: {
          url: 'https://x.test/a',
          detection,
          article,
          forced: false,
          timings: { detectMs: 1.25, extractMs: 7.5, extractLoadMs: 12 },
        },
      },
    ],
    [
      'page/scanned with no extraction timed',
      {
        type: 'page/scanned',
        payload: {
          url: 'https://x.test/',
          detection,
          article: null,
          forced: false,
          timings: { detectMs: 0.4, extractMs: null },
        },
      },
    ],
    ['tab/get-state', { type: 'tab/get-state', payload: { tabId: 3 } }],
    ['tab/analyze', { type: 'tab/analyze', payload: { tabId: 3, force: true } }],
  ])('accepts %s', (_name, raw) => {
    expect(parseMessage(raw)).toEqual(raw);
  });

  it.each([
    ['null', null],
    ['a string', 'tab/get-state'],
    ['an unknown type', { type: 'tab/delete-everything', payload: {} }],
    ['an inherited key as type', { type: 'toString', payload: {} }],
    ['a __proto__ type', JSON.parse('{"type":"__proto__","payload":{}}')],
    ['a missing payload', { type: 'tab/get-state' }],
    ['a negative tab id', { type: 'tab/get-state', payload: { tabId: -1 } }],
    ['a fractional tab id', { type: 'tab/get-state', payload: { tabId: 1.5 } }],
    ['a string tab id', { type: 'tab/get-state', payload: { tabId: '3' } }],
    [
      'an article with a numeric title',
      { type: 'page/scanned', payload: { url: 'u', detection, article: { ...article, title: 1 }, forced: false } },
    ],
    [
      'an article with a numeric shared title',
      {
        type: 'page/scanned',
        payload: { url: 'u', detection, article: { ...article, sharedTitle: 2 }, forced: false },
      },
    ],
    [
      'an oversized title',
      {
        type: 'page/scanned',
        payload: { url: 'u', detection, article: { ...article, title: 'x'.repeat(5_000) }, forced: false },
      },
    ],
    [
      'a negative duration',
      {
        type: 'page/scanned',
        payload: { url: 'u', detection, article: null, forced: false, timings: { detectMs: -1, extractMs: null } },
      },
    ],
    [
      'a duration that is not a number',
      {
        type: 'page/scanned',
        payload: { url: 'u', detection, article: null, forced: false, timings: { detectMs: NaN, extractMs: null } },
      },
    ],
    [
      'timings without the detection time',
      {
        type: 'page/scanned',
        payload: { url: 'u', detection, article: null, forced: false, timings: { extractMs: 3 } },
      },
    ],
    [
      'an infinite score',
      {
        type: 'page/scanned',
        payload: { url: 'u', detection: { ...detection, score: Infinity }, article: null, forced: false },
      },
    ],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  it('drops unknown keys instead of passing them on', () => {
    const parsed = parseMessage({ type: 'tab/get-state', payload: { tabId: 1, evil: '<img onerror=alert(1)>' } });
    expect(parsed).toEqual({ type: 'tab/get-state', payload: { tabId: 1 } });
  });

  it('names who may send each message', () => {
    expect(senderOf('page/scanned')).toBe('content');
    expect(senderOf('tab/get-state')).toBe('extension-page');
    expect(senderOf('tab/analyze')).toBe('extension-page');
    expect(senderOf('content/extract')).toBe('background');
    expect(senderOf('content/highlights')).toBe('background');
  });
});

describe('parseBackgroundMessage', () => {
  it.each([
    ['a popup message', { type: 'tab/get-state', payload: { tabId: 3 } }, true],
    [
      'a content script message',
      { type: 'page/scanned', payload: { url: 'https://x.test/', detection, article: null, forced: false } },
      true,
    ],
    ['a message the background sends to content scripts', { type: 'content/extract', payload: { force: true } }, false],
    ['highlights, also background to content', { type: 'content/highlights', payload: { enabled: false } }, false],
    ['a malformed message', { type: 'tab/get-state', payload: { tabId: -1 } }, false],
  ])('%s: accepted %s', (_name, raw, accepted) => {
    expect(parseBackgroundMessage(raw) !== null).toBe(accepted);
    // What it accepts is exactly what parseMessage makes of it.
    if (accepted) expect(parseBackgroundMessage(raw)).toEqual(parseMessage(raw));
  });
});
