import { describe, expect, it } from 'vitest';
import { outletOf, outletOwnership, registrableDomain } from '../../../src/pipeline/coverage/outlets';
import { decodeEntities } from '../../../src/pipeline/page/decode-entities';
import { stripOutletSuffix, titleSimilarity } from '../../../src/pipeline/coverage/text';
import { urlKey } from '../../../src/pipeline/coverage/url-key';

describe('outletOf', () => {
  it.each([
    ['https://edition.cnn.com/2022/09/07/x', 'cnn', 'CNN', 'United States'],
    ['https://uk.reuters.com/x', 'reuters', 'Reuters', 'United Kingdom'],
    ['https://www.bbc.co.uk/news/x', 'bbc', 'BBC', 'United Kingdom'],
    ['https://abcnews.go.com/x', 'abc-us', 'ABC News', 'United States'],
    ['https://www.abc.net.au/news/x', 'abc-au', 'ABC News (Australia)', 'Australia'],
    ['https://m.lenta.ru/news/x', 'lenta.ru', 'lenta.ru', 'Russia'],
    ['https://www.smallpaper.co.uk/x', 'smallpaper.co.uk', 'smallpaper.co.uk', 'United Kingdom'],
    ['https://blog.example.com/x', 'example.com', 'example.com', null],
  ])('%s', (url, family, name, country) => {
    expect(outletOf(url)).toMatchObject({ family, name, country });
  });

  it('uses the source name and country hints for unknown outlets only', () => {
    expect(outletOf('https://www.kyivpost.com/x', { name: 'Kyiv Post', country: 'Ukraine' })).toMatchObject({
      name: 'Kyiv Post',
      country: 'Ukraine',
    });
    expect(outletOf('https://www.cnn.com/x', { name: 'CNN International' })!.name).toBe('CNN');
  });

  it.each(['javascript:alert(1)', 'not a url', ''])('gives null for %j', (url) => {
    expect(outletOf(url)).toBeNull();
  });

  it('knows multi-part public suffixes', () => {
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.folha.uol.com.br')).toBe('folha.uol.com.br');
    expect(registrableDomain('edition.cnn.com')).toBe('cnn.com');
  });
});

describe('urlKey', () => {
  it.each([
    ['https://www.cnn.com/a/b/index.html?utm_source=x#top', 'https://edition.cnn.com/a/b/'],
    ['https://www.scmp.com/news/a?utm_source=rss_feed', 'https://scmp.com/news/a/'],
    ['https://www.theguardian.com/world/x/amp', 'https://amp.theguardian.com/world/x'],
    ['https://example.com/story?id=5&fbclid=abc', 'https://example.com/story?id=5'],
  ])('%s ≡ %s', (a, b) => {
    expect(urlKey(a)).toBe(urlKey(b));
  });

  it.each([
    ['https://example.com/story?id=5', 'https://example.com/story?id=6'],
    ['https://blog.example.com/a', 'https://example.com/a'],
    ['https://example.com/a', 'https://example.org/a'],
  ])('%s ≢ %s', (a, b) => {
    expect(urlKey(a)).not.toBe(urlKey(b));
  });
});

describe('text helpers', () => {
  it.each([
    ['Putin &amp; Xi', 'Putin & Xi'],
    ['&#8220;Deal&#8221; &mdash; &eacute;t&eacute;', '“Deal” — été'],
    ['&#xD800; &#0; &#1114112;', '\uFFFD \uFFFD \uFFFD'],
    ['&unknown; stays', '&unknown; stays'],
  ])('decodeEntities(%j)', (raw, text) => {
    expect(decodeEntities(raw)).toBe(text);
  });

  it.each([
    ['Headline here - Reuters', ['Reuters'], 'Headline here'],
    ['Kremlin says - DW', ['DW (English)'], 'Kremlin says'],
    ['Well-known rule - Reuters', ['Reuters'], 'Well-known rule'],
    ['Trade talks - what next', ['Reuters'], 'Trade talks - what next'],
    ['No suffix', ['Reuters'], 'No suffix'],
  ])('stripOutletSuffix(%j)', (title, outlets, expected) => {
    expect(stripOutletSuffix(title, ...outlets)).toBe(expected);
  });

  it('measures headline similarity on content words', () => {
    expect(titleSimilarity('Putin, Xi to meet next week', 'PUTIN AND XI TO MEET NEXT WEEK')).toBe(1);
    expect(titleSimilarity('Putin, Xi to meet', 'Royal garden party')).toBe(0);
    expect(titleSimilarity('', 'x')).toBe(0);
  });
});

describe('outletOwnership: owner and state funding where the table knows them', () => {
  it.each([
    ['https://tass.com/politics/1', { owner: 'Government of Russia', stateFunded: true }],
    ['www.globaltimes.cn', { owner: "People's Daily", stateFunded: true }],
    ['https://www.dw.com/en/x', { owner: null, stateFunded: true }],
    ['edition.cnn.com', { owner: 'Warner Bros. Discovery', stateFunded: false }],
    ['https://kun.uz/news/1', null],
    ['https://unknown-paper.example/a', null],
    ['javascript:alert(1)', null],
  ])('%s', (hostOrUrl, expected) => {
    expect(outletOwnership(hostOrUrl)).toEqual(expected);
  });
});
