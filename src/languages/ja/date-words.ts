/** Japanese date words: weekdays, periods and days counted from the article's, span words, tense markers. */
import type { CjkCalendarWords } from '../types';

export const dateWords: CjkCalendarWords = {
  kind: 'cjk-calendar',
  // "木曜日" and its short form "木曜"; the one-character "(木)" after a date is left to the date it follows.
  weekdays: {
    日曜日: 0,
    日曜: 0,
    月曜日: 1,
    月曜: 1,
    火曜日: 2,
    火曜: 2,
    水曜日: 3,
    水曜: 3,
    木曜日: 4,
    木曜: 4,
    金曜日: 5,
    金曜: 5,
    土曜日: 6,
    土曜: 6,
  },
  periods: {
    来週: ['week', 1],
    先週: ['week', -1],
    今週: ['week', 0],
    来月: ['month', 1],
    先月: ['month', -1],
    今月: ['month', 0],
    来年: ['year', 1],
    昨年: ['year', -1],
    去年: ['year', -1],
    今年: ['year', 0],
  },
  // "今日" is also "nowadays" ("今日の日本"); news uses it for the day far more often.
  days: { 一昨日: -2, おととい: -2, 昨日: -1, きのう: -1, 今日: 0, きょう: 0, 明日: 1, あす: 1, 明後日: 2 },
  rangeWords: ['から', '～', '〜', '-', '－', '–'],
  rangeEnds: ['まで'],
  // "15日間" (for fifteen days), "3日目" (the third day), "3日以内", "3日前" (three days ago), "3日後".
  notDayAfter: ['間', '目', '以内', '前', '後', '分'],
  futureWords: ['予定', '見通し', '見込み', '方針', 'する方向', 'される'],
  pastWords: ['以来', 'した', 'った', 'れた', 'ました', 'だった', '明らかにした'],
};
