/**
 * A language's date words (src/languages/<code>/date-words.ts) compiled once for its rules (local-rules.ts,
 * local-calendar-rules.ts): the pattern fragments and the lookups the rules resolve their matches with.
 */
import { escapeRegex } from '../../../languages/pack-words';
import type { CalendarWords } from '../../../languages/types';
import type { Tense } from './tense';

export interface LocalWords {
  readonly words: CalendarWords;
  /** 1 for "next", -1 for "last", 0 for "this"; undefined for any other word. */
  step(word: string | undefined): number | undefined;
  /** A month's number from its name, or from a short name when `afterDay` ("23 may"). */
  month(word: string | undefined, afterDay?: boolean): number | undefined;
  weekday(word: string | undefined): number | undefined;
  /** The clause's tense from the language's marker words; "none" when it has neither. */
  tense(sentence: string): Tense;
  /** Whether a day word after `word` is a noun ("la mañana", "am Morgen"). */
  nounAfter(word: string): boolean;
  readonly patterns: LocalPatterns;
}

/** Regular-expression fragments (groups left to the rules). */
export interface LocalPatterns {
  readonly nextLast: string;
  readonly nextLastOnly: string;
  readonly unit: string;
  readonly month: string;
  /** Month names and short names, for right after a day's number. */
  readonly monthAfterDay: string;
  readonly weekday: string;
  /** An optional joiner ("de", "del") with the space before it. */
  readonly join: string;
  /** An optional word after a year ("года", "r."). */
  readonly yearWord: string;
  /** A word or dash between the two ends of a span of days. */
  readonly range: string;
  /** A day's number with its ordinal mark ("15.", "1er", "1º"), the number as group 1 of the fragment. */
  readonly day: string;
}

/** Shorter words are too often nouns to be read by their ending. */
const MIN_VERB = 5;

const asPattern = (s: string) => escapeRegex(s).replace(/\s+/g, '\\s+');
/** Longest first, so "przyszłym" is not read as a shorter word's prefix. */
export const alternation = (words: Iterable<string>) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join('|')})`;
/**
 * \b knows only ASCII letters: Cyrillic and accented words need their own edges, and Devanagari's vowel signs are
 * marks, not letters, inside a word.
 */
export const whole = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${source}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
const lookup = (table: Readonly<Record<string, number>>, word: string | undefined) =>
  word === undefined ? undefined : table[word.toLowerCase().replace(/\s+/g, ' ')];

function tenseOf(sentence: string, w: CalendarWords, future: ReadonlySet<string>, past: ReadonlySet<string>): Tense {
  const words = sentence.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
  if (words.some((x) => future.has(x))) return 'future';
  const endings = w.pastEndings ?? [];
  const isPast = (x: string) => past.has(x) || (x.length >= MIN_VERB && endings.some((e) => x.endsWith(e)));
  return words.some(isPast) ? 'past' : 'none';
}

function patternsOf(w: CalendarWords): LocalPatterns {
  const optional = (words: readonly string[]) => (words.length ? `(?:\\s+${alternation(words)})?` : '');
  return {
    nextLast: alternation([...w.next, ...w.last, ...w.this]),
    nextLastOnly: alternation([...w.next, ...w.last]),
    unit: alternation(Object.keys(w.units)),
    month: alternation(Object.keys(w.months)),
    monthAfterDay: alternation([...Object.keys(w.months), ...Object.keys(w.monthAbbreviations ?? {})]),
    weekday: alternation(Object.keys(w.weekdays)),
    join: optional(w.joiners),
    yearWord: optional(w.yearWords),
    range: `(?:\\s*[-–]\\s*|\\s+${alternation(w.rangeWords)}\\s+${w.gluedRangeWords?.length ? `|\\s+${alternation(w.gluedRangeWords)}` : ''})`,
    day: '(\\d{1,2})(?:\\.|º|°|er)?',
  };
}

export function localWords(w: CalendarWords): LocalWords {
  const nounAfter = new Set(w.nounAfter);
  const future = new Set(w.futureWords);
  const past = new Set(w.pastWords);
  const abbreviations = w.monthAbbreviations ?? {};
  return {
    words: w,
    step: (word) => {
      const x = word?.toLowerCase();
      if (x === undefined) return undefined;
      return w.next.includes(x) ? 1 : w.last.includes(x) ? -1 : w.this.includes(x) ? 0 : undefined;
    },
    month: (word, afterDay = false) => lookup(w.months, word) ?? (afterDay ? lookup(abbreviations, word) : undefined),
    weekday: (word) => lookup(w.weekdays, word),
    tense: (sentence) => tenseOf(sentence, w, future, past),
    nounAfter: (word) => nounAfter.has(word),
    patterns: patternsOf(w),
  };
}
