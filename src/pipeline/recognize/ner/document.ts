/**
 * An article as the recognizer sees it: tokens with offsets, sentences, tags, and which sentences are ALL CAPS
 * (headlines and promo links, where case says nothing).
 */
import type { TaggerModel } from './model';
import { type NameWords, nameWordsOf } from './name-words';
import { scoreTokens, tagIndexes } from './tagger';
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
  /** ALL CAPS, or a Title Case line of its own (a heading): casing there says little about names. */
  capsSentence: boolean[];
  /** The article's language's name words (roles, not-names, event words). */
  words: NameWords;
  /** Per sentence, the tagger's scores (tokens × tags), kept so a mention's confidence can be read later. */
  scores: Float64Array[];
  model: TaggerModel;
  /** Names a shape rule joined over the tagger's pieces or cut out of its span: first token → end token. */
  joinedNames: Map<number, number>;
}

export function isCapsText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const MINOR = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|nor|with|by|from|as|is|vs\.?|via|per|into|over|up|off|out)$/i;

/** A line of its own that does not end like a sentence: where headings and captions sit. */
function isWholeLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const after = nl < 0 ? text.length : nl;
  return (
    !text.slice(before, start).trim() &&
    !text.slice(end, after).trim() &&
    !/[.!?]["”’')]*$/.test(text.slice(start, end))
  );
}

/** "Basis Behind Clinton's Alleged Grudge Against Putin", "Paging Alexa": most content words capitalized. */
export function isTitleCaseLine(words: readonly string[], { minWords = 2, share = 0.85 } = {}): boolean {
  const content = words.filter((w) => /^\p{L}/u.test(w) && !MINOR.test(w) && !/^['’]/.test(w));
  if (content.length < minWords) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= share;
}

/** "l'OTAN" → "l'" "OTAN": the name is a token of its own, as the language's training data writes it. */
function splitElisions(tokens: Token[], elision: RegExp): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const cut = elision.exec(t.text)?.[0].length ?? 0;
    if (cut > 0 && cut < t.text.length) {
      out.push({ text: t.text.slice(0, cut), start: t.start, end: t.start + cut });
      out.push({ text: t.text.slice(cut), start: t.start + cut, end: t.end });
    } else out.push(t);
  }
  return out;
}

export function analyzeTokens(text: string, model: TaggerModel, words: NameWords = nameWordsOf()): NerDocument {
  const whole = tokenize(text, { splitCapitalizedHyphens: words.english });
  const tokens = words.elision ? splitElisions(whole, words.elision) : whole;
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  const tags = new Int32Array(tokens.length);
  const capsSentence: boolean[] = [];
  const scores: Float64Array[] = [];
  sentences.forEach(([a, b], s) => {
    const words = tokens.slice(a, b).map((t) => t.text);
    scores.push(scoreTokens(words, model));
    tags.set(tagIndexes(words, model, scores[s]), a);
    sentenceOf.fill(s, a, b);
    capsSentence.push(
      isCapsText(words.join('')) || (isWholeLine(text, tokens[a]!.start, tokens[b - 1]!.end) && isTitleCaseLine(words)),
    );
  });
  return { text, tokens, sentences, sentenceOf, tags, capsSentence, words, scores, model, joinedNames: new Map() };
}
