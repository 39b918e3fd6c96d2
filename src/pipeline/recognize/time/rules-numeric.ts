/**
 * Dates written in numbers only, for an article in a language whose month and day words the pipeline does not have
 * (a borrowed pack reads with NUMERIC_DATE_WORDS, src/languages/numeric-date-words.ts): "2022-06-28", "13.06.2022", "10. 6. 2022" (Czech, Slovak), "18/5/2022",
 * "2022.06.10." (Hungarian), and a bare year. Every such language writes the day before the month
 * when the year comes last (month-first is American English's, which has its own rules).
 */
import { dayValue, isValidDay, yearValue } from '../../../shared/calendar';
import type { Rule } from './candidate';
import { whole } from './local-words';

const day = (y: string, m: string, d: string) => {
  const value = { y: Number(y), m: Number(m), d: Number(d) };
  return isValidDay(value) ? { type: 'date' as const, value: dayValue(value) } : null;
};

export const NUMERIC_RULES: Rule[] = [
  { name: 'numeric-iso', pattern: whole('(\\d{4})-(\\d{2})-(\\d{2})'), resolve: (m) => day(m[1]!, m[2]!, m[3]!) },
  {
    name: 'numeric-year-first',
    // Without spaces: "2022. 06. 10." is cut into sentences at its first period before any rule reads it.
    pattern: whole('(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\.?'),
    resolve: (m) => day(m[1]!, m[2]!, m[3]!),
  },
  {
    name: 'numeric-day-first',
    // The same mark both times: "10.06.2022", "10. 6. 2022", "18/5/2022"; not "10.6/2022".
    pattern: whole('(\\d{1,2})(\\.\\s?|/)(\\d{1,2})\\2(\\d{4})'),
    resolve: (m) => day(m[4]!, m[3]!, m[1]!),
  },
  {
    name: 'numeric-year',
    // A year of the last two centuries, not a part of a larger number ("2 014", "2.014", "2014,5") nor of a date
    // that is no day ("13/13/2022").
    pattern: whole('(?<!\\d(?:[.,/\\s]|\\.\\s))((?:18|19|20)\\d{2})(?![.,]\\d|\\s\\d{3}(?!\\d))'),
    resolve: (m) => ({ type: 'date', value: yearValue(Number(m[1])) }),
  },
];
