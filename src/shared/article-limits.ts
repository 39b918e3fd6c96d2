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
  // Article text: five times the longest long-read; beyond this the page is abusing us (and every tab's state
  // shares one storage.session quota of 10 MB).
  text: 500_000,
  linkText: 500,
  // A related link is a story URL, not a tracking blob: 500 links of 64,000 characters made one message 34 MB.
  linkUrl: 2_048,
  links: 200,
} as const;

/** The most a tab's stored state may take (JSON characters): past it, the bulkiest parts are left out. */
export const TAB_STATE_BUDGET = 3_000_000;
/** All tabs' states together, kept under storage.session's 10 MB quota: the oldest tabs' states go first. */
export const SESSION_BUDGET = 8_000_000;

/** The most a highlights message carries: past these, the most salient names and their first mentions are drawn. */
export const HIGHLIGHT_LIMITS = { entities: 500, mentionsPerEntity: 2_000 } as const;
