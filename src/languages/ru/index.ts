/** Russian: everything the pipeline knows about the language, as one pack. */
import { ownOrEnglishModel } from '../pack-model';
import type { LanguagePack } from '../types';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { eventArguments, eventTriggers, knownEvents, namedEvents } from './event-words';
import { nameDeclension } from './name-declension';
import { notNames } from './not-names';
import { organizationNames } from './organization-names';
import { outlets } from './outlets';
import { roleWords } from './role-words';

export const russian: LanguagePack = {
  code: 'ru',
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
  nameDeclension,
  // Its own model once an article in the language has loaded it (pack-model.ts), English's until then.
  nerModel: ownOrEnglishModel('ru'),
};

export default russian;
