import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { bareType, readJsonLd, typesOf } from '../../src/pipeline/jsonld';

describe('jsonld', () => {
  it.each([
    ['NewsArticle', 'NewsArticle'],
    ['https://schema.org/NewsArticle', 'NewsArticle'],
    ['http://schema.org#Article', 'Article'],
    ['schema:BlogPosting', 'schema:BlogPosting'],
    ['a/b#c/d', 'd'],
    ['/', ''],
    ['', ''],
    ['x/y\nz/w', 'y\nz/w'],
    ['\n/a', '\n/a'],
    ['a\u2028b/c', 'a\u2028b/c'],
    ['x/\r/y', '\r/y'],
  ])('bareType(%j) = %j, as /^.*[/#]/ removes', (type, expected) => {
    expect(bareType(type)).toBe(expected);
    expect(bareType(type)).toBe(type.replace(/^.*[/#]/, ''));
  });

  it('types from a @graph, arrays and full IRIs', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">{"@graph":[{"@type":["https://schema.org/NewsArticle","Thing"]}]}</script></head></html>`, 'https://example.com/');
    expect(readJsonLd(doc).flatMap(typesOf)).toEqual(['NewsArticle', 'Thing']);
  });

  it.each([
    ['<!-- {"@type":"Article"} -->'],
    ['//<![CDATA[\n{"@type":"Article"}\n//]]>'],
    ['  {"@type":"Article"}  '],
  ])('a block wrapped as %j still reads', (raw) => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">${raw}</script></head></html>`, 'https://example.com/');
    expect(readJsonLd(doc).flatMap(typesOf)).toEqual(['Article']);
  });

  it('a block that is not JSON reads as nothing', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">{"@type": "Article",</script></head></html>`, 'https://example.com/');
    expect(readJsonLd(doc)).toEqual([]);
  });
});
