/** Related coverage, last: the query built from the article's entities, feed parsing, ranking and de-duplication. */
export {
  addDays,
  buildCoverageQuery,
  type CoverageQuery,
  type CoverageWindow,
  entityKeysOf,
  isoDay,
  type QueryEntity,
} from './build-query';
export { decodeFeedBytes } from './decode-feed';
export {
  GDELT_LANGUAGE_NAMES,
  type GoogleNewsLocale,
  googleNewsLocale,
  localFirst,
  type NewsSearchLanguage,
  newsSearchLanguages,
} from './news-languages';
export { parseGdeltArtList, parseGdeltTimeline } from './parse-gdelt';
export { parseGoogleNewsRss } from './parse-rss';
export { relatedLinkItems, selectCoverage } from './select-coverage';
export { buildTimeline } from './sparkline';
export { titleSimilarity } from './text';
export { urlKey } from './url-key';
