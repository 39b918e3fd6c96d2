/**
 * Averaged structured perceptron (Collins 2002) over hashed features, first-order Viterbi decoding.
 * Averaging uses the lazy trick: keep w and u = Σ c·Δ; the average is w − u/c.
 */
import { type SentenceFeatures, emissions, TAG_COUNT, viterbi } from '../../src/pipeline/recognize/ner';

export interface Example {
  f: SentenceFeatures;
  gold: Int32Array;
}

export interface Averaged {
  weights: Float64Array;
  transitions: Float64Array;
  start: Float64Array;
}

export class Perceptron {
  readonly mask: number;
  w: Float64Array;
  u: Float64Array;
  tw = new Float64Array(TAG_COUNT * TAG_COUNT);
  tu = new Float64Array(TAG_COUNT * TAG_COUNT);
  sw = new Float64Array(TAG_COUNT);
  su = new Float64Array(TAG_COUNT);
  c = 1;

  constructor(readonly bucketBits: number) {
    this.mask = (1 << bucketBits) - 1;
    this.w = new Float64Array((1 << bucketBits) * TAG_COUNT);
    this.u = new Float64Array((1 << bucketBits) * TAG_COUNT);
  }

  predict(
    f: SentenceFeatures,
    weights: ArrayLike<number> = this.w,
    trans: ArrayLike<number> = this.tw,
    start: ArrayLike<number> = this.sw,
  ): Int32Array {
    return viterbi(emissions(f, weights, this.mask), f.offsets.length - 1, trans, start);
  }

  /** One update; returns the number of token errors. */
  learn(ex: Example): number {
    const pred = this.predict(ex.f);
    const { gold } = ex;
    const n = gold.length;
    const T = TAG_COUNT;
    let errors = 0;
    const c = this.c;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        errors++;
        for (let k = ex.f.offsets[i]!; k < ex.f.offsets[i + 1]!; k++) {
          const b = (ex.f.feats[k]! & this.mask) * T;
          bump(this.w, this.u, b + g, 1, c);
          bump(this.w, this.u, b + p, -1, c);
        }
      }
      const gp = i > 0 ? gold[i - 1]! : -1;
      const pp = i > 0 ? pred[i - 1]! : -1;
      if (g !== p || gp !== pp) {
        if (i === 0) {
          bump(this.sw, this.su, g, 1, c);
          bump(this.sw, this.su, p, -1, c);
        } else {
          bump(this.tw, this.tu, gp * T + g, 1, c);
          bump(this.tw, this.tu, pp * T + p, -1, c);
        }
      }
    }
    this.c++;
    return errors;
  }

  averaged(): Averaged {
    const avg = (w: Float64Array, u: Float64Array) => w.map((x, i) => x - u[i]! / this.c);
    return { weights: avg(this.w, this.u), transitions: avg(this.tw, this.tu), start: avg(this.sw, this.su) };
  }
}

function bump(w: Float64Array, u: Float64Array, i: number, delta: number, c: number): void {
  w[i] = w[i]! + delta;
  u[i] = u[i]! + delta * c;
}
