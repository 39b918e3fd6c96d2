/**
 * What the pipeline knows about one language, as one value: a language is a folder (src/languages/<code>/) whose
 * index.ts exports a LanguagePack, plus one line in the registry (src/languages/index.ts).
 */
import type { TaggerModel } from '../pipeline/recognize/ner';
import type { Segmenter } from './segmenters';
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
  /**
   * Capitalized words that finish a role after its link and name nothing by themselves: "le président de la
   * République Emmanuel Macron" holds an office, not a place. Matched as the whole span the tagger made of them.
   */
  readonly officeComplements?: readonly string[];
  /**
   * Endings of capitalized compound nouns that describe the name right after them ("Kremlchef Wladimir Putin",
   * "Nachrichtenagentur Reuters", "Chiphersteller Infineon"), where a language writes every noun with a capital and
   * the tagger runs the noun into the name: `person` endings leave a person's name, `organization` endings an
   * organization's. Matched lower-case at the end of a word longer than the ending, so "Bauer" the surname is none.
   */
  readonly descriptorEndings?: { readonly person: readonly string[]; readonly organization: readonly string[] };
  /**
   * Names that open a hyphenated role compound ("US-Präsident", "SPD-Chef", "EU-Kommissarin") by the type they
   * name, where the gazetteer does not know them or knows them as both (the EU an organization, not a place). A
   * prefix neither here nor in the gazetteer ("Ex-", "Vize-") names nothing.
   */
  readonly compoundPrefixes?: { readonly place: readonly string[]; readonly organization: readonly string[] };
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
   * A month named with "next" or "last" after it is a date ("فبراير الماضي": last February): read only where the
   * language puts them there, so a month word alone elsewhere stays a word.
   */
  readonly monthThenStep?: boolean;
  /** Range words glued to the second day's number ("15 و16 سبتمبر": 15 and 16 September). */
  readonly gluedRangeWords?: readonly string[];
  /**
   * The language writes no capitals (Arabic, Hindi): a sentence ends at its mark before a space whatever follows,
   * where in the other languages only a capital or a digit starts the next one.
   */
  readonly uncased?: boolean;
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

/**
 * Date words of a language written without spaces between words (Japanese, Chinese): its dates are numbers with
 * unit characters ("2022年9月15日", "15日") and fixed words ("来週", "下周", "昨天"), not inflected words between
 * spaces, so they get rules of their own (recognize/time/cjk-rules.ts). Every word is matched as written.
 */
export interface CjkCalendarWords {
  readonly kind: 'cjk-calendar';
  /** Weekday names, 0 = Sunday ("木曜日", "木曜", "星期四", "周四"). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Words that are a period counted from the article's ("来週": a week ahead, "去年": a year back). */
  readonly periods: Readonly<Record<string, readonly [unit: CalendarUnit, step: number]>>;
  /** Words that are a day counted from the article's ("昨日": -1, "明天": 1). */
  readonly days: Readonly<Record<string, number>>;
  /** Words that join the two ends of a span of days ("から", "至", "～"). */
  readonly rangeWords: readonly string[];
  /** Words that may close such a span ("まで"), kept inside the date's text. */
  readonly rangeEnds: readonly string[];
  /** Characters after "15日" that make it a count of days, not a day ("15日間", "3日以内", "3日前"). */
  readonly notDayAfter: readonly string[];
  /** Words that put a sentence in the future ("予定", "将") or the past ("した", "了"); future words win. */
  readonly futureWords: readonly string[];
  readonly pastWords: readonly string[];
  /**
   * The characters after a year's, a month's and a day's number where they are not 年 月 日 (Korean "년", "월",
   * "일"), and whether spaces stand between the parts and end sentences ("2022년 9월 15일. 다음 주"): Korean is
   * written with spaces, Japanese and Chinese without.
   */
  readonly unitChars?: { readonly year: string; readonly month: string; readonly day: string };
  readonly spaced?: boolean;
}

export type DateWords = EnglishDateWords | CalendarWords | CjkCalendarWords;

/** What a segmenter's part-of-speech tag says a token is, in words the name rules share across languages. */
export type CjkTokenKind =
  | 'person'
  | 'surname'
  | 'given'
  | 'place'
  | 'country'
  | 'organization'
  /** A proper noun of no sure type (jieba "nz", "nrt": transliterated names of people and places alike). */
  | 'proper'
  | 'noun'
  /** A word the dictionary does not know (unknown katakana, a rare character). */
  | 'unknown'
  | 'number'
  | 'punctuation'
  | 'other';

