import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/dom';
import { readJsonLd, typesOf } from '../../../src/pipeline/page/jsonld';

describe('jsonld', () => {
  it.each([
    ['NewsArticle', 'NewsArticle'],
    ['https://schema.org/NewsArticle', 'NewsArticle'],
    ['http://schema.org#Article', 'Article'],
    ['schema:BlogPosting', 'schema:BlogPosting'],
  ])('the type %j reads as %j', (type, expected) => {
    expect(typesOf({ '@type': type })).toEqual([expected]);
  });

  it('types from a @graph, arrays and full IRIs', () => {
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">{"@graph":[{"@type":["https://schema.org/NewsArticle","Thing"]}]}</script></head></html>`,
      'https://example.com/',
    );
    expect(readJsonLd(doc).flatMap(typesOf)).toEqual(['NewsArticle', 'Thing']);
  });

  it.each([['<!-- {"@type":"Article"} -->'], ['//<![CDATA[\n{"@type":"Article"}\n//]]>'], ['  {"@type":"Article"}  ']])(
    'a block wrapped as %j still reads',
    (raw) => {
      const doc = parseHtml(
        `<html><head><script type="application/ld+json">${raw}</script></head></html>`,
        'https://example.com/',
      );
      expect(readJsonLd(doc).flatMap(typesOf)).toEqual(['Article']);
    },
  );

  it('a block that is not JSON reads as nothing', () => {
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">{"@type": "Article",</script></head></html>`,
      'https://example.com/',
    );
    expect(readJsonLd(doc)).toEqual([]);
  });
});
