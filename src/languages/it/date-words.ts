/** Italian date words. */
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    gennaio: 1,
    febbraio: 2,
    marzo: 3,
    aprile: 4,
    maggio: 5,
    giugno: 6,
    luglio: 7,
    agosto: 8,
    settembre: 9,
    ottobre: 10,
    novembre: 11,
    dicembre: 12,
  },
  weekdays: { domenica: 0, lunedì: 1, martedì: 2, mercoledì: 3, giovedì: 4, venerdì: 5, sabato: 6 },
  next: ['prossimo', 'prossima', 'prossimi', 'prossime'],
  last: ['scorso', 'scorsa', 'scorsi', 'scorse', 'ultimo', 'ultima'],
  this: ['questo', 'questa', 'quest’', "quest'"],
  units: { settimana: 'week', mese: 'month', anno: 'year' },
  days: { 'l’altro ieri': -2, ieri: -1, oggi: 0, domani: 1, dopodomani: 2 },
  nounAfter: [],
  joiners: ['del'],
  rangeWords: ['al'],
  yearWords: [],
  // "è previsto per il 3 settembre" is scheduled: the participle outweighs the past-looking "è".
  futureWords: [
    'sarà',
    'saranno',
    'dovrà',
    'dovrebbe',
    'prevede',
    'avrà',
    'previsto',
    'prevista',
    'previsti',
    'previste',
  ],
  pastWords: ['ha', 'hanno', 'è', 'sono', 'era', 'aveva', 'fu', 'stato', 'stata'],
};
