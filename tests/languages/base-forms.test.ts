/**
 * Polish and Russian entities named in the nominative, whatever case the article first writes them in ("kanclerza
 * Olafa Scholza" → "Olaf Scholz", "Владимира Путина" → "Владимир Путин"), their declined mentions joined into one
 * entity that keeps each mention's text. False rows: nominatives that look declined ("Anna Kowalska", "Анна
 * Иванова", "Юлия Тимошенко") stay as written, and a one-word name the article never shows in another form keeps
 * its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';

beforeAll(async () => {
  await prepareNerModel('pl');
  await prepareNerModel('ru');
});

function entities(code: string, text: string) {
  return analyzeArticle(textArticle(code, text), packFor).entities.filter((e) => e.type !== 'date');
}

// code, text, "type:name" of an entity it must have, the mentions' texts that entity must hold.
const BASE: [string, string, string, string[]][] = [
  ['pl', 'Premier przyjął w środę kanclerza Niemiec Olafa Scholza.', 'person:Olaf Scholz', ['Olafa Scholza']],
  [
    'pl',
    'Spotkał się z Olafem Scholzem. Olaf Scholz powiedział, że Scholzowi zależy na pokoju.',
    'person:Olaf Scholz',
    ['Olafem Scholzem', 'Olaf Scholz', 'Scholzowi'],
  ],
  [
    'pl',
    'Trzeba powstrzymać Władimira Putina, mówią eksperci. Putin milczy.',
    'person:Władimir Putin',
    ['Władimira Putina', 'Putin'],
  ],
  ['pl', 'Spotkanie z Janem Kowalskim odbyło się w piątek.', 'person:Jan Kowalski', ['Janem Kowalskim']],
  ['pl', 'Wniosek Anny Kowalskiej trafił do sądu.', 'person:Anna Kowalska', ['Anny Kowalskiej']],
  ['pl', 'Spotkanie z Angelą Merkel odbyło się w Berlinie.', 'person:Angela Merkel', ['Angelą Merkel']],
  ['pl', 'Umowę podpisano z Ministerstwem Rozwoju w piątek.', 'organization:Ministerstwo Rozwoju', []],
  [
    'ru',
    'Встреча Владимира Путина прошла в Кремле. Президент Владимир Путин заявил об этом.',
    'person:Владимир Путин',
    ['Владимира Путина', 'Владимир Путин'],
  ],
  [
    'ru',
    'Встреча Джо Байдена прошла в Париже. Джо Байден сказал, что доволен.',
    'person:Джо Байден',
    ['Джо Байдена', 'Джо Байден'],
  ],
  [
    'ru',
    'Встреча Эммануэля Макрона прошла в Париже. Эммануэль Макрон сказал, что доволен.',
    'person:Эммануэль Макрон',
    ['Эммануэля Макрона', 'Эммануэль Макрон'],
  ],
  [
    'pl',
    'Rozmowa z Joe Bidenem trwała godzinę. Joe Biden powiedział, że jest zadowolony.',
    'person:Joe Biden',
    ['Joe Bidenem', 'Joe Biden'],
  ],
  ['ru', 'В переговорах с Сергеем Лавровым участвовали послы.', 'person:Сергей Лавров', ['Сергеем Лавровым']],
  ['ru', 'По словам Марии Захаровой, ответ будет.', 'person:Мария Захарова', ['Марии Захаровой']],
  [
    'ru',
    'Компании были приглашены Министерством экономического развития.',
    'organization:Министерство',
    ['Министерством'],
  ],
];

// code, text, "type:name" it must have as written, names it must not have.
const AS_WRITTEN: [string, string, string, string[]][] = [
  ['pl', 'Anna Kowalska spotkała się w piątek z wyborcami.', 'person:Anna Kowalska', ['person:Ann Kowalsk']],
  ['pl', 'Marina Nowak była tam w piątek.', 'person:Marina Nowak', ['person:Marin Nowak']],
  ['pl', 'Premier Donald Tusk odwiedził Kraków.', 'person:Donald Tusk', []],
  ['ru', 'Анна Иванова встретилась с избирателями.', 'person:Анна Иванова', ['person:Анн Иванов']],
  ['ru', 'На съезде выступила Юлия Тимошенко.', 'person:Юлия Тимошенко', ['person:Юлий Тимошенко']],
  ['ru', 'Нина Петрова выступила на съезде.', 'person:Нина Петрова', ['person:Нин Петров']],
  // A given name that does not decline says nothing of the case: without the article's nominative, as written.
  ['ru', 'Переговоры Джо Байдена прошли в Париже.', 'person:Джо Байдена', ['person:Джо Байден']],
];

describe('names in their base form, in languages that decline them', () => {
  it.each(BASE)('%s: %s', (code, text, wanted, mentions) => {
    const found = entities(code, text).find((e) => `${e.type}:${e.name}` === wanted);
    expect(
      found,
      entities(code, text)
        .map((e) => `${e.type}:${e.name}`)
        .join(', '),
    ).toBeDefined();
    expect(found!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(mentions));
  });

  it.each(AS_WRITTEN)('%s: %s', (code, text, wanted, unwanted) => {
    const names = entities(code, text).map((e) => `${e.type}:${e.name}`);
    expect(names).toContain(wanted);
    for (const u of unwanted) expect(names).not.toContain(u);
  });
});
