/**
 * Japanese name rules over IPADIC's tags (lindera-wasm-ipadic): titles after a name are its role, endings make
 * organizations and places, and common words the dictionary labels as names are not names. Matched as written.
 */
import type { CjkNameWords } from '../types';

export const nameWords: CjkNameWords = {
  kind: 'cjk-names',
  // Japanese writes the office after the name: "岸田文雄首相", "プーチン大統領", "習近平国家主席".
  rolesAfter: [
    '首相',
    '大統領',
    '副大統領',
    '国家主席',
    '主席',
    '首席',
    '外相',
    '防衛相',
    '財務相',
    '経済産業相',
    '国務長官',
    '官房長官',
    '長官',
    '大臣',
    '知事',
    '市長',
    '議長',
    '総裁',
    '代表',
    '幹事長',
    '委員長',
    '社長',
    '会長',
    '首脳',
    '報道官',
    '大使',
    '国王',
    '首長',
    '議員',
    '監督',
    '選手',
    '容疑者',
    '被告',
  ],
  // Rare before a name in Japanese news; titles there are followed by "の" ("首相の岸田氏"), which is no role.
  rolesBefore: [],
  honorifics: ['氏', 'さん', '容疑者'],
  // "自民党", "外務省", "気象庁", "日本銀行", "東京大学", "トヨタ自動車", "国連安全保障理事会".
  organizationSuffixes: [
    '党',
    '省',
    '庁',
    '銀行',
    '大学',
    '機構',
    '協会',
    '委員会',
    '理事会',
    '連合',
    '機関',
    '株式会社',
    '自動車',
    '新聞',
    '通信',
    '放送',
    '軍',
  ],
  // "サマルカンド市", "大阪府", "カリフォルニア州", "新宿区".
  placeSuffixes: ['市', '県', '府', '州', '区', '町', '村', '島', '湾', '港'],
  placeBefore: [],
  // Words IPADIC files under 固有名詞 that news uses as common nouns or that stand for no one entity.
  stopNames: ['日本人', '中', '東', '西', '南', '北', '同国', '両国', '各国', '国際'],
  // Never the start of a name read back from a role: "同社長" (that company's president), "新首相", "前大統領".
  notInNames: ['同', '新', '前', '元', '現', '副', '次期', '各', '両', '米', '英', '仏', '独', '露', '中', '韓', '朝', '日', '同国'],
  nounsInNames: true,
  maxNameChars: 12,
};
