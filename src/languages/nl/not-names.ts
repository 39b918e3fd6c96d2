/** Capitalized Dutch words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = ['de', 'het', 'een', 'volgens', 'maar', 'ook', 'dat', 'toch', 'daarom', 'bovendien'];
const furniture = ['advertentie', 'delen', 'abonneer', 'video', 'foto', 'lees'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
