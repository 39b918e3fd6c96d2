/** Capitalized Spanish words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = [
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'ya',
  'asimismo',
  'esta',
  'este',
  'también',
  'ello',
  'según',
  'pero',
  'para',
  'tras',
  'además',
  'sin',
  'así',
];
const furniture = ['publicidad', 'compartir', 'suscríbete', 'vídeo', 'foto', 'portada'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
