/**
 * What the pipeline knows about one language, as one value: a language is a folder (src/languages/<code>/) whose
 * index.ts exports a LanguagePack, plus one line in the registry (src/languages/index.ts).
 */
import type { TaggerModel } from '../pipeline/recognize/ner';
import type { EntityType } from '../shared/types';

/** Words that make a phrase next to a name a role, matched lower-case with a trailing period removed. */
export interface RoleWords {
  readonly roles: readonly string[];
  readonly modifiers: readonly string[];
  readonly appositiveEnds: readonly string[];
  readonly titles: readonly string[];
}

/** Names of one entity that share no words or initials ("USSR", "Soviet Union"); `type` overrides the tagger. */
export interface AliasGroup {
  readonly names: readonly string[];
  readonly type?: Exclude<EntityType, 'date'>;
}

/** One class of event triggers: singular noun heads (plurals are derived) and inflected verb forms. */
export interface TriggerClassWords {
  /** Names a frame of the class that has no name of its own. */
  readonly name: string;
  readonly nouns: readonly string[];
  readonly verbs: readonly string[];
}

export interface EventTriggers {
  readonly classes: Readonly<Record<string, TriggerClassWords>>;
  /** Words whose mentions may name the same event ("meet", "meeting", "talks"). */
  readonly corefer: readonly (readonly string[])[];
}

/** A well-known event that news names without a date. */
export interface KnownEvent {
  name: string;
  qid?: string;
  /** ISO 8601, intervals as "a/b". */
  when: string;
  /** First and last year of the articles in which the aliases are unambiguous ("the pandemic"). */
  years?: number[];
  aliases: string[];
}

/** Date words: month, weekday, number and season names, and the pattern fragments built from them. */
export type DateWords = typeof import('./en/date-words');

export interface LanguagePack {
  /** ISO 639-1 code, the registry's key. */
  readonly code: string;
  readonly roleWords: RoleWords;
  /** Capitalized words that page furniture puts where names go; never entities on their own. */
  readonly notNames: readonly string[];
  readonly aliasGroups: readonly AliasGroup[];
  /** Whole lines that are never article body (prompts, credits, stamps). */
  readonly boilerplateLines: readonly RegExp[];
  readonly eventTriggers: EventTriggers;
  readonly knownEvents: readonly KnownEvent[];
  readonly dateWords: DateWords;
  /** The NER model, decoded on first call (the build swaps in the one the background fetched). */
  readonly nerModel: () => TaggerModel;
}
