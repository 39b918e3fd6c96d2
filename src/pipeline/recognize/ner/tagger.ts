/** Tags one sentence of tokens with a decoded model: features → emission scores → Viterbi. */
import { extractFeatures } from './features';
import type { TaggerModel } from './model';
import { emissions } from './score';
import { TAGS } from './tags';
import { viterbi } from './viterbi';

/** Each token's score for each tag (n × TAG_COUNT): what Viterbi decodes and mention confidence is read from. */
export function scoreTokens(tokens: readonly string[], model: TaggerModel): Float64Array {
  return emissions(extractFeatures(tokens, model.lexicons, model.features), model.weights, model.mask);
}

export function tagIndexes(tokens: readonly string[], model: TaggerModel, scores?: Float64Array): Int32Array {
  if (!tokens.length) return new Int32Array(0);
  return viterbi(scores ?? scoreTokens(tokens, model), tokens.length, model.transitions, model.start);
}

export function tagTokens(tokens: readonly string[], model: TaggerModel): string[] {
  return Array.from(tagIndexes(tokens, model), (t) => TAGS[t]!);
}
