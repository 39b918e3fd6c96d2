/** French date words. */
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    janvier: 1,
    février: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    décembre: 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  next: ['prochain', 'prochaine', 'prochains', 'prochaines'],
  last: ['dernier', 'dernière', 'passé', 'passée'],
  this: ['cette', 'ce', 'cet'],
  units: { semaine: 'week', mois: 'month', année: 'year', an: 'year' },
  days: { 'avant-hier': -2, hier: -1, "aujourd'hui": 0, 'aujourd’hui': 0, demain: 1, 'après-demain': 2 },
  nounAfter: [],
  joiners: [],
  rangeWords: ['au'],
  yearWords: [],
  futureWords: ['va', 'vont', 'sera', 'seront', 'devrait', 'devraient', 'prévoit', 'aura', 'auront'],
  pastWords: ['a', 'ont', 'était', 'étaient', 'avait', 'avaient', 'fut', 'été', 'est'],
};
