/**
 * An article as the recognizer sees it: tokens with offsets, sentences, tags, and which sentences are ALL CAPS
 * (headlines and promo links, where case says nothing).
 */
import type { TaggerModel } from './model';
import { tagIndexes } from './tagger';
import { splitSentences, tokenize, type Token } from './tokenize';

export interface NerDocument {
  text: string;
  tokens: Token[];
  /** [start, end) token ranges. */
  sentences: [number, number][];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Tag index per token (see TAGS). */
  tags: Int32Array;
  capsSentence: boolean[];
}

export function isCapsText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function analyzeTokens(text: string, model: TaggerModel): NerDocument {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  const tags = new Int32Array(tokens.length);
  const capsSentence: boolean[] = [];
  sentences.forEach(([a, b], s) => {
    const words = tokens.slice(a, b).map((t) => t.text);
    tags.set(tagIndexes(words, model), a);
    sentenceOf.fill(s, a, b);
    capsSentence.push(isCapsText(words.join('')));
  });
  return { text, tokens, sentences, sentenceOf, tags, capsSentence };
}
