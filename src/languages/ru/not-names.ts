/** Capitalized Russian words that open sentences and headlines, never names on their own. */
import { calendarNotNames } from '../pack-words';
import { dateWords } from './date-words';

const openers = ['в', 'на', 'по', 'это', 'как', 'но', 'однако', 'также', 'поэтому', 'при', 'после', 'по словам'];
const furniture = ['реклама', 'поделиться', 'подписаться', 'видео', 'фото', 'читайте'];

export const notNames: readonly string[] = [...openers, ...furniture, ...calendarNotNames(dateWords)];
