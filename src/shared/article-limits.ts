/**
 * The largest article the background accepts, field by field (characters; `authors` and `links` count entries).
 * The protocol's ArticleSchema enforces them and the content script cuts an article down to them before sending
 * (content/fit-article.ts), so a broken or hostile page still gets analyzed instead of having its message rejected.
 */
export const ARTICLE_LIMITS = {
  title: 2_000,
  byline: 2_000,
  author: 500,
  authors: 50,
  publisher: 500,
  date: 100,
  lang: 50,
  // Long tracking and session URLs are real (tens of kilobytes); a page with one must still be analyzed.
  url: 64_000,
  image: 8_000,
  standfirst: 2_000,
  section: 500,
  // Article text; beyond this the page is abusing us.
  text: 2_000_000,
  linkText: 2_000,
  links: 500,
} as const;
