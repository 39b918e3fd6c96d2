/**
 * Recognition, after extraction: people, organizations, places and named events (ner/), dates (time/) and event
 * frames (events/) in an article's text.
 */
export {
  analyzeArticle,
  analyzeArticleInSteps,
  type ArticleAnalysis,
  articleLanguage,
  packLanguage,
} from './analyze-article';
export { type DetectedLanguage, detectLanguage } from './language/detect-language';
export { findEvents } from './events/find-events';
export { propagateInDocument } from './ner/document-tags';
export { decodeModel, type ModelFile, type TaggerModel } from './ner/model';
export { decodeModelBinary, MODEL_ASSET } from './ner/model-binary';
export { shippedModel } from '../../languages/en/ner-model';
export { installShippedModel } from '../../languages/en/ner-model-web';
export { tagTokens } from './ner/tagger';
export { type NerType, tagsFromSpans, type TokenSpan } from './ner/tags';
export { recognize } from './recognize';
export { type DateMention, findDates } from './time/find-dates';
