/**
 * Korean date words: numbers with the unit syllables 년 월 일 and spaces between them ("2022년 9월 15일"), spans
 * ("15~16일", "15일부터 16일까지"), and fixed words written with or without a space ("다음 주", "다음주").
 */
import type { CjkCalendarWords } from '../types';

export const dateWords: CjkCalendarWords = {
  kind: 'cjk-calendar',
  unitChars: { year: '년', month: '월', day: '일' },
  spaced: true,
  weekdays: { 일요일: 0, 월요일: 1, 화요일: 2, 수요일: 3, 목요일: 4, 금요일: 5, 토요일: 6 },
  periods: {
    '다음 주': ['week', 1],
    다음주: ['week', 1],
    '지난 주': ['week', -1],
    지난주: ['week', -1],
    '이번 주': ['week', 0],
    이번주: ['week', 0],
    '다음 달': ['month', 1],
    다음달: ['month', 1],
    '지난 달': ['month', -1],
    지난달: ['month', -1],
    '이번 달': ['month', 0],
    이번달: ['month', 0],
    내년: ['year', 1],
    작년: ['year', -1],
    지난해: ['year', -1],
    올해: ['year', 0],
  },
  days: { 그저께: -2, 그제: -2, 어제: -1, 오늘: 0, 내일: 1, 모레: 2 },
  rangeWords: ['부터', '~', '∼', '～', '-', '–'],
  rangeEnds: ['까지'],
  // "15일간" (for fifteen days), "3일째" (the third day), "3일 전" is written apart and left alone.
  notDayAfter: ['간', '째'],
  futureWords: ['예정', '계획', '것으로 보인다', '할 것', '방침', '전망'],
  // Past verbs end in "-았다", "-었다" and their contractions ("했다", "만났다", "밝혔다"); "지난" is "last".
  pastWords: [
    '지난',
    '았다',
    '었다',
    '였다',
    '했다',
    '났다',
    '혔다',
    '졌다',
    '렸다',
    '갔다',
    '왔다',
    '됐다',
    '했습니다',
  ],
};
