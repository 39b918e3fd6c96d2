/**
 * CoNLL measurement mode: one sentence of tokens in, one IOB2 tag (PER, ORG, LOC, MISC) per token out,
 * from the shipped statistical tagger (src/pipeline/recognize/ner).
 */
import { shippedModel, tagTokens } from '../src/pipeline/recognize';

export function tagSentence(tokens: string[]): string[] {
  return tagTokens(tokens, shippedModel());
}
