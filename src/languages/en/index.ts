/** English: everything the pipeline knows about the language, as one pack. */
import type { EnglishDateWords, LanguagePack } from '../types';
import { aliasGroups } from './aliases';
import { boilerplateLines } from './boilerplate-lines';
import * as dateWords from './date-words';
import { eventTriggers } from './event-triggers';
import { knownEvents } from './known-events';
import { namedEvents } from './named-events';
import { shippedModel } from './ner-model';
import { notNames } from './not-names';
import { organizationNames } from './organization-names';
import { outlets } from './outlets';
import { roleWords } from './role-words';

export const english: LanguagePack & { readonly dateWords: EnglishDateWords } = {
  code: 'en',
  roleWords,
  notNames,
  aliasGroups,
  boilerplateLines,
  eventTriggers,
  namedEvents,
  knownEvents,
  dateWords,
  organizationNames,
  outlets,
  nerModel: shippedModel,
};

export default english;
