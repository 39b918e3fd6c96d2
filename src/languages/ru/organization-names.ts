/**
 * Russian organizations' names around their head word (see OrganizationNameWords): the "of" part is a genitive
 * straight after the head ("Министерство обороны", "Совет Федерации"), so there are no "of" words. Heads are given
 * in the nominative; declined forms ("Министерством") are matched by their stem (name-words.ts). Heads that open
 * places' names too ("Союз", "Федерация") are left out.
 */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  heads: (
    'Министерство Правительство Агентство Комитет Служба Банк Университет Институт Совет Партия Фонд Центр ' +
    'Академия Суд Прокуратура Управление Палата Дума Администрация Объединение Ассоциация Корпорация'
  ).split(' '),
  of: [],
  and: ['и'],
  articles: [],
  afterHead: 'genitive',
};
