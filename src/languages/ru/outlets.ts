/** Russian names of news outlets (see OutletWords); the outlet words in their case forms. */
import type { OutletWords } from '../types';

export const outlets: OutletWords = {
  words: ['Радио', 'ТВ', 'Новости', 'Россия-24', 'Россия-1', 'Известия', 'Коммерсантъ', 'Ведомости'],
  names: ['Эхо Москвы', 'Первый канал', 'РБК', 'ТАСС', 'РИА Новости', 'Интерфакс'],
};
