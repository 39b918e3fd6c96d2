/** Capitalized French words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = [
  'le',
  'la',
  'les',
  'un',
  'une',
  'il',
  'ils',
  'elle',
  'elles',
  'celles',
  'ceux',
  'ces',
  'cette',
  'selon',
  'mais',
  'pour',
  'après',
  'avant',
  'depuis',
  'alors',
  'ainsi',
];
const furniture = ['publicité', 'abonnez-vous', 'partager', 'lire', 'vidéo', 'photo', 'accueil'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
