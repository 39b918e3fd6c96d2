/**
 * A pack for a language written without spaces between words (Japanese, Chinese): names come from the language's
 * segmenter and name rules (segmenters.ts, the folder's name-words.ts), not from an NER model, and dates from its
 * own rules (date-words.ts). The word lists the English-style tagger reads stay empty.
 */
import { ownOrEnglishModel } from './pack-model';
import { readySegmenter } from './segmenters';
import type { CjkCalendarWords, CjkNameWords, LanguagePack } from './types';

export interface SegmentedLanguage {
  code: 'ja' | 'zh';
  nameWords: CjkNameWords;
  dateWords: CjkCalendarWords;
  boilerplateLines: readonly RegExp[];
}

export function segmentedPack({ code, nameWords, dateWords, boilerplateLines }: SegmentedLanguage): LanguagePack {
  return {
    code,
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
    // Event frames read words between spaces; for these languages they are still to come.
    eventTriggers: { classes: {}, corefer: [] },
    namedEvents: { heads: /(?!)/u },
    knownEvents: [],
    dateWords,
    cjkNames: nameWords,
    segmenter: readySegmenter(code),
    // No model of its own: the hook is only what every pack has (the segmenter replaces it for names).
    nerModel: ownOrEnglishModel(code),
  };
}
