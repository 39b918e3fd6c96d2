/**
 * Date rules for Japanese and Chinese, built from the language's CjkCalendarWords: numbers with the unit characters
 * 年 月 日 ("2022年9月15日", "9月15日", "15日", "2022年"), spans of days ("9月15日から16日", "9月15日至16日"), and
 * fixed words ("来週", "下周", "昨天", "木曜日", "星期四"). Values follow the other languages' rules (a day
 * 2022-09-15, a span 2022-09-15/2022-09-16, a week 2022-W37). Full-width digits ("１５日") read as ASCII ones, and
 * numerals as numbers ("二〇二二年九月十五日", "十五日"), not an ordinal ("第十五日").
 */
import {
  addDays,
  addMonths,
  type Day,
  dayValue,
  daysInMonth,
  isValidDay,
  monthValue,
  weekday,
  yearValue,
} from '../../../shared/calendar';
import type { CjkCalendarWords } from '../../../languages/types';
import { escapeRegex } from '../../../languages/pack-words';
import { refDay, type Rule, type RuleContext } from './candidate';
import { resolveWeekday } from './rules-calendar';
import { shifted } from './rules-relative';
import type { Tense } from './tense';

const compiled = new WeakMap<CjkCalendarWords, Rule[]>();

/** Any character of a number: digits (ASCII and full-width) and the numerals of CJK_NUMBER. */
const DIGIT = '[0-9０-９〇零一二三四五六七八九十]';
/** A year, a month or a day's number in digits or in numerals ("二〇二二", "九", "十五"). */
const YEAR_NUMBER = '[0-9０-９]{4}|[〇零一二三四五六七八九]{4}';
const MONTH_NUMBER = '[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]';
const DAY_NUMBER = '[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
/** Numerals digit by digit ("二〇二二"); 十 is ten, with a multiplier before it and units after ("二十五"). */
const CJK_NUMBER: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** One numeral alone before 日 ("一日", "三日") is as often a count of days as a date: it needs its month. */
const LONE_NUMERAL = /^[一二三四五六七八九]$/u;

/** A year, a month or a day written in digits or numerals, each with its unit, and the space allowed between them. */
interface Units {
  YEAR: string;
  MONTH: string;
  DAY: string;
  /** The day's unit characters alone. */
  dayChars: string;
  gap: string;
}

function unitsOf(words: CjkCalendarWords): Units {
  const u = words.unitChars;
  const dayChars = u ? escapeRegex(u.day) : '[日号號]';
  const gap = words.spaced ? '\\s*' : '';
  return {
    YEAR: `(${YEAR_NUMBER})${u ? escapeRegex(u.year) : '年'}${gap}`,
    MONTH: `(${MONTH_NUMBER})${u ? escapeRegex(u.month) : '月'}${gap}`,
    DAY: `(${DAY_NUMBER})${dayChars}`,
    dayChars,
    gap,
  };
}

/** Longest first, so "木曜日" is not read as "木曜". */
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

export function cjkNumber(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const ten = digits.indexOf('十');
  if (ten >= 0) return (ten > 0 ? CJK_NUMBER[digits[0]!]! : 1) * 10 + (CJK_NUMBER[digits[ten + 1] ?? ''] ?? 0);
  const ascii = digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return Number(ascii.replace(/[〇零一二三四五六七八九]/gu, (d) => String(CJK_NUMBER[d])));
}
export function cjkDateRules(words: CjkCalendarWords): Rule[] {
  let rules = compiled.get(words);
  if (!rules) {
    rules = [calendarDate(words), yearMonth(words), period(words), dayWord(words), weekdayRule(words)];
    compiled.set(words, rules);
  }
  return rules;
}

/** The sentence's tense from its marker words; future words win, as in the other languages. */
export function cjkTense(words: CjkCalendarWords, sentence: string): Tense {
  if (words.futureWords.some((w) => sentence.includes(w))) return 'future';
  if (words.pastWords.some((w) => sentence.includes(w))) return 'past';
  return 'none';
}

/**
 * A day written without its year (or month) is the one nearest the article's: news writes "15日" for a day within
 * a few weeks of its own, and "12月30日" in a January article for the December before.
 */
