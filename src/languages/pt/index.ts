/** Portuguese: everything the pipeline knows about the language, as one pack. */
import { english } from '../en';
import type { LanguagePack } from '../types';
import { boilerplateLines } from './boilerplate-lines';
import { dateWords } from './date-words';
import { eventTriggers, knownEvents, namedEvents } from './event-words';
import { notNames } from './not-names';
import { roleWords } from './role-words';

export const portuguese: LanguagePack = {
  code: 'pt',
  roleWords,
  notNames,
  aliasGroups: [],
  boilerplateLines,
  eventTriggers,
  namedEvents,
  knownEvents,
  dateWords,
  // Portuguese's own model comes with the per-language model loader; until then the English one tags.
  nerModel: english.nerModel,
};

export default portuguese;
