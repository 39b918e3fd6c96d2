/**
 * CoNLL measurement mode: one sentence of tokens in, one IOB2 tag (PER, ORG, LOC, MISC) per token out.
 * The tagger plugs in here (issue #4); until then every token is outside any entity.
 */
export function tagSentence(tokens: string[]): string[] {
  return tokens.map(() => 'O');
}
