/** French: everything the pipeline knows about the language, as one pack. */
import { ownOrEnglishModel } from '../pack-model';
import type { LanguagePack } from '../types';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { eventArguments, eventTriggers, knownEvents, namedEvents } from './event-words';
import { notNames } from './not-names';
import { organizationNames } from './organization-names';
import { outlets } from './outlets';
import { roleWords } from './role-words';

export const french: LanguagePack = {
  code: 'fr',
  roleWords,
  notNames,
  aliasGroups: [],
  boilerplateLines,
  eventTriggers,
  namedEvents,
  eventArguments,
  knownEvents,
  dateWords,
  organizationNames,
  outlets,
  /** "l'OTAN", "d'Emmanuel": elided articles and prepositions. */
  elision: /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu,
  // Its own model once an article in the language has loaded it (pack-model.ts), English's until then.
  nerModel: ownOrEnglishModel('fr'),
};

export default french;
