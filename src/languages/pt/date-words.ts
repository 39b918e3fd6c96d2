/** Portuguese date words (European and Brazilian). */
import { casual } from 'chrono-node/pt';
import type { CalendarWords } from '../types';

export const dateWords: CalendarWords = {
  kind: 'calendar',
  chrono: casual,
  months: {
    janeiro: 1,
    fevereiro: 2,
    março: 3,
    abril: 4,
    maio: 5,
    junho: 6,
    julho: 7,
    agosto: 8,
    setembro: 9,
    outubro: 10,
    novembro: 11,
    dezembro: 12,
  },
  weekdays: {
    domingo: 0,
    'segunda-feira': 1,
    segunda: 1,
    'terça-feira': 2,
    terça: 2,
    'quarta-feira': 3,
    quarta: 3,
    'quinta-feira': 4,
    quinta: 4,
    'sexta-feira': 5,
    sexta: 5,
    sábado: 6,
  },
  next: ['próximo', 'próxima', 'que vem'],
  last: ['passado', 'passada', 'último', 'última'],
  this: ['este', 'esta', 'nesta', 'neste'],
  units: { semana: 'week', mês: 'month', ano: 'year' },
  days: { anteontem: -2, ontem: -1, hoje: 0, amanhã: 1 },
  nounAfter: [],
  joiners: ['de'],
  yearWords: [],
  futureWords: ['será', 'serão', 'vai', 'vão', 'deverá', 'prevê', 'terá'],
  /** Pretérito perfeito: "viajou", "anunciaram". */
  pastEndings: ['ou', 'aram', 'eram', 'iram'],
  pastWords: ['foi', 'foram', 'disse', 'tinha', 'era', 'havia', 'fez'],
};
