/**
 * Cuts an extracted article down to the sizes the background accepts (shared/protocol.ts ArticleSchema), so a
 * broken or hostile page (an unclosed <title> makes the whole document the title) still gets analyzed instead of
 * having its message rejected. The limits are the schema's own (shared/article-limits.ts).
 */
import { ARTICLE_LIMITS } from '../shared/article-limits';
import type { Article } from '../shared/types';

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const cutOrNull = (text: string | null | undefined, max: number) => (text == null ? null : cut(text, max));
/** Dates, languages and URLs mean nothing cut in half: drop them instead. */
const orNull = (text: string | null | undefined, max: number) => (text == null || text.length > max ? null : text);

export function fitArticle(article: Article | null): Article | null {
  if (!article) return null;
  const L = ARTICLE_LIMITS;
  return {
    ...article,
    title: cut(article.title, L.title),
    ...(article.sharedTitle !== undefined ? { sharedTitle: cutOrNull(article.sharedTitle, L.title) } : {}),
    byline: cutOrNull(article.byline, L.byline),
    authors: article.authors.slice(0, L.authors).map((a) => cut(a, L.author)),
    publisher: cutOrNull(article.publisher, L.publisher),
    publishedAt: orNull(article.publishedAt, L.date),
    ...(article.modifiedAt !== undefined ? { modifiedAt: orNull(article.modifiedAt, L.date) } : {}),
    lang: orNull(article.lang, L.lang),
    // The article URL is required: a canonical URL too long to send falls back to a cut one (display only).
    url: cut(article.url, L.url),
    ...(article.section !== undefined ? { section: cutOrNull(article.section, L.section) } : {}),
    ...(article.image !== undefined ? { image: orNull(article.image, L.image) } : {}),
    // Cut at a paragraph boundary when there is one near the limit, so no paragraph ends mid-word.
    text:
      article.text.length > L.text
        ? article.text.slice(0, Math.max(article.text.lastIndexOf('\n\n', L.text), L.text - 10_000, 0))
        : article.text,
    relatedLinks: article.relatedLinks
      .filter((link) => link.url.length <= L.url)
      .slice(0, L.links)
      .map((link) => ({ text: cut(link.text, L.linkText), url: link.url })),
  };
}
