/**
 * The shipped tagger model: an averaged structured perceptron over hashed features, stored as JSON with base64
 * payloads (int8 weights with one scale, transition scores, gazetteer and common-word hash sets).
 */
import { bytesToUint32, decodeBase64 } from './base64';
import type { Lexicons } from './features';
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
  meta?: Record<string, unknown>;
}

export interface TaggerModel {
  mask: number;
  /** Quantized weights, used as they are: a 1.2 MB table stays in cache where floats would not. */
  weights: Int8Array;
  transitions: Float32Array;
  start: Float32Array;
  lexicons: Lexicons;
}

export function lexiconsFrom(gazetteer: HashSet, common: HashSet): Lexicons {
  return { gazetteer: (h) => gazetteer.get(h), isCommonWord: (h) => common.get(h) === 1 };
}

export function decodeModel(file: ModelFile): TaggerModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`NER model: unsupported format ${String(file.format)}`);
  if (file.tags.join() !== TAGS.join()) throw new Error('NER model: tag set differs from the code');
  const q = new Int8Array(decodeBase64(file.weights).buffer);
  const buckets = 1 << file.bucketBits;
  if (q.length !== buckets * TAG_COUNT) throw new Error('NER model: weight table has the wrong size');
  const gazetteer = new HashSet(bytesToUint32(decodeBase64(file.gazetteer.keys)), decodeBase64(file.gazetteer.values));
  const common = new HashSet(bytesToUint32(decodeBase64(file.common)));
  return {
    mask: buckets - 1,
    weights: q,
    // Emission scores are in units of `scale`; transitions are brought to the same units.
    transitions: Float32Array.from(file.transitions, (x) => x / file.scale),
    start: Float32Array.from(file.start, (x) => x / file.scale),
    lexicons: lexiconsFrom(gazetteer, common),
  };
}
