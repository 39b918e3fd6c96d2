/**
 * The part of a pack every language read by rules instead of an NER model shares (Japanese and Chinese through
 * segmented-pack.ts, Arabic, Korean … through uncased-pack.ts): the word lists the English-style tagger reads stay
 * empty but for the roles, event frames are still to come, and the model hook is only what every pack has.
 */
import { ownOrEnglishModel } from './pack-model';
import type { DateWords, LanguagePack } from './types';

export interface RuleLanguage {
  code: string;
  /** Every office word of the language's name rules. */
  roles: readonly string[];
  notNames: readonly string[];
  dateWords: DateWords;
  boilerplateLines: readonly RegExp[];
}

export function rulePack({ code, roles, notNames, dateWords, boilerplateLines }: RuleLanguage): LanguagePack {
  return {
    code,
    roleWords: {
      roles,
      modifiers: [],
      appositiveEnds: [],
      titles: [],
      determiners: [],
      functionWords: [],
      possessives: [],
    },
    notNames,
    aliasGroups: [],
    boilerplateLines,
    // Event frames read trigger words of the languages with a tagger; for these they are still to come.
    eventTriggers: { classes: {}, corefer: [] },
    namedEvents: { heads: /(?!)/u },
    knownEvents: [],
    dateWords,
    nerModel: ownOrEnglishModel(code),
  };
}
