/** Japanese: a language written without spaces, read by its segmenter and the name and date rules of this folder. */
import { segmentedPack } from '../segmented-pack';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { nameWords } from './name-words';

export const japanese = segmentedPack({ code: 'ja', nameWords, dateWords, boilerplateLines });

export default japanese;
