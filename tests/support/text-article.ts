/** A bare article around a text, as extraction would hand it over, for tests that analyze text in one language. */
import type { Article } from '../../src/shared/types';

export function textArticle(lang: string, text: string, publishedAt = '2026-05-06'): Article {
  const title = text.split('\n')[0] ?? '';
  return {
    title,
    byline: null,
    authors: [],
    publisher: null,
    publishedAt,
    lang,
    url: `https://news.example/${lang}`,
    text,
    relatedLinks: [],
  };
}
