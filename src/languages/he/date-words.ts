/**
 * Hebrew date words. A month after a day takes the preposition "ב" glued to it ("15 בספטמבר"), a weekday is "יום"
 * and an ordinal ("ביום רביעי"), and "next" and "last" follow their noun ("בשבוע הבא", "בשבוע שעבר"): the glued
 * forms are listed as words of their own.
 */
import type { CalendarWords } from '../types';

const MONTHS = [
  'ינואר',
  'פברואר',
  'מרץ',
  'אפריל',
  'מאי',
  'יוני',
  'יולי',
  'אוגוסט',
  'ספטמבר',
  'אוקטובר',
  'נובמבר',
  'דצמבר',
];
const DAYS = ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי'];

/** Each word as written and with "ב" (in, on) or "ל" (to) glued before it. */
const glued = <T>(word: string, value: T): [string, T][] => [word, `ב${word}`, `ל${word}`].map((w) => [w, value]);

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: Object.fromEntries([...MONTHS.flatMap((m, i) => glued(m, i + 1)), ...glued('מרס', 3)]),
  weekdays: Object.fromEntries([
    ...DAYS.flatMap((d, i) => [...glued(`יום ${d}`, i), ...glued(`יום ה${d}`, i)]),
    ...glued('שבת', 6),
  ]),
  next: ['הבא', 'הבאה', 'הקרוב', 'הקרובה'],
  last: ['שעבר', 'שעברה', 'האחרון', 'האחרונה'],
  this: ['הזה', 'הזאת', 'הנוכחי', 'הנוכחית'],
  units: Object.fromEntries([
    ...glued('שבוע', 'week' as const),
    ...glued('חודש', 'month' as const),
    ...glued('שנה', 'year' as const),
  ]),
  days: { שלשום: -2, אתמול: -1, היום: 0, מחר: 1, מחרתיים: 2 },
  nounAfter: [],
  joiners: [],
  // "15 עד 16 בספטמבר"; "15 ו-16 בספטמבר" glues "ו-" to the second day.
  rangeWords: ['עד'],
  gluedRangeWords: ['ו-', 'ו'],
  yearWords: [],
  futureWords: ['ייפגש', 'יפגוש', 'ייפגשו', 'יגיע', 'תתקיים', 'יתקיים', 'יבקר', 'ישתתף', 'תיערך'],
  pastWords: ['אמר', 'אמרה', 'נפגש', 'נפגשו', 'הודיע', 'הודיעה', 'היה', 'הייתה', 'ביקר', 'נערך', 'התקיים'],
  uncased: true,
};
