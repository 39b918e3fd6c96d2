/**
 * The shipped tagger model: an averaged structured perceptron over hashed features, stored as JSON with base64
 * payloads (int8 weights with one scale, transition scores, gazetteer and common-word hash sets).
 */
import { bytesToUint32, decodeBase64 } from './base64';
import type { FeatureOptions, Lexicons } from './features';
import { HashSet } from './hash-set';
import { TAG_COUNT, TAGS } from './tags';

export const MODEL_FORMAT = 'backstory-ner-perceptron/1';

export interface ModelFile {
  format: string;
  tags: string[];
  bucketBits: number;
  /** weight = int8 × scale */
  scale: number;
  weights: string;
  transitions: number[];
  start: number[];
  gazetteer: { keys: string; values: string };
  common: string;
  /** Word clusters: lower-cased word hashes and their cluster ids (base64 u32 / u8), for the cluster templates. */
  clusters?: { keys: string; values: string };
  /** Templates beyond the English set the model was trained with (absent: none). */
  features?: FeatureOptions;
  meta?: Record<string, unknown>;
}

export interface TaggerModel {
  mask: number;
  /** Quantized weights, used as they are: a 1.2 MB table stays in cache where floats would not. */
  weights: Int8Array;
  transitions: Float32Array;
  start: Float32Array;
  lexicons: Lexicons;
  features: FeatureOptions;
}

export function lexiconsFrom(gazetteer: HashSet, common: HashSet, clusters?: HashSet): Lexicons {
  const lexicons: Lexicons = { gazetteer: (h) => gazetteer.get(h), isCommonWord: (h) => common.get(h) === 1 };
  if (clusters) lexicons.cluster = (h) => clusters.get(h);
  return lexicons;
}

/** A model's contents, from whichever file format: decodeModel (model.json) and decodeModelBinary (the asset). */
export interface ModelParts {
  format: string;
  tags: string[];
  bucketBits: number;
  scale: number;
  transitions: number[];
  start: number[];
  weights: Int8Array;
  gazetteerKeys: Uint32Array;
  gazetteerValues: Uint8Array;
  commonKeys: Uint32Array;
  clusterKeys?: Uint32Array;
  clusterValues?: Uint8Array;
  features?: FeatureOptions;
}

export function decodeModel(file: ModelFile): TaggerModel {
  return assembleModel({
    ...file,
    weights: new Int8Array(decodeBase64(file.weights).buffer),
    gazetteerKeys: bytesToUint32(decodeBase64(file.gazetteer.keys)),
    gazetteerValues: decodeBase64(file.gazetteer.values),
    commonKeys: bytesToUint32(decodeBase64(file.common)),
    ...(file.clusters
      ? {
          clusterKeys: bytesToUint32(decodeBase64(file.clusters.keys)),
          clusterValues: decodeBase64(file.clusters.values),
        }
      : {}),
  });
}

export function assembleModel(parts: ModelParts): TaggerModel {
  if (parts.format !== MODEL_FORMAT) throw new Error(`NER model: unsupported format ${String(parts.format)}`);
  if (parts.tags.join() !== TAGS.join()) throw new Error('NER model: tag set differs from the code');
  const buckets = 1 << parts.bucketBits;
  if (parts.weights.length !== buckets * TAG_COUNT) throw new Error('NER model: weight table has the wrong size');
  return {
    mask: buckets - 1,
    weights: parts.weights,
    // Emission scores are in units of `scale`; transitions are brought to the same units.
    transitions: Float32Array.from(parts.transitions, (x) => x / parts.scale),
    start: Float32Array.from(parts.start, (x) => x / parts.scale),
    lexicons: lexiconsFrom(
      new HashSet(parts.gazetteerKeys, parts.gazetteerValues),
      new HashSet(parts.commonKeys),
      parts.clusterKeys && parts.clusterValues ? new HashSet(parts.clusterKeys, parts.clusterValues) : undefined,
    ),
    features: parts.features ?? {},
  };
}
