/**
 * Names no office, head word or cue marks, in a script without capitals: a word of the headline that the body writes
 * again and again ("سمرقند", "사마르칸트") is likely what the story is about, but nothing says what it is. Such words
 * become unsure names (recognize() holds them back): the cards look them up in the article's own Wikipedia and type
 * them by Wikidata when linked, else they are named on the "Also mentioned" line. Their type is only a guess.
 */
import type { AnchoredNameWords } from '../../../languages/types';
import type { Entity } from '../../../shared/types';
import { salience } from '../ner/salience';
import { type AnchoredToken, anchoredTokens, wordOccurrences } from './anchored-tokens';

export interface HeadlineCandidateOptions {
  /** Fewer letters than this: too short to be a name on its own ("شي" is, but reads as too many other words). */
  minLetters?: number;
  /** Times the body must write the word, besides any mention of a name already found. */
  minBodyMentions?: number;
  /** The confidence such a name gets: below every gate, so it is always unsure. */
  confidence?: number;
}

export function headlineCandidates(
  text: string,
  title: string,
  words: AnchoredNameWords,
  isNameWord: (t: AnchoredToken) => boolean,
  found: readonly Entity[],
  { minLetters = 3, minBodyMentions = 2, confidence = 0.3 }: HeadlineCandidateOptions = {},
): Entity[] {
  if (!words.commonWordShape) return [];
  const taken = found.flatMap((e) => e.mentions.map((m) => [m.start, m.end] as const));
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && s < b);
  const names = new Map<string, { start: number; end: number }[]>();
  for (const token of anchoredTokens(title, words)) {
    if (!isNameWord(token) || words.commonWordShape.test(token.text)) continue;
    for (const form of token.forms) {
      if ((form.match(/\p{L}/gu)?.length ?? 0) < minLetters || names.has(form)) continue;
      const mentions = [...wordOccurrences(text, form, words)].filter(([a, b]) => free(a, b));
      if (mentions.length >= minBodyMentions)
        names.set(
          form,
          mentions.map(([start, end]) => ({ start, end })),
        );
    }
  }
  const list = [...names];
  const scores = salience(
    list.map(([name, mentions]) => ({ names: [name], mentions })),
    text,
    title,
  );
  return list.map(([name, mentions], i) => ({
    type: 'person',
    name,
    confidence,
    salience: scores[i]!,
    mentions: mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
  }));
}
