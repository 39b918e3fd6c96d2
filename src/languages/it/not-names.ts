/** Capitalized Italian words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = ['il', 'la', 'lo', 'gli', 'le', 'un', 'una', 'secondo', 'ma', 'per', 'dopo', 'anche', 'intanto'];
const furniture = ['pubblicità', 'condividi', 'abbonati', 'video', 'foto'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
