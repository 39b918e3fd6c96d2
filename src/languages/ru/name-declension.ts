/**
 * Russian names in other cases than the nominative ("Владимира Путина", "с Сергеем Лавровым", "Министерством
 * обороны"): endings back to the base form, checked by the engine (ner/base-forms.ts) against the gazetteer's given
 * names and the surname's agreement.
 */
import type { DeclinedEnding, NameDeclension } from '../types';

/** Given names in a consonant, -й or -ь: "Владимира", "Сергея", "Дмитрия", "Игоря", "Сергеем", "Дмитрии". */
const MASCULINE_GIVEN: DeclinedEnding[] = [
  ['ия', 'ий'],
  ['ию', 'ий'],
  ['ием', 'ий'],
  ['ии', 'ий'],
  ['ея', 'ей'],
  ['ею', 'ей'],
  ['еем', 'ей'],
  ['ее', 'ей'],
  ['ем', 'ь'],
  ['я', 'ь'],
  ['ю', 'ь'],
  ['ом', ''],
  ['а', ''],
  ['у', ''],
  ['е', ''],
];

/** Possessive surnames (-ов, -ев, -ин, -ын) and adjectival ones (-ский, -цкий) in the oblique cases. */
const MASCULINE_SURNAME: DeclinedEnding[] = [
  ...['ов', 'ев', 'ёв', 'ин', 'ын'].flatMap((s): DeclinedEnding[] => [
    [`${s}а`, s],
    [`${s}у`, s],
    [`${s}ым`, s],
    [`${s}е`, s],
  ]),
  ['кого', 'кий'],
  ['кому', 'кий'],
  ['ким', 'кий'],
  ['ком', 'кий'],
  // Foreign surnames in a consonant decline as nouns ("Макрона", "Шольцем", "Байдену").
  ['ом', ''],
  ['ем', ''],
  ['а', ''],
  ['у', ''],
  ['е', ''],
];

/** Given names in -а/-я: "Анны", "Ольги", "Марии", "Натальи", "Анне", "Анну", "Анной", "Марией". */
const FEMININE_GIVEN: DeclinedEnding[] = [
  ['ии', 'ия'],
  ['ию', 'ия'],
  ['ией', 'ия'],
  ['ьи', 'ья'],
  ['ье', 'ья'],
  ['ью', 'ья'],
  ['ьей', 'ья'],
  ['ой', 'а'],
  ['ей', 'я'],
  ['ы', 'а'],
  ['и', 'а'],
  ['е', 'а'],
  ['у', 'а'],
  ['ю', 'я'],
];

const FEMININE_SURNAME: DeclinedEnding[] = [
  ...['ова', 'ева', 'ёва', 'ина', 'ына'].flatMap((s): DeclinedEnding[] => [
    [`${s.slice(0, -1)}ой`, s],
    [`${s.slice(0, -1)}у`, s],
  ]),
  ['ской', 'ская'],
  ['скую', 'ская'],
  ['цкой', 'цкая'],
  ['цкую', 'цкая'],
];

/** Organizations' heads in the nominative (organization-names.ts), by gender and ending. */
const HEADS =
  'Министерство Правительство Агентство Комитет Служба Банк Университет Институт Совет Партия Фонд Центр Академия ' +
  'Суд Прокуратура Управление Палата Дума Администрация Объединение Ассоциация Корпорация';

/** The oblique forms of a head word: neuter -о/-ие, feminine -а/-ия, masculine in a consonant. */
function declineHead(head: string): string[] {
  const stem = (n: number) => head.slice(0, -n);
  if (head.endsWith('ие')) return ['я', 'ю', 'ем', 'и'].map((e) => stem(1) + e);
  if (head.endsWith('о')) return ['а', 'у', 'ом', 'е'].map((e) => stem(1) + e);
  if (head.endsWith('ия')) return ['ии', 'ию', 'ией'].map((e) => stem(2) + e);
  if (head.endsWith('а')) {
    // "Службы", "Думы", "Палаты"; "Академии" is the -ия branch.
    const genitive = /[гкхжшчщ]$/.test(stem(1)) ? 'и' : 'ы';
    return [genitive, 'е', 'у', 'ой'].map((e) => stem(1) + e);
  }
  return ['а', 'у', 'ом', 'е'].map((e) => head + e);
}

export const nameDeclension: NameDeclension = {
  masculine: { given: MASCULINE_GIVEN, surname: MASCULINE_SURNAME },
  feminine: { given: FEMININE_GIVEN, surname: FEMININE_SURNAME },
  undeclined: {
    // "Шойгу", "Лукашенко", "Берлускони": a man's surname in a vowel other than -а/-я stays as it is.
    masculine: /[оиуеэыю]$/u,
    // "Ангелы Меркель": a woman's surname in a consonant or -ь, -о, -их/-ых is the same in every case.
    feminine: /(?:[бвгджзйклмнпрстфхцчшщьо]|[иы]х)$/u,
  },
  // "Ковальская", "Толстая": adjectival women's surnames.
  womensSurnames: /(?:ая|яя)$/u,
  // Women's names that read as a man's oblique form ("Юлия" of "Юлий", "Евгения" of "Евгений", "Нина" of "Нин").
  ownNames: ['Юлия', 'Евгения', 'Валерия', 'Кристина', 'Нина', 'Яна', 'Ангела'],
  heads: Object.fromEntries(HEADS.split(' ').flatMap((h) => declineHead(h).map((f) => [f, h]))),
};
