/**
 * Per-token tag probabilities (forward-backward over the same scores Viterbi decodes). The model is a perceptron,
 * so its scores are not log-probabilities: they are divided by a temperature fitted on CoNLL-2003 valid (see
 * scripts/ner/calibrate-confidence.ts) before they are exponentiated.
 */
import { allowedTransition, TAG_COUNT } from './tags';

export interface MarginalOptions {
  /** Score units per nat; larger flattens the distribution. */
  temperature: number;
}

/** Fitted on CoNLL-2003 valid: the mention confidence's expected calibration error is lowest near this value. */
export const DEFAULT_MARGINALS: MarginalOptions = { temperature: 48 };

const T = TAG_COUNT;
const ALLOWED: boolean[] = [];
for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) ALLOWED.push(allowedTransition(p, t));

function logSumExp(values: Float64Array, count: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) if (values[i]! > max) max = values[i]!;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

/** Forward and backward log scores of one sentence, kept so span probabilities can be read off exactly. */
export interface Lattice {
  n: number;
  alpha: Float64Array;
  beta: Float64Array;
  /** Log partition function. */
  z: number;
  emission: Float64Array;
  trans: ArrayLike<number>;
  /** 1 / temperature. */
  k: number;
}

export function lattice(
  emission: Float64Array,
  n: number,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  { temperature }: MarginalOptions = DEFAULT_MARGINALS,
): Lattice {
  const k = 1 / temperature;
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const tmp = new Float64Array(T);
  for (let t = 0; t < T && n > 0; t++)
    alpha[t] = allowedTransition(0, t) ? (start[t]! + emission[t]!) * k : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++)
    for (let t = 0; t < T; t++) {
      for (let p = 0; p < T; p++)
        tmp[p] = ALLOWED[p * T + t] ? alpha[(i - 1) * T + p]! + trans[p * T + t]! * k : Number.NEGATIVE_INFINITY;
      alpha[i * T + t] = logSumExp(tmp, T) + emission[i * T + t]! * k;
    }
  for (let i = n - 2; i >= 0; i--)
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++)
        tmp[t] = ALLOWED[p * T + t]
          ? (trans[p * T + t]! + emission[(i + 1) * T + t]!) * k + beta[(i + 1) * T + t]!
          : Number.NEGATIVE_INFINITY;
      beta[i * T + p] = logSumExp(tmp, T);
    }
  const z = n > 0 ? logSumExp(alpha.subarray((n - 1) * T), T) : 0;
  return { n, alpha, beta, z, emission, trans, k };
}

/** n × TAG_COUNT probabilities, row-major, each row summing to 1. */
export function marginals(l: Lattice): Float64Array {
  const out = new Float64Array(l.n * T);
  for (let i = 0; i < l.n * T; i++) out[i] = Math.exp(l.alpha[i]! + l.beta[i]! - l.z);
  return out;
}

/**
 * The probability that tokens [a, b) are exactly one name of the type whose B- tag is `begin` (B-X at a, I-X up to
 * b, and no I-X right after): the model's own belief in that mention, span and type together.
 */
export function spanProbability(l: Lattice, a: number, b: number, begin: number): number {
  const inside = begin + 1;
  let log = l.alpha[a * T + begin]!;
  let prev = begin;
  for (let i = a + 1; i < b; i++) {
    log += (l.trans[prev * T + inside]! + l.emission[i * T + inside]!) * l.k;
    prev = inside;
  }
  if (b < l.n) {
    const tmp = new Float64Array(T);
    for (let t = 0; t < T; t++)
      tmp[t] =
        t !== inside && ALLOWED[prev * T + t]
          ? (l.trans[prev * T + t]! + l.emission[b * T + t]!) * l.k + l.beta[b * T + t]!
          : Number.NEGATIVE_INFINITY;
    log += logSumExp(tmp, T);
  }
  return Math.exp(log - l.z);
}
