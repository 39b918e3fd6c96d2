/** Dutch date words. */
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    januari: 1,
    februari: 2,
    maart: 3,
    april: 4,
    mei: 5,
    juni: 6,
    juli: 7,
    augustus: 8,
    september: 9,
    oktober: 10,
    november: 11,
    december: 12,
  },
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  next: ['volgende', 'komende', 'aanstaande'],
  last: ['vorige', 'afgelopen', 'verleden', 'vorig'],
  this: ['deze', 'dit'],
  units: { week: 'week', maand: 'month', jaar: 'year' },
  days: { eergisteren: -2, gisteren: -1, vandaag: 0, morgen: 1, overmorgen: 2 },
  nounAfter: ['de', 'hele', 'elke', 'deze'],
  joiners: [],
  rangeWords: ['tot'],
  yearWords: [],
  futureWords: ['zal', 'zullen', 'gaat', 'gaan', 'wil', 'willen'],
  pastWords: ['heeft', 'hebben', 'had', 'hadden', 'was', 'waren', 'werd', 'werden', 'zei', 'is', 'zijn'],
};
