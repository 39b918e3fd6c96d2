/**
 * Languages told by their script (Arabic, Persian, Urdu, Korean, Hindi, Hebrew), with true and false cases side by
 * side: text in other scripts, or with only a few such letters, keeps the verdict it had.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptLanguage } from '../../../../src/pipeline/recognize/language/detect-language';

const AR =
  'قال السفير الروسي لدى بكين أندريه دينيسوف يوم الأربعاء إن الرئيس الروسي فلاديمير بوتين سيلتقي نظيره الصيني شي جين بينغ الأسبوع المقبل في مدينة سمرقند.';
const FA =
  'رئیس‌جمهور روسیه ولادیمیر پوتین روز چهارشنبه گفت که با همتای چینی خود شی جین‌پینگ در سمرقند دیدار خواهد کرد. این دیدار در حاشیه نشست سازمان همکاری شانگهای برگزار می‌شود.';
const UR =
  'روسی صدر ولادیمیر پوتن نے بدھ کو کہا کہ وہ اگلے ہفتے سمرقند میں چینی صدر شی جن پنگ سے ملاقات کریں گے۔ یہ ملاقات شنگھائی تعاون تنظیم کے اجلاس کے موقع پر ہوگی۔';
const KO =
  '블라디미르 푸틴 러시아 대통령과 시진핑 중국 국가주석이 다음 주 우즈베키스탄 사마르칸트에서 열리는 상하이협력기구 정상회의에서 만날 예정이다.';
const HI = 'रूसी राष्ट्रपति व्लादिमीर पुतिन अगले सप्ताह उज्बेकिस्तान के समरकंद शहर में चीनी राष्ट्रपति शी जिनपिंग से मिलेंगे।';
const HE =
  "נשיא רוסיה ולדימיר פוטין ייפגש בשבוע הבא עם נשיא סין שי ג'ינפינג בעיר סמרקנד שבאוזבקיסטן, כך נמסר ביום רביעי.";
const EN =
  'Russian President Vladimir Putin will meet Chinese President Xi Jinping in Samarkand next week, the ambassador said.';
const EN_QUOTING = `${EN} The banner read "قمة سمرقند" and "상하이" in the hall, where the two leaders met.`;
const RU =
  'Президент России Владимир Путин на следующей неделе встретится с председателем КНР Си Цзиньпином в Самарканде.';
const JA = '中国の習近平国家主席とロシアのプーチン大統領が15日、ウズベキスタンのサマルカンドで会談した。';

describe('scriptLanguage', () => {
  it.each([
    [AR, null, 'ar'],
    [FA, null, 'fa'],
    [UR, null, 'ur'],
    [KO, null, 'ko'],
    [HI, null, 'hi'],
    [HE, null, 'he'],
    // A declared language written in the same script stands.
    [HI, 'mr', 'mr'],
    [FA, 'ps', 'ps'],
    [HE, 'yi', 'yi'],
    // Not these scripts, or too few of their letters.
    [EN, null, null],
    [EN_QUOTING, null, null],
    [RU, null, null],
    [JA, null, null],
    ['قمة سمرقند', null, null],
  ])('%s (declared %s) → %s', (text, declared, want) => {
    expect(scriptLanguage(text, declared)).toBe(want);
  });
});

describe('detectLanguage on these scripts', () => {
  it.each([
    [AR, null, { code: 'ar', source: 'text' }],
    [AR, 'ar', { code: 'ar', source: 'declared' }],
    [AR, 'en', { code: 'ar', source: 'text' }],
    [FA, 'fa-IR', { code: 'fa', source: 'declared' }],
    [KO, 'en', { code: 'ko', source: 'text' }],
    [HI, null, { code: 'hi', source: 'text' }],
    [HE, 'he', { code: 'he', source: 'declared' }],
    // Verdicts on the other scripts are unchanged.
    [EN_QUOTING, null, { code: 'en', source: 'text' }],
    [RU, null, { code: 'ru', source: 'text' }],
    [JA, null, { code: 'ja', source: 'text' }],
  ])('%s (declared %s) → %j', (text, declared, want) => {
    expect(detectLanguage(text, declared)).toEqual(want);
  });
});
