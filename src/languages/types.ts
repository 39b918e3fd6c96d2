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
  /** Words that open a noun phrase ("the", "le", "der"): a title read backwards from a name stops at them. */
  readonly determiners: readonly string[];
  /** Words that open a clause or phrase, never part of a title even when capitalized ("As governor ..."). */
  readonly functionWords: readonly string[];
  /** Possessives that make an appositive someone's ("his counterpart" → "Putin's counterpart"). */
  readonly possessives: readonly string[];
  /**
   * Words that join a role to its complement before a name ("el ministro de Exteriores, José Manuel Albares"): a
   * role found back over them and capitalized words is the appositive's. English has none (its roles end there).
   */
  readonly complements?: readonly string[];
}

/** How the language names events after a name: "G20 summit", "G20-Gipfel", "sommet du G20", "guerra de Ucrania". */
export interface NamedEventWords {
  /** The end of a miscellaneous name that makes it an event ("Cold War", "Olympic Games"). */
  readonly heads: RegExp;
  /** A word right after an organization's or place's name that makes the two an event ("summit"). */
  readonly after?: RegExp;
  /** A word right before a name that makes the two an event ("sommet", "guerra"), with `links` between them. */
  readonly before?: RegExp;
  /** Words between such an event word and its name ("de", "du", "de l'"), matched whole and lower-case. */
  readonly links?: readonly string[];
  /** One compound word that is an event ("G20-Gipfel", "Ukraine-Krieg"): the name before the hyphen is kept too. */
  readonly compound?: RegExp;
}

/**
 * The words before an entity that make it an event's place or participant, in a language other than English ("G20-
 * Gipfel in Hamburg", "sommet avec Scholz"). English's are patterns of their own, tuned on English pages
 * (recognize/events/arguments.ts). An article or determiner may stand between (the pack's determiners).
 */
