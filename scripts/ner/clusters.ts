/**
 * Word clusters from unlabeled text, for the tagger's cluster features: each frequent word is described by the words
 * seen just before and after it, and spherical k-means groups words used alike ("Bürgermeister" with "Landrat",
 * "Frankfurt" with "Wiesbaden"). A cheap stand-in for Brown clusters or embeddings that a perceptron can use as one
 * categorical feature, so words seen only in unlabeled text share what the labels taught about their cluster.
 * Deterministic: vocabulary in frequency order, seeds at fixed ranks.
 */
import { normalizeToken } from '../../src/pipeline/recognize/ner';

export interface ClusterOptions {
  /** Number of clusters (ids 1..k; 0 is "no cluster"). At most 255, so an id fits a byte. */
  k?: number;
  /** Words seen fewer times get no cluster. */
  minCount?: number;
  /** The most frequent words serve as context dimensions (left and right separately). */
  contexts?: number;
  iterations?: number;
  /** Vocabulary cap (most frequent first), a bound on the model file. */
  maxWords?: number;
}

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

/** Lower-cased word → cluster id (1..k). */
export function buildClusters(
  sentences: readonly (readonly string[])[],
  { k = 200, minCount = 3, contexts = 800, iterations = 8, maxWords = 60_000 }: ClusterOptions = {},
): Map<string, number> {
  const docs = sentences.map((s) => s.map((t) => normalizeToken(t).toLowerCase()));
  const counts = new Map<string, number>();
  for (const s of docs) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxWords)
    .map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const vectors = contextVectors(docs, index, contexts);
  const assignment = sphericalKMeans(vectors, Math.min(k, vocab.length), 2 * (contexts + 1), iterations);
  return new Map(vocab.map((w, i) => [w, assignment[i]! + 1]));
}

/** Per vocabulary word: counts of left (dimension c) and right (contexts + 1 + c) neighbours, sqrt-scaled, unit length. */
function contextVectors(docs: string[][], index: Map<string, number>, contexts: number): Sparse[] {
  const edge = contexts; // sentence edge, or a neighbour outside the context words
  const maps = Array.from({ length: index.size }, () => new Map<number, number>());
  const ctx = (w: string | undefined) => {
    const i = w === undefined ? -1 : (index.get(w) ?? -1);
    return i >= 0 && i < contexts ? i : edge;
  };
  for (const s of docs) {
    for (let i = 0; i < s.length; i++) {
      const w = index.get(s[i]!);
      if (w === undefined) continue;
      const m = maps[w]!;
      const left = ctx(s[i - 1]);
      const right = contexts + 1 + ctx(s[i + 1]);
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(right, (m.get(right) ?? 0) + 1);
    }
  }
  return maps.map((m) => {
    const idx = Int32Array.from([...m.keys()].sort((a, b) => a - b));
    const val = Float32Array.from(idx, (d) => Math.sqrt(m.get(d)!));
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < val.length; j++) val[j] = val[j]! / norm;
    return { idx, val };
  });
}

/** Cosine k-means; centroids stored dimension-major so a word's scores against all centroids are one pass. */
function sphericalKMeans(vectors: Sparse[], k: number, dims: number, iterations: number): Int32Array {
  const centroids = new Float32Array(dims * k);
  // Seeds: words spread over the frequency ranks past the function words.
  const first = Math.min(50, Math.max(0, vectors.length - k));
  const stride = Math.max(1, Math.floor((Math.min(vectors.length, first + 20 * k) - first) / k));
  for (let j = 0; j < k; j++) addTo(centroids, vectors[Math.min(vectors.length - 1, first + j * stride)]!, j, k);
  normalizeColumns(centroids, k, dims);
  const assignment = new Int32Array(vectors.length);
  const scores = new Float32Array(k);
  for (let it = 0; it < iterations; it++) {
    vectors.forEach((v, w) => {
      scores.fill(0);
      for (let n = 0; n < v.idx.length; n++) {
        const base = v.idx[n]! * k;
        const x = v.val[n]!;
        for (let j = 0; j < k; j++) scores[j] = scores[j]! + x * centroids[base + j]!;
      }
      let best = 0;
      for (let j = 1; j < k; j++) if (scores[j]! > scores[best]!) best = j;
      assignment[w] = best;
    });
    centroids.fill(0);
    vectors.forEach((v, w) => {
      addTo(centroids, v, assignment[w]!, k);
    });
    normalizeColumns(centroids, k, dims);
  }
  return assignment;
}

function addTo(centroids: Float32Array, v: Sparse, j: number, k: number): void {
  for (let n = 0; n < v.idx.length; n++) centroids[v.idx[n]! * k + j] = centroids[v.idx[n]! * k + j]! + v.val[n]!;
}

function normalizeColumns(centroids: Float32Array, k: number, dims: number): void {
  for (let j = 0; j < k; j++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += centroids[d * k + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) centroids[d * k + j] = centroids[d * k + j]! / norm;
  }
}
