/**
 * Arabic date words. Months have two sets of names: the Egyptian and Gulf transliterations ("سبتمبر") and the
 * Levantine and Iraqi Syriac names ("أيلول"), often side by side ("سبتمبر/أيلول"); both are read. Weekdays and the
 * relative words take the article "ال", and "next" and "last" follow their noun ("الأسبوع المقبل"). Digits may be
 * Eastern Arabic ("١٥"): the date rules read them as ASCII digits.
 */
import { formsOf } from '../pack-words';
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    ...formsOf(1, 'يناير', 'كانون الثاني'),
    ...formsOf(2, 'فبراير', 'شباط'),
    ...formsOf(3, 'مارس', 'آذار'),
    ...formsOf(4, 'أبريل', 'إبريل', 'ابريل', 'نيسان'),
    ...formsOf(5, 'مايو', 'أيار'),
    ...formsOf(6, 'يونيو', 'يونيه', 'حزيران'),
    ...formsOf(7, 'يوليو', 'يوليه', 'تموز'),
    ...formsOf(8, 'أغسطس', 'اغسطس', 'آب'),
    ...formsOf(9, 'سبتمبر', 'أيلول'),
    ...formsOf(10, 'أكتوبر', 'اكتوبر', 'تشرين الأول'),
    ...formsOf(11, 'نوفمبر', 'تشرين الثاني'),
    ...formsOf(12, 'ديسمبر', 'كانون الأول'),
  },
  // "يوم الأربعاء" (on Wednesday); hamza is often left off ("الاربعاء", "الاثنين").
  weekdays: {
    الأحد: 0,
    ...formsOf(1, 'الاثنين', 'الإثنين'),
    الثلاثاء: 2,
    ...formsOf(3, 'الأربعاء', 'الاربعاء'),
    الخميس: 4,
    الجمعة: 5,
    السبت: 6,
  },
  next: ['المقبل', 'المقبلة', 'القادم', 'القادمة'],
  last: ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة'],
  this: ['الحالي', 'الحالية', 'الجاري', 'الجارية'],
  units: { الأسبوع: 'week', الشهر: 'month', العام: 'year', السنة: 'year' },
  // "غدا" is written with and without its tanwin ("غداً").
  days: { أمس: -1, الأمس: -1, اليوم: 0, غدا: 1, غداً: 1, 'بعد غد': 2 },
  nounAfter: [],
  joiners: [],
  // "من 15 إلى 16 سبتمبر", "15 حتى 16 سبتمبر", "15 و 16 سبتمبر"; "و" glued to the second day is gluedRangeWords.
  rangeWords: ['إلى', 'الى', 'حتى', 'و'],
  gluedRangeWords: ['و'],
  // "منذ فبراير الماضي" (since last February), "في تموز المقبل".
  monthThenStep: true,
  yearWords: [],
  // Verbs in the future take "س" or "سوف"; only the commonest are listed, as the Polish and Russian packs list theirs.
  futureWords: ['سوف', 'سيلتقي', 'سيعقد', 'ستعقد', 'سيزور', 'ستزور', 'سيكون', 'ستكون', 'سيتم', 'سيشارك', 'ستشارك'],
  pastWords: ['قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'التقى', 'عقد', 'عقدت', 'زار', 'كان', 'كانت', 'جرى'],
  uncased: true,
};
