/**
 * A pack for a language written without spaces between words (Japanese, Chinese): names come from the language's
 * segmenter and name rules (segmenters.ts, the folder's name-words.ts), not from an NER model, and dates from its
 * own rules (date-words.ts). The word lists the English-style tagger reads stay empty.
 */
import { rulePack } from './rule-pack';
import { readySegmenter } from './segmenters';
import type { CjkCalendarWords, CjkNameWords, LanguagePack } from './types';

export interface SegmentedLanguage {
  code: 'ja' | 'zh';
  nameWords: CjkNameWords;
  dateWords: CjkCalendarWords;
  boilerplateLines: readonly RegExp[];
}

export function segmentedPack({ code, nameWords, dateWords, boilerplateLines }: SegmentedLanguage): LanguagePack {
  const roles = [...nameWords.rolesAfter, ...nameWords.rolesBefore];
  return {
    ...rulePack({ code, roles, notNames: nameWords.stopNames, dateWords, boilerplateLines }),
    cjkNames: nameWords,
    segmenter: readySegmenter(code),
  };
}
