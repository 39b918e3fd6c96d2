/**
 * The date words of a language whose words the pipeline does not have: none. A borrowed pack (borrowed-packs.ts)
 * reads dates with these, numbers and years only, so that the lender's month names and "yesterday" are never read
 * in another language's text ("gestern" in Swedish, "mayo" in Romanian).
 */
import type { CalendarWords } from './types';

export const NUMERIC_DATE_WORDS: CalendarWords = {
  kind: 'calendar',
  numericOnly: true,
  months: {},
  weekdays: {},
  next: [],
  last: [],
  this: [],
  units: {},
  days: {},
  nounAfter: [],
  joiners: [],
  rangeWords: [],
  yearWords: [],
  futureWords: [],
  pastWords: [],
};
