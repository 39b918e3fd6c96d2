/**
 * The tagger model as one binary file, made at build time from the trained model.json (encodeModelBinary in
 * scripts/vite-ner-model.js): the extension fetches it as an asset instead of carrying 1.8 MB of JSON and base64
 * inside its service-worker script (parsed at every worker start). Decoding is views over the fetched bytes: nothing is
 * copied or converted but the 180 transition scores.
 * Layout: magic, header length (u32 LE), header JSON (padded to 4 bytes), weights (int8, padded to 4), gazetteer
 * keys (u32), common-word keys (u32), gazetteer values (u8); then, in models with word clusters, padding to 4, cluster
 * keys (u32) and cluster ids (u8). Typed arrays are little-endian, as in model.json.
 */
import { assembleModel, type ModelParts, type TaggerModel } from './model';

/** Where the build puts the file in the extension (scripts/vite-ner-model.js) and the background fetches it from. */
export const MODEL_ASSET = 'ner-model.bin';
const MAGIC = 'BKSTNER1';

/** The small parts as they are, and the sizes of the tables that follow (weights in bytes, keys in words). */
type Header = Pick<ModelParts, 'format' | 'tags' | 'bucketBits' | 'scale' | 'transitions' | 'start' | 'features'> & {
  weights: number;
  gazetteer: number;
  common: number;
  /** Cluster table entries; absent in models without word clusters. */
  clusters?: number;
};

const pad4 = (n: number) => (n + 3) & ~3;

export function decodeModelBinary(data: ArrayBuffer | Uint8Array): TaggerModel {
  // Word views need a 4-byte-aligned start (a Node Buffer may sit anywhere in its pool): copy only then.
  const bytes = data instanceof Uint8Array ? (data.byteOffset % 4 ? data.slice() : data) : new Uint8Array(data);
  const fail = (why: string): never => {
    throw new Error(`NER model: ${why}`);
  };
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    fail('not a binary model file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(MAGIC.length, true);
  let header: Header;
  try {
    header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength)),
    ) as Header;
  } catch {
    return fail('unreadable header');
  }
  const headerEnd = pad4(MAGIC.length + 4 + jsonLength);
  const weightsEnd = pad4(headerEnd + header.weights);
  const commonStart = weightsEnd + header.gazetteer * 4;
  const valuesStart = commonStart + header.common * 4;
  const clusterStart = pad4(valuesStart + header.gazetteer);
  const clusters = header.clusters ?? 0;
  const end = clusters ? clusterStart + clusters * 5 : valuesStart + header.gazetteer;
  if (end !== bytes.length) fail('binary file has the wrong size');
  const at = bytes.byteOffset;
  return assembleModel({
    format: header.format,
    tags: header.tags,
    bucketBits: header.bucketBits,
    scale: header.scale,
    transitions: header.transitions,
    start: header.start,
    features: header.features,
    weights: new Int8Array(bytes.buffer, at + headerEnd, header.weights),
    gazetteerKeys: new Uint32Array(bytes.buffer, at + weightsEnd, header.gazetteer),
    gazetteerValues: bytes.subarray(valuesStart, valuesStart + header.gazetteer),
    commonKeys: new Uint32Array(bytes.buffer, at + commonStart, header.common),
    ...(clusters
      ? {
          clusterKeys: new Uint32Array(bytes.buffer, at + clusterStart, clusters),
          clusterValues: bytes.subarray(clusterStart + clusters * 4, end),
        }
      : {}),
  });
}
