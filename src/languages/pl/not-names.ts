/** Capitalized Polish words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = ['w', 'na', 'to', 'jak', 'ale', 'według', 'jednak', 'także', 'dlatego', 'po', 'we'];
const furniture = ['reklama', 'udostępnij', 'zobacz', 'wideo', 'zdjęcie', 'czytaj'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
