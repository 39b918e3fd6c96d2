/** First-order Viterbi over emission and transition scores, with IOB2's impossible transitions ruled out. */
import { allowedTransition, TAG_COUNT } from './tags';

const NEG = -1e30;
const ALLOWED: boolean[] = [];
for (let p = 0; p < TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) ALLOWED.push(allowedTransition(p, t));
const ALLOWED_START: boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => allowedTransition(0, t));

// Reused between calls: tagging many short sentences allocates nothing here.
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/**
 * emission: n × TAG_COUNT scores; trans: TAG_COUNT × TAG_COUNT (prev × next); start: TAG_COUNT.
 * Returns the best tag index per token.
 */
export function viterbi(
  emission: Float64Array,
  n: number,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
): Int32Array {
  const T = TAG_COUNT;
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  if (scoreBuf.length < n * T) {
    scoreBuf = new Float64Array(n * T * 2);
    backBuf = new Int32Array(n * T * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let t = 0; t < T; t++) score[t] = ALLOWED_START[t] ? start[t]! + emission[t]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const s = score[(i - 1) * T + p]! + trans[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emission[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = NEG;
  for (let t = 0; t < T; t++)
    if (score[(n - 1) * T + t]! > best) {
      best = score[(n - 1) * T + t]!;
      tags[n - 1] = t;
    }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}
