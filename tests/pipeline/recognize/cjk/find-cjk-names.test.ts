/**
 * The CJK name rules on hand-made token streams (the segmenters' kinds, no wasm): each row has the tokens, what must
 * be found and what must not. The segmenters themselves are exercised by tests/pipeline/cjk-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { nameWords as ja } from '../../../../src/languages/ja/name-words';
import type { SegmentToken } from '../../../../src/languages/segmenters';
import type { CjkNameWords, CjkTokenKind } from '../../../../src/languages/types';
import { nameWords as zh } from '../../../../src/languages/zh/name-words';
import { findCjkNames } from '../../../../src/pipeline/recognize/cjk/find-cjk-names';

/** "習/unknown 近平/place 国家/noun 主席/noun" → text and tokens with offsets; "超/other:v" gives the tag too. */
function tokens(spec: string): { text: string; tokens: SegmentToken[] } {
  let text = '';
  const list = spec.split(' ').map((piece) => {
    // "超/other:v": a kind and the segmenter's own tag where a rule reads it.
    const [word, kindTag] = piece.split('/') as [string, string];
    const [kind, tag = kind] = kindTag.split(':') as [CjkTokenKind, string?];
    const start = text.length;
    text += word;
    return { text: word, start, end: text.length, kind, tag };
  });
  return { text, tokens: list };
}

interface Row {
  about: string;
  words: CjkNameWords;
  spec: string;
  found: [type: string, name: string, role?: string][];
  notFound: string[];
}