/**
 * How names are told apart from the tagger's tokens in a language written without spaces: the words around a name
 * that give its type and role, and the common words the tagger labels as names. Words match whole tokens or runs of
 * them, as written.
 */
export interface CjkNameWords {
  readonly kind: 'cjk-names';
  /** Roles written right after a person's name ("岸田首相", "普京总统"): the person's role, not part of the name. */
  readonly rolesAfter: readonly string[];
  /** Roles written right before a person's name ("总统普京", "外交部发言人汪文斌"). */
  readonly rolesBefore: readonly string[];
  /** Honorifics after a name ("氏", "さん"): they make it a person but are no role. */
  readonly honorifics: readonly string[];
  /** Endings that make a proper noun run an organization ("党", "銀行", "集团"). */
  readonly organizationSuffixes: readonly string[];
  /**
   * Organization endings that make a name even of common nouns ("経済"+"産業"+"省", "大阪"+"府警"): ministries
   * and agencies are named after what they do.
   */
  readonly nounRunSuffixes: readonly string[];
  /** Endings that make a proper noun run a place ("市", "県", "州"). */
  readonly placeSuffixes: readonly string[];
  /** Words right before a name of no sure type that make it a place ("在", "于"). */
  readonly placeBefore: readonly string[];
  /** Words the tagger labels as names that are not ("高达" "to reach" read as a surname). */
  readonly stopNames: readonly string[];
  /** Names the tagger gives the wrong type in news ("乌克兰" tagged a person's name): the type they are. */
  readonly retyped: Readonly<Record<string, 'person' | 'organization' | 'place'>>;
  /** Words that may open a name run but are never part of a name ("同", "新", "前" before a role). */
  readonly notInNames: readonly string[];
  /**
   * Whether common nouns may be pieces of a name read back from an office: IPADIC files the pieces of names it does
   * not know as nouns ("黒田"+"東"+"彦総裁"); jieba's nouns are nouns.
   */
  readonly nounsInNames: boolean;
  /** Longest name read back or forward from a role word, in characters. */
  readonly maxNameChars: number;
  /**
   * A two-character name the segmenter cut before its last character ("李家"+"超", the character read as a verb)
   * goes on over one character tagged a content word, unless it is one of these, which follow names ("说", "在").
   * Absent: names are read as the segmenter cuts them.
   */
  readonly afterNameChars?: readonly string[];
}

/**
 * Name rules for a language written in a script without capital letters but with spaces between words (Arabic,
 * Persian, Hebrew, Hindi, Korean): no tagger reads these scripts here, so a name is found only where the words
 * around it say what it is, an office before or after a person's name ("الرئيس الروسي فلاديمير بوتين", "푸틴
 * 대통령"), an organization's head word ("منظمة", "मंत्रालय") or a place's cue ("مدينة"), and every later mention of
 * a name found so is the same entity (recognize/uncased/find-anchored-names.ts). Words match whole tokens, as written
 * or with one of the language's glued prefixes or particles taken off; phrases are several tokens.
 */
