/** Korean: no capitals, so names are read from the titles and endings around them (name-words.ts). */
import { uncasedPack } from '../uncased-pack';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { nameWords } from './name-words';

export const korean = uncasedPack({ code: 'ko', nameWords, dateWords, boilerplateLines });

export default korean;
