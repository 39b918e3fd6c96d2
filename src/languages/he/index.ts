/** Hebrew: no capitals, so names are read from the words around them (name-words.ts), dates from date-words.ts. */
import { uncasedPack } from '../uncased-pack';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { nameWords } from './name-words';

export const hebrew = uncasedPack({ code: 'he', nameWords, dateWords, boilerplateLines });

export default hebrew;
