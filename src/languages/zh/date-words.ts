/** Chinese date words (simplified and traditional): weekdays, relative periods and days, span words, tense markers. */
import type { CjkCalendarWords } from '../types';

const NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** "星期四", "周四", "週四", "礼拜四"; Sunday is also "星期天". */
const weekdays: Record<string, number> = { 星期天: 0, 礼拜天: 0, 禮拜天: 0 };
NAMES.forEach((n, i) => {
  for (const prefix of ['星期', '周', '週', '礼拜', '禮拜']) weekdays[`${prefix}${n}`] = i;
});

export const dateWords: CjkCalendarWords = {
  kind: 'cjk-calendar',
  weekdays,
  periods: {
    下周: ['week', 1],
    下週: ['week', 1],
    下星期: ['week', 1],
    上周: ['week', -1],
    上週: ['week', -1],
    上星期: ['week', -1],
    本周: ['week', 0],
    本週: ['week', 0],
    这周: ['week', 0],
    這週: ['week', 0],
    下个月: ['month', 1],
    下個月: ['month', 1],
    上个月: ['month', -1],
    上個月: ['month', -1],
    本月: ['month', 0],
    明年: ['year', 1],
    去年: ['year', -1],
    今年: ['year', 0],
  },
  days: { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 後天: 2 },
  rangeWords: ['至', '到', '～', '〜', '-', '－', '–'],
  rangeEnds: [],
  // "15日内" (within fifteen days), "3日前" (three days ago), "3日后".
  notDayAfter: ['内', '內', '前', '后', '後', '间', '間'],
  futureWords: ['将', '將', '计划', '計劃', '拟', '擬', '预计', '預計', '即将'],
  pastWords: ['以来', '了', '曾', '已经', '已經', '此前'],
};
