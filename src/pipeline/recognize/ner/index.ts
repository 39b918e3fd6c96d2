/** The NER tagger's parts that training and the model tools use (scripts/train-ner.ts, scripts/ner/, benches). */
export { encodeBase64, uint32ToBytes } from './base64';
export {
  extractFeatures,
  type FeatureOptions,
  GAZ_TYPES,
  MAX_GAZ_LENGTH,
  normalizeToken,
  phraseHash,
  type SentenceFeatures,
  stemPhraseHash,
} from './features';
export { hashString, mix } from './hash';
export { HashSet } from './hash-set';
export { decodeModel, lexiconsFrom, MODEL_FORMAT, type ModelFile, type TaggerModel } from './model';
export { decodeModelBinary } from './model-binary';
export { emissions } from './score';
export { tagTokens } from './tagger';
export { type NerType, spansFromTags, TAG_COUNT, TAG_INDEX, TAGS, tagsFromSpans, type TokenSpan } from './tags';
export { tokenize } from './tokenize';
export { viterbi } from './viterbi';
