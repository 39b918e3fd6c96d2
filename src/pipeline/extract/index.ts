/** Extraction, after detection: an article page's metadata and body text. */
export { extractArticle, extractArticleSteps, type ExtractionReport } from './extract';
