/**
 * Names in Arabic, Korean, Hindi, Persian and Hebrew, read from the words around them (src/languages/<code>/name-words.ts through
 * recognize/uncased/find-anchored-names.ts): each row gives a sentence and what it must and must not yield, with false
 * rows (an office with no name after it, a head word alone, a common word before a title) beside the true ones.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { recognize } from '../../src/pipeline/recognize';

type Row = [code: string, text: string, want: string[], notWant: string[]];

/** "type:name" or "type:name[role]" for each entity, "person:name*n" for its number of mentions. */
function found(code: string, text: string): string[] {
  const { entities } = recognize(text, { publishedAt: '2022-09-07' }, { pack: packFor(code)! });
  return entities
    .filter((e) => e.type !== 'date')
    .flatMap((e) => [
      `${e.type}:${e.name}`,
      `${e.type}:${e.name}[${e.role ?? ''}]`,
      `${e.type}:${e.name}*${e.mentions.length}`,
    ]);
}

const ROWS: Row[] = [
  // Arabic: an office before the name, a nationality adjective after the office in the role.
  ['ar', 'قال الرئيس الروسي فلاديمير بوتين إن الاجتماع مهم.', ['person:فلاديمير بوتين[الرئيس الروسي]'], ['person:إن']],
  [
    'ar',
    'أكد السفير الروسي لدى بكين أندريه دينيسوف يوم الأربعاء ذلك.',
    ['person:أندريه دينيسوف[السفير الروسي لدى بكين]', 'place:بكين'],
    ['person:أندريه دينيسوف يوم'],
  ],
  [
    'ar',
    'سيلتقي نظيره الصيني شي جين بينغ الأسبوع المقبل.',
    ['person:شي جين بينغ[نظيره الصيني]'],
    ['person:شي جين بينغ الأسبوع'],
  ],
  ['ar', 'والرئيس بوتين سيلتقي شي غدا.', ['person:بوتين[الرئيس]'], ['person:بوتين سيلتقي', 'person:والرئيس']],
  [
    'ar',
    'وقال المتحدث باسم الوزارة أحمد أبو زيد إن الزيارة مهمة.',
    ['person:أحمد أبو زيد[المتحدث باسم الوزارة]'],
    ['person:الوزارة أحمد أبو'],
  ],
  [
    'ar',
    'قال الرئيس الروسي فلاديمير بوتين إنه سيسافر. وأضاف بوتين أن القمة مهمة.',
    ['person:فلاديمير بوتين*2'],
    ['person:بوتين'],
  ],
  ['ar', 'على هامش قمة منظمة شنغهاي للتعاون في سمرقند.', ['organization:منظمة شنغهاي للتعاون'], []],
  ['ar', 'في مدينة سمرقند الأوزبكية.', ['place:سمرقند'], ['place:سمرقند الأوزبكية']],
  ['ar', 'وصل الوفد إلى موسكو وبكين.', ['place:موسكو'], []],
  // No name after the office, or a head word with nothing after it.
  ['ar', 'قال الرئيس إن الاجتماع سيعقد غدا.', [], ['person:إن', 'person:الاجتماع']],
  ['ar', 'أكد الرئيس الروسي أن الاجتماع مهم.', [], ['person:أن', 'person:الروسي']],
  ['ar', 'وأعلنت الوزارة أن الشركة ستوقع.', [], ['organization:الوزارة', 'organization:الشركة']],
  ['ar', 'في الأسبوع المقبل.', [], ['place:الأسبوع']],
  [
    'ar',
    'قال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ في بروكسل.',
    ['person:ينس ستولتنبرغ[الأمين العام لحلف شمال الأطلسي]'],
    ['person:ينس'],
  ],
  // Korean: the title after the name, the country between them in the role, particles off.
  [
    'ko',
    '블라디미르 푸틴 러시아 대통령은 이날 밝혔다.',
    ['person:블라디미르 푸틴[러시아 대통령]'],
    ['person:대통령은'],
  ],
  ['ko', '김정은 국무위원장이 발표했다.', ['person:김정은[국무위원장]'], ['person:김정']],
  [
    'ko',
    '윤석열 대통령은 서울에서 말했다. 윤 대통령은 다음 주 떠난다.',
    ['person:윤석열*2', 'place:서울'],
    ['person:윤'],
  ],
  ['ko', '문재인 전 대통령이 말했다.', ['person:문재인[전 대통령]'], []],
  ['ko', '중국 외교부는 논평을 내지 않았다.', ['organization:외교부'], ['person:외교부']],
  ['ko', '상하이협력기구 정상회의가 열린다.', ['organization:상하이협력기구'], []],
  [
    'ko',
    '이재명 더불어민주당 대표는 말했다.',
    ['person:이재명[더불어민주당 대표]', 'organization:더불어민주당'],
    ['person:이재명 더불어민주당'],
  ],
  [
    'ko',
    '안토니우 구테흐스 유엔 사무총장은 말했다.',
    ['person:안토니우 구테흐스[유엔 사무총장]'],
    ['person:안토니우 구테흐스 유엔'],
  ],
  [
    'ko',
    '국회에서 열린 회의에서 정부는 반대했다.',
    ['organization:국회'],
    ['organization:국회에서 열린 회의에서 정부'],
  ],
  ['ko', '정부는 대통령이 결정한다고 밝혔다.', [], ['person:정부는', 'person:정부', 'organization:정부']],
  ['ko', '회담에서 대통령은 말했다.', [], ['person:회담에서', 'person:회담']],
  ['ko', '당시 지도부는 반드시 이번 주 결정했다.', [], ['organization:지도부', 'place:반드시']],
  // Hindi: the office before the name, a nationality adjective before the office in the role, postpositions end it.
  ['hi', 'प्रधानमंत्री नरेंद्र मोदी ने कहा।', ['person:नरेंद्र मोदी[प्रधानमंत्री]'], ['person:नरेंद्र मोदी ने']],
  ['hi', 'वह रूसी राष्ट्रपति व्लादिमीर पुतिन से मिलेंगे।', ['person:व्लादिमीर पुतिन[रूसी राष्ट्रपति]'], []],
  ['hi', 'शंघाई सहयोग संगठन के सम्मेलन में।', ['organization:शंघाई सहयोग संगठन'], []],
  ['hi', 'उज्बेकिस्तान के समरकंद शहर में।', ['place:समरकंद', 'place:उज्बेकिस्तान'], ['place:के']],
  ['hi', 'भारतीय जनता पार्टी ने बैठक बुलाई।', ['organization:भारतीय जनता पार्टी'], ['organization:जनता पार्टी']],
  ['hi', 'प्रधानमंत्री ने कहा कि मंत्रालय ने बताया।', [], ['person:ने', 'organization:ने मंत्रालय']],
  ['hi', 'शहर में होने वाले सम्मेलन में।', [], ['place:में']],
  // Persian: the office and the country in ezafe, a zero-width non-joiner inside words.
  [
    'fa',
    'رئیس‌جمهور روسیه ولادیمیر پوتین روز چهارشنبه گفت.',
    ['person:ولادیمیر پوتین[رئیس‌جمهور روسیه]'],
    ['person:روسیه'],
  ],
  ['fa', 'با همتای چینی خود شی جین‌پینگ دیدار کرد.', ['person:شی جین‌پینگ[همتای چینی خود]'], ['person:خود شی']],
  [
    'fa',
    'سخنگوی وزارت امور خارجه ناصر کنعانی گفت.',
    ['person:ناصر کنعانی', 'organization:وزارت امور خارجه'],
    ['organization:وزارت امور خارجه ناصر'],
  ],
  ['fa', 'نشست سازمان همکاری شانگهای در شهر سمرقند.', ['organization:سازمان همکاری شانگهای', 'place:سمرقند'], []],
  ['fa', 'رئیس‌جمهور گفت که این سفر مهم است.', [], ['person:گفت']],
  ['fa', 'وزیر می‌گوید که سازمان در این باره.', [], ['person:می‌گوید', 'organization:سازمان در']],
  // Hebrew: prefixes glued to offices, cues and names; the country in construct after the office.
  [
    'he',
    'נשיא רוסיה ולדימיר פוטין ייפגש בשבוע הבא.',
    ['person:ולדימיר פוטין[נשיא רוסיה]'],
    ['person:ולדימיר פוטין ייפגש'],
  ],
  ['he', "עם נשיא סין שי ג'ינפינג בעיר סמרקנד.", ["person:שי ג'ינפינג[נשיא סין]", 'place:סמרקנד'], []],
  ['he', 'דובר הקרמלין דמיטרי פסקוב אמר.', ['person:דמיטרי פסקוב[דובר הקרמלין]'], ['person:הקרמלין דמיטרי פסקוב']],
  ['he', 'ועידת ארגון שנגחאי לשיתוף פעולה.', ['organization:ארגון שנגחאי לשיתוף פעולה'], []],
  ['he', 'הנשיא אמר כי השר הודיע.', [], ['person:אמר', 'person:הודיע']],
];