export function nearestDay(ref: Day, month: number | undefined, day: number): Day | null {
  const options: Day[] = [];
  if (month === undefined) {
    for (const n of [-1, 0, 1]) {
      const m = addMonths({ ...ref, d: 1 }, n);
      if (day <= daysInMonth(m.y, m.m)) options.push({ y: m.y, m: m.m, d: day });
    }
  } else {
    for (const y of [ref.y - 1, ref.y, ref.y + 1])
      if (isValidDay({ y, m: month, d: day })) options.push({ y, m: month, d: day });
  }
  const distance = (d: Day) => Math.abs(Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(ref.y, ref.m - 1, ref.d));
  return options.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

interface Written {
  y?: number;
  m?: number;
  d: number;
}

/** A written day filled in from the article's date (or from the span's first end, for its second). */
function complete(written: Written, ref: Day | null, before?: Day): { day: Day; guessed: boolean } | null {
  if (written.y !== undefined && written.m !== undefined) {
    const day = { y: written.y, m: written.m, d: written.d };
    return isValidDay(day) ? { day, guessed: false } : null;
  }
  if (before) {
    const day = { y: written.y ?? before.y, m: written.m ?? before.m, d: written.d };
    // "12月30日から1月2日": a second end before the first is in the next year.
    if (written.y === undefined && written.m !== undefined && written.m < before.m) day.y++;
    return isValidDay(day) ? { day, guessed: false } : null;
  }
  if (!ref) return null;
  const day = nearestDay(ref, written.m, written.d);
  return day ? { day, guessed: written.m !== undefined } : null;
}

/**
 * "2022年9月15日", "9月15日", "15日", each optionally a span to a second day ("から16日", "至16日"); "15～16日" and
 * "15~16일" write the first day's number alone.
 */
function calendarDate(words: CjkCalendarWords): Rule {
  const { YEAR, MONTH, DAY, dayChars } = unitsOf(words);
  const one = `(?:${YEAR})?(?:${MONTH})?(?:${DAY}|(${DAY_NUMBER})(?=\\s*(?:${alternation(words.rangeWords)})\\s*(?:${DAY_NUMBER})${dayChars}))`;
  const range = alternation(words.rangeWords);
  const close = words.rangeEnds.length ? `(?:${alternation(words.rangeEnds)})?` : '';
  const notAfter = words.notDayAfter.length ? `(?!${alternation(words.notDayAfter)})` : '';
  return {
    name: 'cjk-calendar-date',
    pattern: new RegExp(`(?<!${DIGIT}|第)${one}(?:\\s*(?:${range})\\s*${one}${close})?${notAfter}`, 'gu'),
    resolve: (m, ctx) => {
      if (m[1] === undefined && m[2] === undefined && LONE_NUMERAL.test((m[3] ?? m[4])!)) return null;
      const first: Written = { y: cjkNumber(m[1]), m: cjkNumber(m[2]), d: cjkNumber(m[3] ?? m[4])! };
      const start = complete(first, refDay(ctx));
      if (!start) return first.y === undefined && !refDay(ctx) ? { type: 'date' } : null;
      if (m[7] === undefined && m[8] === undefined)
        return m[3] ? { type: 'date', value: dayValue(start.day), guessedYear: start.guessed } : null;
      const end = complete({ y: cjkNumber(m[5]), m: cjkNumber(m[6]), d: cjkNumber(m[7] ?? m[8])! }, null, start.day);
      if (!end || dayValue(end.day) <= dayValue(start.day)) return null;
      return { type: 'date', value: `${dayValue(start.day)}/${dayValue(end.day)}`, guessedYear: start.guessed };
    },
  };
}

/**
 * "2022年9月", "2022年", "9月": a month or a year. A month without its year is the last one in a past sentence
 * ("2月以来", since February), the next one in a future sentence, else the nearest; "今年2月" is this year's.
 */
function yearMonth(words: CjkCalendarWords): Rule {
  const years = Object.entries(words.periods).filter(([, [unit]]) => unit === 'year');
  const { YEAR, MONTH, dayChars, gap } = unitsOf(words);
  return {
    name: 'cjk-year-month',
    pattern: new RegExp(
      `(?<!${DIGIT})(?:${YEAR}(?:${MONTH})?|(?:(${alternation(years.map(([w]) => w))})${gap})?${MONTH})(?!${DIGIT}|${dayChars})`,
      'gu',
    ),
    resolve: (m, ctx) => {
      const year = cjkNumber(m[1]);
      const month = cjkNumber(m[2] ?? m[4]);
      if (month !== undefined && (month < 1 || month > 12)) return null;
      if (year !== undefined) return { type: 'date', value: month ? monthValue(year, month) : yearValue(year) };
      const ref = refDay(ctx);
      if (!ref || month === undefined) return ref ? null : { type: 'date' };
      if (m[3]) return { type: 'date', value: monthValue(ref.y + words.periods[m[3]]![1], month) };
      const tense = cjkTense(words, ctx.sentence);
      if (tense === 'past') return { type: 'date', value: monthValue(month <= ref.m ? ref.y : ref.y - 1, month) };
      if (tense === 'future') return { type: 'date', value: monthValue(month >= ref.m ? ref.y : ref.y + 1, month) };
      const day = nearestDay({ ...ref, d: 15 }, month, 15);
      return day ? { type: 'date', value: monthValue(day.y, day.m), guessedYear: true } : null;
    },
  };
}

/** "来週", "下周", "去年": a week, month or year counted from the article's. */
function period(words: CjkCalendarWords): Rule {
  return {
    name: 'cjk-period',
    pattern: new RegExp(
      `(?:${alternation(Object.keys(words.periods))})(?!${alternation(Object.keys(words.weekdays))})`,
      'gu',
    ),
    resolve: (m, ctx) => {
      const ref = refDay(ctx);
      const [unit, step] = words.periods[m[0]] ?? [];
      if (!unit || step === undefined) return null;
      return ref ? { type: 'date', value: shifted(ref, unit, step) } : { type: 'date' };
    },
  };
}

/** "昨日", "明天". */
function dayWord(words: CjkCalendarWords): Rule {
  return {
    name: 'cjk-day-word',
    pattern: new RegExp(alternation(Object.keys(words.days)), 'gu'),
    resolve: (m, ctx) => {
      const ref = refDay(ctx);
      const n = words.days[m[0]];
      if (n === undefined) return null;
      return ref ? { type: 'date', value: dayValue(addDays(ref, n)) } : { type: 'date' };
    },
  };
}

/**
 * "木曜日", "星期四", "来週月曜日", "下周一": a week word before the weekday sets its week, else the tense does.
 * Chinese shares the week's character between the two ("下周" + "周一" is written "下周一").
 */
function weekdayRule(words: CjkCalendarWords): Rule {
  const inWeek = new Map<string, readonly [step: number, weekday: number]>();
  for (const [week, [unit, step]] of Object.entries(words.periods)) {
    if (unit !== 'week') continue;
    for (const [name, day] of Object.entries(words.weekdays)) {
      inWeek.set(`${week}${name}`, [step, day]);
      // "다음 주 수요일": a language written with spaces puts one between the week and its day.
      if (words.spaced) inWeek.set(`${week} ${name}`, [step, day]);
      for (let k = 1; k < name.length; k++)
        if (week.endsWith(name.slice(0, k))) inWeek.set(week + name.slice(k), [step, day]);
    }
  }
  return {
    name: 'cjk-weekday',
    pattern: new RegExp(`${alternation([...inWeek.keys(), ...Object.keys(words.weekdays)])}`, 'gu'),
    resolve: (m, ctx: RuleContext) => {
      const ref = refDay(ctx);
      const [step, target] = inWeek.get(m[0]) ?? [undefined, words.weekdays[m[0]]];
      if (target === undefined) return null;
      if (!ref) return { type: 'date' };
      if (step !== undefined) {
        // The week is Monday-first (ISO, as the week values are): Sunday ends it.
        const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * step);
        return { type: 'date', value: dayValue(addDays(monday, (target + 6) % 7)) };
      }
      return { type: 'date', value: dayValue(resolveWeekday(target, ref, '', cjkTense(words, ctx.sentence))) };
    },
  };
}
