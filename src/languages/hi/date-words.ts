/**
 * Hindi date words. Months are written with and without the nasal's half letter ("सितंबर", "सितम्बर") and with and
 * without the nukta ("फ़रवरी"); both are read. "कल" is yesterday and tomorrow alike and is left alone.
 * Devanagari digits ("१५") are read as ASCII digits by the date rules.
 */
import { formsOf } from '../pack-words';
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    जनवरी: 1,
    ...formsOf(2, 'फरवरी', 'फ़रवरी'),
    मार्च: 3,
    ...formsOf(4, 'अप्रैल', 'अप्रेल'),
    मई: 5,
    जून: 6,
    जुलाई: 7,
    ...formsOf(8, 'अगस्त'),
    ...formsOf(9, 'सितंबर', 'सितम्बर'),
    ...formsOf(10, 'अक्टूबर', 'अक्तूबर'),
    ...formsOf(11, 'नवंबर', 'नवम्बर'),
    ...formsOf(12, 'दिसंबर', 'दिसम्बर'),
  },
  weekdays: {
    रविवार: 0,
    सोमवार: 1,
    मंगलवार: 2,
    बुधवार: 3,
    ...formsOf(4, 'गुरुवार', 'बृहस्पतिवार'),
    शुक्रवार: 5,
    शनिवार: 6,
  },
  // "अगले सप्ताह" (next week), "पिछले महीने" (last month), "बीते साल".
  next: ['अगले', 'अगला', 'अगली', 'आगामी'],
  last: ['पिछले', 'पिछला', 'पिछली', 'बीते', 'गत'],
  this: ['इस'],
  units: {
    ...formsOf('week', 'सप्ताह', 'हफ्ते', 'हफ़्ते', 'हफ्ता', 'हफ़्ता'),
    ...formsOf('month', 'महीने', 'महीना', 'माह'),
    ...formsOf('year', 'साल', 'वर्ष'),
  } as CalendarWords['units'],
  days: { आज: 0 },
  nounAfter: [],
  joiners: [],
  // "15 और 16 सितंबर", "15 से 16 सितंबर".
  rangeWords: ['और', 'से', 'तक'],
  yearWords: [],
  futureWords: ['होगा', 'होगी', 'होंगे', 'करेगा', 'करेगी', 'करेंगे', 'जाएगा', 'जाएगी', 'जाएंगे', 'लेंगे', 'देंगे'],
  pastWords: ['था', 'थी', 'थे', 'किया', 'कहा', 'गया', 'गई', 'गए', 'हुआ', 'हुई', 'हुए', 'बताया'],
  uncased: true,
};