export interface AnchoredNameWords {
  readonly kind: 'anchored-names';
  /** Offices written before the holder's name ("الرئيس", "प्रधानमंत्री", "נשיא"). */
  readonly rolesBefore: readonly string[];
  /** Offices written after the holder's name ("대통령", "주석"). */
  readonly rolesAfter: readonly string[];
  /**
   * Words that belong to a role next to it: nationality adjectives and countries ("الروسي", "러시아", "रूसी"),
   * "former" and "new" ("السابق", "전"). They stand between the office and the name, or on the office's far side.
   */
  readonly roleModifiers: readonly string[];
  /**
   * Words that take the word after them into the role ("المتحدث باسم الوزارة": the spokesman for the ministry), or
   * an organization's head and the word after it ("باسم وزارة الخارجية").
   */
  readonly roleComplements: readonly string[];
  /** The same for a place ("السفير لدى بكين": the ambassador to Beijing), which is also found as a place. */
  readonly placeComplements?: readonly string[];
  /** Organization head words before the rest of the name ("منظمة شنغهاي للتعاون", "وزارة الخارجية"). */
  readonly organizationHeadsBefore: readonly string[];
  /** Organization head words after the rest of the name ("शंघाई सहयोग संगठन", "विदेश मंत्रालय", "협력 기구"). */
  readonly organizationHeadsAfter: readonly string[];
  /** Endings glued to a word that make it an organization ("외교부", "상하이협력기구"); the stem must be 2 letters or more. */
  readonly organizationEndings: readonly string[];
  /** Words right before a place's name ("مدينة سمرقند", "العاصمة"). */
  readonly placeCuesBefore: readonly string[];
  /** Words right after a place's name ("समरकंद शहर"). */
  readonly placeCuesAfter: readonly string[];
  /** Endings glued to a word that make it a place ("서울시"); the stem must be 2 letters or more. */
  readonly placeEndings: readonly string[];
  /** Countries and capitals news names without a cue, each as written (one or more words). */
  readonly places: readonly string[];
  /** International organizations news names without a head word ("الأمم المتحدة", "나토"). */
  readonly organizations: readonly string[];
  /**
   * Words that end a name read next to an office: function words, frequent verbs, date words. Matched as written
   * and without a glued prefix or particle.
   */
  readonly stopWords: readonly string[];
  /**
   * Shapes of headline words too likely common words to be held as unsure names when no cue marks them (Arabic's
   * definite article "ال": "القمة" the summit). Without it a language gets no such names: where nothing in a word's
   * shape tells a common noun, a repeated headline noun ("정상회의", "सम्मेलन") would be one.
   */
  readonly commonWordShape?: RegExp;
  /** Shapes of words that are never part of a name (Arabic verbs in the future, "سيلتقي"). */
  readonly notNameWords?: RegExp;
  /** Letters glued before a word (Arabic "و" and, "ب" with, "ل" for; Hebrew "ו", "ה", "ב"), taken off to match. */
  readonly prefixes: readonly string[];
  /** Particles glued after a word (Korean "은", "는", "에서"), taken off to match. */
  readonly particles: readonly string[];
  /**
   * Family names that open a one-word name of three syllables (Korean "김", "이", "박"): such a name next to an
   * office may end in what looks like a particle ("김정은 국무위원장").
   */
  readonly familyNames?: readonly string[];
  /** Most words a person's name read next to an office may have. */
  readonly maxNameWords: number;
  /** Most words an organization's name may have besides its head. */
  readonly maxOrganizationWords: number;
}

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

/**
 * How a language that declines names writes them in other cases than the nominative, so an entity is named in its
 * base form ("Olafa Scholza" → "Olaf Scholz", "Министерством обороны" → "Министерство обороны") and its declined
 * mentions join it. Each rule is [declined ending, base ending], tried longest first; a given name's rule counts only
 * when the gazetteer knows the base it gives as a given name, and a two-word name changes only when its surname
 * agrees (a rule of the same gender fits it, or it is a surname that gender leaves undeclined).
 */
export interface NameDeclension {
  readonly masculine: { readonly given: readonly DeclinedEnding[]; readonly surname: readonly DeclinedEnding[] };
  readonly feminine: { readonly given: readonly DeclinedEnding[]; readonly surname: readonly DeclinedEnding[] };
  /** Surnames of this shape stay as they are in that gender ("Merkel" in every case of a woman's name). */
  readonly undeclined: { readonly masculine: RegExp; readonly feminine: RegExp };
  /** Women's surnames by their shape ("Kowalska", "Ковальская"), never a man's declined form. */
  readonly womensSurnames: RegExp;
  /** Given names that look like another's declined form and are names of their own ("Aleksandra", "Юлия"). */
  readonly ownNames: readonly string[];
  /** Organizations' head words in the nominative, by their declined forms ("Ministerstwem" → "Ministerstwo"). */
  readonly heads: Readonly<Record<string, string>>;
}

/** [declined ending, base ending]: "skiego" → "ski" reads "Kowalskiego" as "Kowalski". */
export type DeclinedEnding = readonly [string, string];

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
  /** Name rules over a segmenter's tokens, for a language written without spaces (its tagger replaces the model). */
  readonly cjkNames?: CjkNameWords;
  /** How names are declined, for a language that declines them (their base forms name the entities). */
  readonly nameDeclension?: NameDeclension;
  /** Name rules for a script without capitals (Arabic, Korean, Hindi …): they replace the NER model. */
  readonly anchoredNames?: AnchoredNameWords;
  /** The language's segmenter once loaded (segmenters.ts), null before; with cjkNames it replaces the NER model. */
  readonly segmenter?: () => Segmenter | null;
  /** The NER model, decoded on first call (the build swaps in the one the background fetched). */
  readonly nerModel: () => TaggerModel;
}
