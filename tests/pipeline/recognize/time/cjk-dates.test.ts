/**
 * Japanese and Chinese dates against an article of Friday 2022-09-16: each row a sentence, the date text that must be
 * found and its value, or null where nothing may be read as a date.
 */
import { describe, expect, it } from 'vitest';
import { dateWords as ja } from '../../../../src/languages/ja/date-words';
import { dateWords as zh } from '../../../../src/languages/zh/date-words';
import { findDates } from '../../../../src/pipeline/recognize/time/find-dates';

const REF = '2022-09-16T09:00:00+09:00';

const ROWS: [lang: 'ja' | 'zh', sentence: string, text: string | null, value?: string][] = [
  ['ja', '首脳会談は2022年9月15日に行われた。', '2022年9月15日', '2022-09-15'],
  ['ja', '会談は9月15日に行われた。', '9月15日', '2022-09-15'],
  ['ja', 'プーチン大統領が15日、会談した。', '15日', '2022-09-15'],
  ['ja', '全角の１５日にも会う。', '１５日', '2022-09-15'],
  ['ja', '会議は9月15日から16日まで開かれた。', '9月15日から16日まで', '2022-09-15/2022-09-16'],
  ['ja', '会期は12月30日から1月2日まで。', '12月30日から1月2日まで', '2022-12-30/2023-01-02'],
  ['ja', '首相は来週、訪米する。', '来週', '2022-W38'],
  ['ja', '先週の会合で決めた。', '先週', '2022-W36'],
  ['ja', '昨日、声明を出した。', '昨日', '2022-09-15'],
  ['ja', '今日は晴れ。', '今日', '2022-09-16'],
  ['ja', '明日発表する予定だ。', '明日', '2022-09-17'],
  ['ja', '木曜日に会談した。', '木曜日', '2022-09-15'],
  ['ja', '来週月曜日に会う。', '来週月曜日', '2022-09-19'],
  ['ja', '機構は2001年に発足した。', '2001年', '2001'],
  ['ja', '2月以来の会談となった。', '2月', '2022-02'],
  ['ja', '2022年9月の会合で。', '2022年9月', '2022-09'],
  ['ja', '会談は九月十五日に行われた。', '九月十五日', '2022-09-15'],
  ['ja', '二〇二二年九月十五日に会談した。', '二〇二二年九月十五日', '2022-09-15'],
  ['ja', '首相は十五日、会談した。', '十五日', '2022-09-15'],
  ['ja', '三月に発表した。', '三月', '2022-03'],
  ['ja', '一日三回飲む。', null],
  ['ja', '十日間滞在する。', null],
  ['ja', '15日間の日程で滞在する。', null],
  ['ja', '3日前に到着した。', null],
  ['ja', '日本の首相が発言した。', null],
  ['zh', '中俄元首2022年9月15日会晤。', '2022年9月15日', '2022-09-15'],
  ['zh', '习近平15日在撒马尔罕会晤普京。', '15日', '2022-09-15'],
  ['zh', '峰会于9月15日至16日举行。', '9月15日至16日', '2022-09-15/2022-09-16'],
  ['zh', '峰会将于下周举行。', '下周', '2022-W38'],
  ['zh', '下星期他将访问北京。', '下星期', '2022-W38'],
  ['zh', '上周双方通了电话。', '上周', '2022-W36'],
  ['zh', '他昨天抵达。', '昨天', '2022-09-15'],
  ['zh', '今天天气很好。', '今天', '2022-09-16'],
  ['zh', '明天将公布结果。', '明天', '2022-09-17'],
  ['zh', '星期四举行了会谈。', '星期四', '2022-09-15'],
  ['zh', '下周一将举行会议。', '下周一', '2022-09-19'],
  ['zh', '周三他将出发。', '周三', '2022-09-21'],
  ['zh', '今年2月以来首次会见。', '今年2月', '2022-02'],
  ['zh', '上海合作组织成立于2001年。', '2001年', '2001'],
  ['zh', '9月16日的会议', '9月16日', '2022-09-16'],
  ['zh', '中俄元首二〇二二年九月十五日会晤。', '二〇二二年九月十五日', '2022-09-15'],
  ['zh', '习近平十五日在撒马尔罕会晤普京。', '十五日', '2022-09-15'],
  ['zh', '会议十二月三十一日举行。', '十二月三十一日', '2022-12-31'],
  ['zh', '他二十日抵达北京。', '二十日', '2022-09-20'],
  ['zh', '一日三餐。', null],
  ['zh', '二十日内完成调查。', null],
  ['zh', '庆典的第十五日。', null],
  ['zh', '15日内完成调查。', null],
  ['zh', '日本首相发表讲话。', null],
  ['zh', '一周有七天。', null],
];

describe('Japanese and Chinese dates', () => {
  it.each(ROWS)('%s: %s', (lang, sentence, text, value) => {
    const found = findDates(sentence, { publishedAt: REF, words: lang === 'ja' ? ja : zh });
    if (text === null) {
      expect(found).toEqual([]);
      return;
    }
    const date = found.find((d) => d.text === text);
    expect(date, JSON.stringify(found)).toBeDefined();
    expect(date!.value).toBe(value);
    expect(sentence.slice(date!.start, date!.end)).toBe(text);
  });

  it('reads no value without the article date, but still finds the date', () => {
    expect(findDates('会談は15日に行われた。', { words: ja })).toEqual([{ text: '15日', start: 3, end: 6 }]);
  });
});
