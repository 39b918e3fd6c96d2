/** Emission scores: for each token, the sum over its hashed features of the per-tag weights. */
import type { SentenceFeatures } from './features';
import { TAG_COUNT } from './tags';

export function emissions(f: SentenceFeatures, weights: ArrayLike<number>, mask: number): Float64Array {
  if (TAG_COUNT === 9 && weights instanceof Int8Array) return emissions9(f, weights, mask);
  const n = f.offsets.length - 1;
  const T = TAG_COUNT;
  const out = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const w = (f.feats[k]! & mask) * T;
      for (let t = 0; t < T; t++) out[base + t] = out[base + t]! + weights[w + t]!;
    }
  }
  return out;
}

/** The shipped model's case, unrolled into integer registers (tagging time is mostly spent here). */
function emissions9(f: SentenceFeatures, weights: Int8Array, mask: number): Float64Array {
  const n = f.offsets.length - 1;
  const out = new Float64Array(n * 9);
  const feats = f.feats;
  for (let i = 0; i < n; i++) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      a8 = 0;
    const end = f.offsets[i + 1]!;
    for (let k = f.offsets[i]!; k < end; k++) {
      const w = (feats[k]! & mask) * 9;
      a0 += weights[w]!;
      a1 += weights[w + 1]!;
      a2 += weights[w + 2]!;
      a3 += weights[w + 3]!;
      a4 += weights[w + 4]!;
      a5 += weights[w + 5]!;
      a6 += weights[w + 6]!;
      a7 += weights[w + 7]!;
      a8 += weights[w + 8]!;
    }
    const b = i * 9;
    out[b] = a0;
    out[b + 1] = a1;
    out[b + 2] = a2;
    out[b + 3] = a3;
    out[b + 4] = a4;
    out[b + 5] = a5;
    out[b + 6] = a6;
    out[b + 7] = a7;
    out[b + 8] = a8;
  }
  return out;
}
