/** Capitalized Portuguese words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = ['o', 'a', 'os', 'as', 'um', 'uma', 'segundo', 'mas', 'para', 'após', 'além', 'ainda', 'assim'];
const furniture = ['publicidade', 'compartilhe', 'partilhar', 'assine', 'vídeo', 'foto'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