describe.each(['ar', 'ko', 'hi', 'fa', 'he'])('%s names', (code) => {
  it.each(ROWS.filter((r) => r[0] === code).map((r) => [r[1], r[2], r[3]] as const))('%s', (text, want, notWant) => {
    const got = found(code, text);
    for (const w of want) expect(got).toContain(w);
    for (const w of notWant) expect(got).not.toContain(w);
    if (!want.length) expect(got.filter((g) => g.startsWith('person:') || g.startsWith('organization:'))).toEqual([]);
  });
});

describe('headline names no word marks', () => {
  const unsure = (code: string, title: string, text: string) =>
    (recognize(text, { title }, { pack: packFor(code)! }).unsure ?? []).map((e) => e.name);

  it.each([
    ['ar', 'أردوغان يزور موسكو', 'وصل أردوغان إلى موسكو اليوم. وقال أردوغان إن الزيارة مهمة.', ['أردوغان']],
    ['he', 'ארדואן יבקר במוסקבה', 'ארדואן הגיע למוסקבה. לדברי ארדואן הביקור חשוב.', ['ארדואן']],
    // A common noun with the article, a word said once, a language whose nouns cannot be told from names.
    ['ar', 'القمة تنطلق غدا', 'تنطلق القمة غدا. وتستمر القمة يومين.', []],
    ['ar', 'أردوغان يزور موسكو', 'وصل أردوغان إلى موسكو اليوم.', []],
    ['ko', '정상회의 개막', '정상회의가 열렸다. 정상회의는 이틀 동안 열린다.', []],
  ])('%s: %s', (code, title, text, want) => {
    expect(unsure(code, title, text)).toEqual(want);
  });

  it('are held back, not listed as sure names', () => {
    const { entities } = recognize(
      'وصل أردوغان إلى موسكو. وقال أردوغان.',
      { title: 'أردوغان في موسكو' },
      { pack: packFor('ar')! },
    );
    expect(entities.map((e) => e.name)).not.toContain('أردوغان');
  });
});
