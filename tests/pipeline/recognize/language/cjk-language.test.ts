/** Japanese from Chinese by kana, and both from the alphabetic languages: true and false cases side by side. */
import { describe, expect, it } from 'vitest';
import { cjkLanguage, detectLanguage } from '../../../../src/pipeline/recognize/language/detect-language';

const JA = '中国の習近平国家主席とロシアのプーチン大統領が15日、ウズベキスタンのサマルカンドで会談した。';
const ZH = '中国国家主席习近平与俄罗斯总统普京15日在撒马尔罕会晤。双方就乌克兰局势交换了意见。';
const ZH_TW = '中國國家主席習近平與俄羅斯總統普京15日在撒馬爾罕會晤。雙方就烏克蘭局勢交換了意見。';
const EN =
  'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, the first time.';
const EN_WITH_NAMES = `${EN} The sign read 習近平 and プーチン in the photograph of the meeting hall that day.`;

describe('cjkLanguage', () => {
  it.each([
    [JA, 'ja'],
    [ZH, 'zh'],
    [ZH_TW, 'zh'],
    [EN, null],
    [EN_WITH_NAMES, null],
    ['東京', null],
  ])('%s → %s', (text, want) => {
    expect(cjkLanguage(text)).toBe(want);
  });
});

describe('detectLanguage on CJK text', () => {
  it.each([
    [JA, 'ja', { code: 'ja', source: 'declared' }],
    [JA, 'zh-CN', { code: 'ja', source: 'text' }],
    [JA, null, { code: 'ja', source: 'text' }],
    [ZH, 'zh-CN', { code: 'zh', source: 'declared' }],
    [ZH, 'en', { code: 'zh', source: 'text' }],
    [ZH, 'ja', { code: 'zh', source: 'text' }],
    [EN, 'ja', { code: 'en', source: 'text' }],
  ])('%s declared %s', (text, declared, want) => {
    expect(detectLanguage(text, declared)).toEqual(want);
  });
});
