/** French: everything the pipeline knows about the language, as one pack. */
import { english } from '../en';
import type { LanguagePack } from '../types';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { eventTriggers, knownEvents, namedEvents } from './event-words';
import { notNames } from './not-names';
import { roleWords } from './role-words';

export const french: LanguagePack = {
  code: 'fr',
  roleWords,
  notNames,
  aliasGroups: [],
  boilerplateLines,
  eventTriggers,
  namedEvents,
  knownEvents,
  dateWords,
  /** "l'OTAN", "d'Emmanuel": elided articles and prepositions. */
  elision: /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu,
  // French's own model comes with the per-language model loader; until then the English one tags.
  nerModel: english.nerModel,
};

export default french;
