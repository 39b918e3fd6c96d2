/**
 * Date rules for a language other than English, built from its date words (src/languages/<code>/date-words.ts):
 * "la semaine prochaine", "w przyszłym tygodniu", "am Donnerstag", "el próximo 15 de mayo", "3 settembre",
 * "вчера". Values follow the English rules' (a week is 2026-W20, a day 2026-05-15); a year left out is read as
 * the English rules read it without tense, the next one when the text says "next".
 */
import { dayValue, isValidDay, monthValue } from '../../../shared/calendar';
import { escapeRegex } from '../../../languages/pack-words';
import type { CalendarWords } from '../../../languages/types';
import { refDay, type Rule } from './candidate';
import { resolveMonthYear, resolveWeekday } from './rules-calendar';
import { shifted } from './rules-relative';
import type { Tense } from './tense';

const compiled = new WeakMap<CalendarWords, Rule[]>();

const asPattern = (s: string) => escapeRegex(s).replace(/\s+/g, '\\s+');
/** Longest first, so "przyszłym" is not read as a shorter word's prefix. */
const alternation = (words: Iterable<string>) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join('|')})`;
/** \b knows only ASCII letters: Cyrillic and accented words need their own edges. */
const whole = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
const get = (table: Readonly<Record<string, number>>, word: string | undefined) =>
  word === undefined ? undefined : table[word.toLowerCase().replace(/\s+/g, ' ')];

/** "Morgen" is a noun where "morgen" is tomorrow: in mid-sentence, a capital makes a day word a noun. */
const capitalizedMidSentence = (m: RegExpExecArray, sentence: string) =>
  /^\p{Lu}/u.test(m[0]) && /\p{L}/u.test(sentence.slice(0, m.index));

/** The clause's tense from the language's marker words; "none" when it has neither. */
function tenseIn(sentence: string, w: CalendarWords, future: ReadonlySet<string>, past: ReadonlySet<string>): Tense {
  const words = sentence.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  if (words.some((x) => future.has(x))) return 'future';
  const endings = w.pastEndings ?? [];
  const isPast = (x: string) => past.has(x) || (x.length >= MIN_VERB && endings.some((e) => x.endsWith(e)));
  return words.some(isPast) ? 'past' : 'none';
}

/** Shorter words are too often nouns to be read by their ending. */
const MIN_VERB = 5;

const wordBefore = (sentence: string, at: number) =>
  /([\p{L}'’]+)\s+$/u.exec(sentence.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';

export function localDateRules(words: CalendarWords): Rule[] {
  let rules = compiled.get(words);
  if (!rules) {
    rules = buildRules(words);
    compiled.set(words, rules);
  }
  return rules;
}

function buildRules(w: CalendarWords): Rule[] {
  const step = (word: string | undefined) => {
    const x = word?.toLowerCase();
    if (x === undefined) return undefined;
    return w.next.includes(x) ? 1 : w.last.includes(x) ? -1 : w.this.includes(x) ? 0 : undefined;
  };
  const nounAfter = new Set(w.nounAfter);
  const future = new Set(w.futureWords);
  const past = new Set(w.pastWords);
  const NEXT_LAST = alternation([...w.next, ...w.last, ...w.this]);
  const NEXT_LAST_ONLY = alternation([...w.next, ...w.last]);
  const UNIT = alternation(Object.keys(w.units));
  const MONTH = alternation(Object.keys(w.months));
  const WEEKDAY = alternation(Object.keys(w.weekdays));
  const JOIN = w.joiners.length ? `(?:\\s+${alternation(w.joiners)})?` : '';
  const YEAR_WORD = w.yearWords.length ? `(?:\\s+${alternation(w.yearWords)})?` : '';
  return [
    {
      name: 'local-relative-unit',
      pattern: whole(`(?:(${NEXT_LAST})\\s+(${UNIT})|(${UNIT})\\s+(${NEXT_LAST_ONLY}))`),
      resolve: (m, ctx) => {
        const day = refDay(ctx);
        const n = step(m[1] ?? m[4]);
        const unit = w.units[(m[2] ?? m[3])!.toLowerCase()];
        if (!day || n === undefined || !unit) return day ? null : { type: 'date' };
        return { type: 'date', value: shifted(day, unit, n) };
      },
    },
    {
      name: 'local-day-word',
      pattern: whole(`(${alternation(Object.keys(w.days))})`),
      resolve: (m, ctx) => {
        if (capitalizedMidSentence(m, ctx.sentence) || nounAfter.has(wordBefore(ctx.sentence, m.index))) return null;
        const day = refDay(ctx);
        const n = get(w.days, m[1]);
        if (n === undefined) return null;
        return day ? { type: 'date', value: shifted(day, 'day', n) } : { type: 'date' };
      },
    },
    {
      name: 'local-weekday',
      pattern: whole(`(?:(${NEXT_LAST_ONLY})\\s+)?(${WEEKDAY})(?:\\s+(${NEXT_LAST_ONLY}))?`),
      resolve: (m, ctx) => {
        const day = refDay(ctx);
        const target = get(w.weekdays, m[2]);
        if (target === undefined) return null;
        if (!day) return { type: 'date' };
        const n = step(m[1] ?? m[3]);
        const qualifier = n === 1 ? 'next' : n === -1 ? 'last' : '';
        const tense = tenseIn(ctx.sentence, w, future, past);
        return { type: 'date', value: dayValue(resolveWeekday(target, day, qualifier, tense)) };
      },
    },
    {
      name: 'local-day-month-year',
      pattern: whole(
        `(?:(${NEXT_LAST_ONLY})\\s+)?(\\d{1,2})\\.?${JOIN}\\s+(${MONTH})(?:${JOIN}\\s+(\\d{4})${YEAR_WORD})?`,
      ),
      resolve: (m, ctx) => {
        const month = get(w.months, m[3]);
        const d = Number(m[2]);
        const day = refDay(ctx);
        if (!month) return null;
        const written = m[4] ? Number(m[4]) : null;
        const n = step(m[1]);
        const tense = n === 1 ? 'future' : n === -1 ? 'past' : tenseIn(ctx.sentence, w, future, past);
        const y = written ?? (day ? resolveMonthYear(month, day, 0, tense) : null);
        if (y === null) return { type: 'date' };
        const value = { y, m: month, d };
        if (!isValidDay(value)) return null;
        return { type: 'date', value: dayValue(value), guessedYear: written === null && tense === 'none' };
      },
    },
    {
      name: 'local-month-year',
      pattern: whole(`(${MONTH})${JOIN}\\s+(\\d{4})${YEAR_WORD}`),
      resolve: (m) => {
        const month = get(w.months, m[1]);
        return month ? { type: 'date', value: monthValue(Number(m[2]), month) } : null;
      },
    },
  ];
}
