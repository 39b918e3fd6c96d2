/** Tags one sentence of tokens with a decoded model: features → emission scores → Viterbi. */
import { extractFeatures } from './features';
import type { TaggerModel } from './model';
import { emissions } from './score';
import { TAGS } from './tags';
import { viterbi } from './viterbi';

export function tagIndexes(tokens: readonly string[], model: TaggerModel): Int32Array {
  if (!tokens.length) return new Int32Array(0);
  const f = extractFeatures(tokens, model.lexicons, model.features);
  return viterbi(emissions(f, model.weights, model.mask), tokens.length, model.transitions, model.start);
}

export function tagTokens(tokens: readonly string[], model: TaggerModel): string[] {
  return Array.from(tagIndexes(tokens, model), (t) => TAGS[t]!);
}