export interface EventArgumentWords {
  /** Before a place: where the event is ("in", "à", "en", "в"). */
  readonly where: readonly string[];
  /** Before a person or organization: who takes part ("mit", "avec", "entre", "с"). */
  readonly who: readonly string[];
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

/** English date words: month, weekday, number and season names, and the pattern fragments built from them. */
export type EnglishDateWords = typeof import('./en/date-words');

/** Units a relative date counts in. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Date words of a language other than English, as data: every inflected form the language writes is a key of its
 * own (Polish "maja", Russian "мая" and "май"), matched lower-case. Rules built from these (recognize/time/
 * local-rules.ts) read every date; they are data, so a pack travels as a fetched asset (pack-data.ts), where
 * chrono-node's locale parsers are code the service worker would have to hold for every language.
 */
export interface CalendarWords {
  readonly kind: 'calendar';
  /**
   * Read numbers only (recognize/time/rules-numeric.ts), not these words: the words of a language without a pack
   * are unknown, and a borrowed pack's are another language's (numeric-date-words.ts).
   */
  readonly numericOnly?: boolean;
  readonly months: Readonly<Record<string, number>>;
  /** 0 = Sunday. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Words for "next", "last" and "this" with every gender and case the language gives them. */
  readonly next: readonly string[];
  readonly last: readonly string[];
  readonly this: readonly string[];
  /** Unit nouns in every form that follows those words ("Woche", "semaine", "tygodniu", "неделе"). */
  readonly units: Readonly<Record<string, CalendarUnit>>;
  /** Words that are a day counted from the article's ("gestern": -1, "demain": 1). */
  readonly days: Readonly<Record<string, number>>;
  /** Words after which a day word is a noun ("la mañana" is the morning, "am Morgen" in the morning). */
  readonly nounAfter: readonly string[];
  /** Words allowed between a day and its month, or a month and its year ("de", "del"). */
  readonly joiners: readonly string[];
  /** Words that join the two ends of a span of days ("28. bis 31. August", "du 4 au 6 août", "с 1 по 28 июля"). */
  readonly rangeWords: readonly string[];
  /**
   * Short month names read only right after a day's number ("Madrid, 23 may (EFE)"): alone they are other words or
   * names ("mar", "May"), so they are neither months elsewhere nor not-names.
   */
  readonly monthAbbreviations?: Readonly<Record<string, number>>;
  /** Words that may follow a year ("года", "roku"). */
  readonly yearWords: readonly string[];
  /**
   * Words that put a clause in the future ("wird", "va", "будет") or the past ("hat", "a", "был"), so a weekday
   * or a day without a year is read ahead or back as the English rules read tense. Future words win.
   */
  readonly futureWords: readonly string[];
  readonly pastWords: readonly string[];
  /** Endings of past-tense verbs where the language marks them regularly (Spanish "-ó", Russian "-л"). */
  readonly pastEndings?: readonly string[];
}

export type DateWords = EnglishDateWords | CalendarWords;

/**
 * How the language builds an organization's name around a head word ("Office for Budget Responsibility",
 * "Ministerio de Sanidad y Consumo", "Ministerstwo Pracy i Polityki Społecznej"). The tagger often cuts such a name
 * at its "and", and the part after it becomes a name (mostly a place) of its own. Words match as written.
 */
export interface OrganizationNameWords {
  /** Head words, capitalized ("Ministry", "Ministerio", "Ministerstwo"). */
  readonly heads: readonly string[];
  /** Words that open the name's "of" part ("of", "for", "de", "del", "für"). */
  readonly of: readonly string[];
  /** Words that join two parts once the name has an "of" part ("and", "y", "und"). */
  readonly and: readonly string[];
  /** Articles, allowed only right after an "of" word ("the", "la", "der"): "and the" starts a second name. */
  readonly articles: readonly string[];
  /**
   * What capitalized words right after the head are: 'adjectives' ("Instituto Nacional de Estadística") belong to
   * the name before its "of" part; 'genitive' (Polish "Ministerstwo Pracy") are the "of" part itself.
   */
  readonly afterHead?: 'adjectives' | 'genitive';
}

/**
 * Names of news outlets, which the tagger often reads as the place or person they are named after ("Radio-Canada",
 * "Le Figaro"): an outlet is an organization.
 */
export interface OutletWords {
  /** Words that make a name an outlet wherever they stand in it, hyphenated or not ("Radio", "Télé", "TV"). */
  readonly words: readonly string[];
  /** Whole names of outlets that hold no such word ("Le Monde", "La Stampa"), matched like entity names. */
  readonly names: readonly string[];
}

export interface LanguagePack {
  /** ISO 639-1 code, the registry's key. */
  readonly code: string;
  /**
   * Lent to an article in a language without a pack (borrowed-packs.ts borrowedPack): `code` is the lender's, and
   * recognize() reads the article's casing rather than the pack's word lists and holds unsure names back.
   */
  readonly borrowed?: boolean;
  readonly roleWords: RoleWords;
  /** Capitalized words that page furniture puts where names go; never entities on their own. */
  readonly notNames: readonly string[];
  readonly aliasGroups: readonly AliasGroup[];
  /** Whole lines that are never article body (prompts, credits, stamps). */
  readonly boilerplateLines: readonly RegExp[];
  readonly eventTriggers: EventTriggers;
  readonly namedEvents: NamedEventWords;
  /** Who and where of an event, outside English (see EventArgumentWords). */
  readonly eventArguments?: EventArgumentWords;
  /** How organizations' names are built (English's when absent). */
  readonly organizationNames?: OrganizationNameWords;
  /** News outlets' names (none when absent). */
  readonly outlets?: OutletWords;
  /** An elided article or preposition glued to the next word ("l'OTAN", "dell'Ue"): split off as a token. */
  readonly elision?: RegExp;
  readonly knownEvents: readonly KnownEvent[];
  readonly dateWords: DateWords;
  /** The NER model, decoded on first call (the build swaps in the one the background fetched). */
  readonly nerModel: () => TaggerModel;
}
