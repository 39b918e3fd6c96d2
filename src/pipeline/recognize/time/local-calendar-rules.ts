/**
 * Calendar forms in a language other than English, from its date words: "am Samstag, 31. Oktober", "el próximo 15
 * de mayo", "1er février 1922", "28. bis 31. August", "с 10 ноября 1979 по 31 января 1981", "29/12/1992", "мая
 * 2025 года". Days are written day first in every such language. A year left out is read by tense (the English
 * rules' way), or by the weekday written beside the day when one is.
 */
import { type Day, dayValue, isValidDay, monthValue, weekday } from '../../../shared/calendar';
import { refDay, type Rule, type RuleContext } from './candidate';
import { type LocalWords, whole } from './local-words';
import { resolveMonthYear } from './rules-calendar';

/** The year of a day written without one: by "next"/"last", else tense; a weekday written beside it decides. */
function yearOf(v: LocalWords, ctx: RuleContext, m: number, d: number, step?: number, target?: number): number | null {
  const day = refDay(ctx);
  if (!day) return null;
  const tense = step === 1 ? 'future' : step === -1 ? 'past' : v.tense(ctx.sentence);
  const y = resolveMonthYear(m, day, 0, tense);
  if (target === undefined) return y;
  return [y, y - 1, y + 1].find((c) => isValidDay({ y: c, m, d }) && weekday({ y: c, m, d }) === target) ?? y;
}

const span = (a: Day, b: Day) => `${dayValue(a)}/${dayValue(b)}`;

function dayMonthYear(v: LocalWords): Rule {
  const p = v.patterns;
  return {
    name: 'local-day-month-year',
    pattern: whole(
      `(?:(${p.weekday}),?\\s+)?(?:(${p.nextLastOnly})\\s+)?${p.day}${p.join}\\s+(${p.monthAfterDay})(?:${p.join}\\s+(\\d{4})${p.yearWord})?`,
    ),
    resolve: (m, ctx) => {
      const month = v.month(m[4], true);
      const d = Number(m[3]);
      if (!month) return null;
      const step = v.step(m[2]);
      const written = m[5] ? Number(m[5]) : null;
      const y = written ?? yearOf(v, ctx, month, d, step, v.weekday(m[1]));
      if (y === null) return { type: 'date' };
      const value = { y, m: month, d };
      if (!isValidDay(value)) return null;
      const guessedYear =
        written === null && step === undefined && m[1] === undefined && v.tense(ctx.sentence) === 'none';
      return { type: 'date', value: dayValue(value), guessedYear };
    },
  };
}

/** "28. bis 31. August", "du 4 au 6 août", "1 a 16 de octubre", "с 1 по 28 июля 2000 года". */
function daysOfOneMonth(v: LocalWords): Rule {
  const p = v.patterns;
  return {
    name: 'local-day-range',
    pattern: whole(
      `${p.day}${p.range}${p.day}${p.join}\\s+(${p.monthAfterDay})(?:${p.join}\\s+(\\d{4})${p.yearWord})?`,
    ),
    resolve: (m, ctx) => {
      const month = v.month(m[3], true);
      const [d1, d2] = [Number(m[1]), Number(m[2])];
      if (!month || d1 >= d2) return null;
      const y = m[4] ? Number(m[4]) : yearOf(v, ctx, month, d2);
      if (y === null) return { type: 'date' };
      const [a, b] = [
        { y, m: month, d: d1 },
        { y, m: month, d: d2 },
      ];
      return isValidDay(a) && isValidDay(b) ? { type: 'date', value: span(a, b) } : null;
    },
  };
}

/** "8 octobre 1975 au 10 octobre 1987", "3 mai au 19 juin 2013": the end's year is written, the start's may be. */
function daysOfTwoMonths(v: LocalWords): Rule {
  const p = v.patterns;
  const date = (year: string) => `${p.day}${p.join}\\s+(${p.monthAfterDay})(?:${p.join}\\s+(\\d{4})${year})`;
  return {
    name: 'local-date-range',
    pattern: whole(`${date('')}?${p.range}${date(p.yearWord)}`),
    resolve: (m) => {
      const [m1, m2] = [v.month(m[2], true), v.month(m[5], true)];
      if (!m1 || !m2) return null;
      const y2 = Number(m[6]);
      const y1 = m[3] ? Number(m[3]) : m1 <= m2 ? y2 : y2 - 1;
      const [a, b] = [
        { y: y1, m: m1, d: Number(m[1]) },
        { y: y2, m: m2, d: Number(m[4]) },
      ];
      if (!isValidDay(a) || !isValidDay(b) || dayValue(a) >= dayValue(b)) return null;
      return { type: 'date', value: span(a, b) };
    },
  };
}

/** "15.05.2026", "29/12/1992": day first, a four-digit year. */
const NUMERIC: Rule = {
  name: 'local-numeric-date',
  pattern: whole('(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})'),
  resolve: (m) => {
    const value = { y: Number(m[4]), m: Number(m[3]), d: Number(m[1]) };
    return isValidDay(value) ? { type: 'date', value: dayValue(value) } : null;
  },
};

function monthYear(v: LocalWords): Rule {
  const p = v.patterns;
  return {
    name: 'local-month-year',
    pattern: whole(`(${p.month})${p.join}\\s+(\\d{4})${p.yearWord}`),
    resolve: (m) => {
      const month = v.month(m[1]);
      return month ? { type: 'date', value: monthValue(Number(m[2]), month) } : null;
    },
  };
}

/**
 * "فبراير الماضي" (last February), "تموز المقبل" (next July), "23 شباط الماضي": the month, or a day of it, before
 * or after the article's.
 */
function monthThenStep(v: LocalWords): Rule {
  const p = v.patterns;
  return {
    name: 'local-month-step',
    pattern: whole(`(?:${p.day}\\s+)?(${p.month})\\s+(${p.nextLastOnly})`),
    resolve: (m, ctx) => {
      const month = v.month(m[2]);
      const step = v.step(m[3]);
      const day = refDay(ctx);
      if (!month || !step) return null;
      if (!day) return { type: 'date' };
      const y = resolveMonthYear(month, day, step, 'none');
      if (m[1] === undefined) return { type: 'date', value: monthValue(y, month) };
      const value = { y, m: month, d: Number(m[1]) };
      return isValidDay(value) ? { type: 'date', value: dayValue(value) } : null;
    },
  };
}

export const localCalendarRules = (v: LocalWords): Rule[] => [
  dayMonthYear(v),
  daysOfOneMonth(v),
  daysOfTwoMonths(v),
  NUMERIC,
  monthYear(v),
  ...(v.words.monthThenStep ? [monthThenStep(v)] : []),
];
