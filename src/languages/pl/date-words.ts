/**
 * Polish date words, in the cases dates take: months in the genitive ("15 maja"), nominative and locative ("w maju");
 * weekdays in the accusative ("w czwartek", "w środę"); "w przyszłym tygodniu", "w zeszłym roku".
 */
import { formsOf } from '../pack-words';
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  months: {
    ...formsOf(1, 'stycznia', 'styczeń', 'styczniu'),
    ...formsOf(2, 'lutego', 'luty', 'lutym'),
    ...formsOf(3, 'marca', 'marzec', 'marcu'),
    ...formsOf(4, 'kwietnia', 'kwiecień', 'kwietniu'),
    ...formsOf(5, 'maja', 'maj', 'maju'),
    ...formsOf(6, 'czerwca', 'czerwiec', 'czerwcu'),
    ...formsOf(7, 'lipca', 'lipiec', 'lipcu'),
    ...formsOf(8, 'sierpnia', 'sierpień', 'sierpniu'),
    ...formsOf(9, 'września', 'wrzesień', 'wrześniu'),
    ...formsOf(10, 'października', 'październik', 'październiku'),
    ...formsOf(11, 'listopada', 'listopad', 'listopadzie'),
    ...formsOf(12, 'grudnia', 'grudzień', 'grudniu'),
  },
  weekdays: {
    niedziela: 0,
    niedzielę: 0,
    poniedziałek: 1,
    wtorek: 2,
    środa: 3,
    środę: 3,
    czwartek: 4,
    piątek: 5,
    sobota: 6,
    sobotę: 6,
  },
  next: ['przyszły', 'przyszłym', 'przyszłej', 'przyszłego', 'następny', 'następnym', 'następnej', 'przyszła'],
  last: ['zeszły', 'zeszłym', 'zeszłej', 'zeszłego', 'ubiegły', 'ubiegłym', 'ubiegłej', 'ubiegłego', 'poprzednim'],
  this: ['tym', 'tej', 'ten', 'tego'],
  units: {
    tydzień: 'week',
    tygodniu: 'week',
    tygodnia: 'week',
    miesiąc: 'month',
    miesiącu: 'month',
    miesiąca: 'month',
    rok: 'year',
    roku: 'year',
  },
  days: { przedwczoraj: -2, wczoraj: -1, dziś: 0, dzisiaj: 0, jutro: 1, pojutrze: 2 },
  nounAfter: [],
  joiners: [],
  rangeWords: ['do'],
  yearWords: ['r', 'roku'],
  futureWords: ['będzie', 'będą', 'zostanie', 'zostaną', 'ma', 'mają'],
  /** Past tense: "spotkał", "powiedziała", "rozmawiali". */
  pastEndings: ['ł', 'ła', 'li', 'ły'],
  pastWords: ['był', 'była', 'było', 'byli', 'powiedział', 'powiedziała', 'został', 'została', 'spotkał', 'spotkała'],
};
