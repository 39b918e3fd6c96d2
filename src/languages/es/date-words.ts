/** Spanish date words. */
import { casual } from 'chrono-node/es';
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  chrono: casual,
  months: {
    enero: 1,
    febrero: 2,
    marzo: 3,
    abril: 4,
    mayo: 5,
    junio: 6,
    julio: 7,
    agosto: 8,
    septiembre: 9,
    setiembre: 9,
    octubre: 10,
    noviembre: 11,
    diciembre: 12,
  },
  weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6 },
  next: ['próximo', 'próxima', 'que viene', 'entrante'],
  last: ['pasado', 'pasada', 'último', 'última'],
  this: ['este', 'esta'],
  units: { semana: 'week', mes: 'month', año: 'year' },
  days: { anteayer: -2, ayer: -1, hoy: 0, mañana: 1, 'pasado mañana': 2 },
  nounAfter: ['la', 'una', 'cada', 'esta'],
  joiners: ['de', 'del'],
  yearWords: [],
  futureWords: ['será', 'serán', 'va', 'van', 'prevé', 'habrá', 'tendrá'],
  /** Preterite: "viajó", "anunciaron", "dijeron". */
  pastEndings: ['ó', 'aron', 'ieron'],
  pastWords: ['ha', 'han', 'fue', 'fueron', 'había', 'habían', 'dijo', 'era'],
};