const ROWS: Row[] = [
  {
    about: 'ja: an office after an unknown katakana name makes it a person, the office its role',
    words: ja,
    spec: 'ロシア/country の/other プーチン/unknown 大統領/noun が/other',
    found: [
      ['person', 'プーチン', '大統領'],
      ['place', 'ロシア'],
    ],
    notFound: ['大統領', 'プーチン大統領'],
  },
  {
    about: 'ja: a name the dictionary cuts into pieces (one called a place) is joined back before a two-token office',
    words: ja,
    spec: '習/unknown 近平/place 国家/noun 主席/noun と/other',
    found: [['person', '習近平', '国家主席']],
    notFound: ['近平', '国家主席'],
  },
  {
    about: 'ja: a country right before an office is no person ("米大統領")',
    words: ja,
    spec: '中国/country 国家/noun 主席/noun は/other',
    found: [['place', '中国']],
    notFound: ['中国国家'],
  },
  {
    about: 'ja: family and given name are one person; the surname alone later is a mention of them',
    words: ja,
    spec: '岸田/surname 文雄/given 首相/noun は/other 。/punctuation 岸田/surname 氏/other は/other',
    found: [['person', '岸田文雄', '首相']],
    notFound: ['岸田', '文雄'],
  },
  {
    about: 'ja: an honorific makes a person but no role',
    words: ja,
    spec: 'バイデン/unknown 氏/other は/other',
    found: [['person', 'バイデン']],
    notFound: ['氏'],
  },
  {
    about: 'ja: "新" and "同" never open a name read back from an office',
    words: ja,
    spec: '同/other 社長/noun と/other 新/noun 首相/noun',
    found: [],
    notFound: ['同', '新'],
  },
  {
    about: 'ja: a country before an organization ending is an organization; "政府" is no place for its "府"',
    words: ja,
    spec: 'ロシア/country 軍/noun と/other 日本/country 政府/noun',
    found: [
      ['organization', 'ロシア軍'],
      ['organization', '日本政府'],
    ],
    notFound: ['政府'],
  },
  {
    about: 'ja: a ministry named in common nouns before "省" is an organization; the same nouns without it are not',
    words: ja,
    spec: '経済/noun 産業/noun 省/other の/other 経済/noun 産業/noun 政策/noun',
    found: [['organization', '経済産業省']],
    notFound: ['経済産業', '経済産業政策', '省'],
  },
  {
    about: 'ja: the police of a prefecture is an organization, not the place it is named after',
    words: ja,
    spec: '大阪/place 府警/noun は/other',
    found: [['organization', '大阪府警']],
    notFound: ['大阪'],
  },
  {
    about: 'zh: common nouns before "部" make no organization (jieba has the ministries as one token)',
    words: zh,
    spec: '经济/noun 部/noun 门/other',
    found: [],
    notFound: ['经济部'],
  },
  {
    about: 'zh: an office before a name the dictionary calls a place makes it a person; the country joins the role',
    words: zh,
    spec: '俄罗斯/place 总统/noun 普京/place 15/number 日/number 在/other 撒马尔罕/proper 会晤/other',
    found: [
      ['person', '普京', '俄罗斯总统'],
      ['place', '撒马尔罕'],
      ['place', '俄罗斯'],
    ],
    notFound: ['总统'],
  },
  {
    about: 'zh: an unknown transliterated name after an office is joined whole',
    words: zh,
    spec: '总统/noun 米尔/proper 济约/unknown 耶夫/unknown 主持/other',
    found: [['person', '米尔济约耶夫', '总统']],
    notFound: ['米尔'],
  },
  {
    about: 'zh: a transliterated name with no place word before it is no place',
    words: zh,
    spec: '他/other 访问/other 了/other 撒马尔罕/proper',
    found: [],
    notFound: ['撒马尔罕'],
  },
  {
    about: 'zh: a proper noun before "集团" is a company; "该公司" is none',
    words: zh,
    spec: '阿里巴巴/proper 集团/noun 和/other 该/other 公司/noun',
    found: [['organization', '阿里巴巴集团']],
    notFound: ['阿里巴巴', '该公司', '公司'],
  },
  {
    about: 'zh: stop-names and retyped names',
    words: zh,
    spec: '两国/place 就/other 乌克兰/person 局势/noun',
    found: [['place', '乌克兰']],
    notFound: ['两国'],
  },
  {
    about: 'zh: an office noun after an organization is its spokesperson, not a name',
    words: zh,
    spec: '外交部/organization 发言人/noun 汪文斌/person 说/other',
    found: [
      ['person', '汪文斌', '外交部发言人'],
      ['organization', '外交部'],
    ],
    notFound: ['发言人', '外交部发言人'],
  },
  {
    about: 'zh: a two-character name the segmenter cut before its last character, read as a verb, is whole',
    words: zh,
    spec: '香港/place 行政长官/noun 李家/person 超/other:v 周二/other:t 表示/other:v',
    found: [['person', '李家超', '香港行政长官']],
    notFound: ['李家'],
  },
  {
    about: 'zh: the same without an office before it',
    words: zh,
    spec: '李家/person 超/other:v 出席/other:v 了/other:ul 会议/noun',
    found: [['person', '李家超']],
    notFound: ['李家'],
  },
  {
    about: 'zh: a verb of saying after a two-character name is no part of it',
    words: zh,
    spec: '外交部长/noun 王毅/person 说/other:v ，/punctuation',
    found: [['person', '王毅', '外交部长']],
    notFound: ['王毅说'],
  },
  {
    about: 'zh: a word of two characters after the name, or a particle, is no part of it',
    words: zh,
    spec: '总理/noun 李强/person 会见/noun 了/other:ul 王毅/person 的/other:uj',
    found: [
      ['person', '李强', '总理'],
      ['person', '王毅'],
    ],
    notFound: ['李强会', '王毅的'],
  },
];

describe('findCjkNames', () => {
  it.each(ROWS)('$about', ({ words, spec, found, notFound }) => {
    const { text, tokens: list } = tokens(spec);
    const entities = findCjkNames(text, list, words);
    const got = entities.map((e) => [e.type, e.name, ...(e.role ? [e.role] : [])]);
    for (const want of found) expect(got, JSON.stringify(got)).toContainEqual(want);
    for (const name of notFound) expect(entities.map((e) => e.name)).not.toContain(name);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives the surname-only mention to the full name', () => {
    const { text, tokens: list } = tokens('岸田/surname 文雄/given 首相/noun 。/punctuation 岸田/surname 氏/other');
    const person = findCjkNames(text, list, ja).find((e) => e.name === '岸田文雄')!;
    expect(person.mentions.map((m) => m.text)).toEqual(['岸田文雄', '岸田']);
  });
});
