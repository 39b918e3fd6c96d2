/**
 * Chinese: names come from the language's segmenter and name rules (segmenters.ts, name-words.ts), not from an NER
 * model, and dates from its own rules (date-words.ts). The word lists the English-style tagger reads stay empty.
 */
import { ownOrEnglishModel } from '../pack-model';
import { readySegmenter } from '../segmenters';
import type { LanguagePack } from '../types';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { nameWords } from './name-words';

export const chinese: LanguagePack = {
  code: 'zh',
  roleWords: {
    roles: [...nameWords.rolesAfter, ...nameWords.rolesBefore],
    modifiers: [],
    appositiveEnds: [],
    titles: [],
    determiners: [],
    functionWords: [],
    possessives: [],
  },
  notNames: nameWords.stopNames,
  aliasGroups: [],
  boilerplateLines,
  // Event frames read words between spaces; for this language they are still to come.
  eventTriggers: { classes: {}, corefer: [] },
  namedEvents: { heads: /(?!)/u },
  knownEvents: [],
  dateWords,
  cjkNames: nameWords,
  segmenter: readySegmenter('zh'),
  // No model of its own: the hook is only what every pack has (the segmenter replaces it for names).
  nerModel: ownOrEnglishModel('zh'),
};

export default chinese;
