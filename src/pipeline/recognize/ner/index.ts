/** The NER tagger's parts that training and the model tools use (scripts/train-ner.ts, scripts/ner/, benches). */
export { encodeBase64, uint32ToBytes } from './base64';
export {
  extractFeatures,
  GAZ_TYPES,
  MAX_GAZ_LENGTH,
  normalizeToken,
  phraseHash,
  type SentenceFeatures,
} from './features';
export { hashString, mix } from './hash';
export { HashSet } from './hash-set';
export { decodeModel, lexiconsFrom, MODEL_FORMAT, type ModelFile, type TaggerModel } from './model';
export { emissions } from './score';
export { tagTokens } from './tagger';
export { type NerType, spansFromTags, TAG_COUNT, TAG_INDEX, TAGS, tagsFromSpans, type TokenSpan } from './tags';
export { tokenize } from './tokenize';
export { viterbi } from './viterbi';
