/**
 * CoNLL measurement mode: sentences of tokens in, one IOB2 tag (PER, ORG, LOC, MISC) per token out, from the
 * statistical tagger (src/pipeline/recognize/ner). English tags sentence by sentence (its figures are kept as they
 * were); other languages' models also make each document's names consistent (document-tags.ts), as articles do.
 */
import { propagateInDocument, shippedModel, type TaggerModel, tagTokens } from '../src/pipeline/recognize';

export function tagSentence(tokens: string[]): string[] {
  return tagTokens(tokens, shippedModel());
}

export interface DocumentTagging {
  /** Make a name found in one sentence count wherever it recurs in the document. */
  consistent: boolean;
}

/** Tags one document's sentences with `model`. */
export function tagDocument(
  sentences: readonly string[][],
  model: TaggerModel,
  { consistent }: DocumentTagging,
): string[][] {
  const tags = sentences.map((tokens) => tagTokens(tokens, model));
  return consistent ? propagateInDocument(sentences, tags, model.lexicons) : tags;
}
