/**
 * Persian date words: the Gregorian months as Persian news writes them ("سپتامبر"), weekdays, and "next" and
 * "last" after their noun ("هفته آینده"). Persian digits ("۱۵") are read as ASCII digits by the date rules. The
 * Solar Hijri months ("شهریور") are not read: their days need a calendar conversion the rules do not have.
 */
import { formsOf } from '../pack-words';
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    ژانویه: 1,
    فوریه: 2,
    مارس: 3,
    آوریل: 4,
    ...formsOf(5, 'مه', 'می'),
    ژوئن: 6,
    ...formsOf(7, 'ژوئیه', 'جولای'),
    ...formsOf(8, 'اوت', 'آگوست'),
    سپتامبر: 9,
    اکتبر: 10,
    نوامبر: 11,
    دسامبر: 12,
  },
  // Written with a zero-width non-joiner or a space inside ("سه‌شنبه", "سه شنبه").
  weekdays: {
    یکشنبه: 0,
    دوشنبه: 1,
    ...formsOf(2, 'سه‌شنبه', 'سه شنبه', 'سهشنبه'),
    چهارشنبه: 3,
    ...formsOf(4, 'پنجشنبه', 'پنج‌شنبه', 'پنج شنبه'),
    جمعه: 5,
    شنبه: 6,
  },
  next: ['آینده', 'بعد'],
  last: ['گذشته', 'پیش', 'قبل'],
  this: ['جاری'],
  units: { هفته: 'week', ماه: 'month', سال: 'year' },
  days: { پریروز: -2, دیروز: -1, امروز: 0, فردا: 1, پس‌فردا: 2 },
  nounAfter: [],
  joiners: [],
  // "۱۵ و ۱۶ سپتامبر", "۱۵ تا ۱۶ سپتامبر".
  rangeWords: ['و', 'تا'],
  yearWords: ['میلادی'],
  futureWords: ['خواهد', 'خواهند', 'خواهیم', 'خواهم'],
  pastWords: ['گفت', 'کرد', 'بود', 'شد', 'داشت', 'گفته', 'کرده', 'بوده', 'دیدار کرد'],
  uncased: true,
};
