/**
 * A language pack's name words as the recognizer reads them: sets for lookups, the alias table keyed like mentions.
 * Compiled once per pack and kept while the pack lives.
 */
import { companyNames } from '../../../languages/company-names';
import { english } from '../../../languages/en';
import { PHRASE_OPENERS } from '../../../languages/en/name-shapes';
import { escapeRegex } from '../../../languages/pack-words';
import type { LanguagePack, NamedEventWords } from '../../../languages/types';
import type { EntityType } from '../../../shared/types';

export interface NameWords {
  /** English's rules were tuned on English evaluation pages; some stay English-only. */
  readonly english: boolean;
  /**
   * The pack is borrowed for a language without one: its common-word lists are another language's, so a word is
   * judged by how the article itself writes it (mentions.ts, sentence-openers.ts).
   */
  readonly borrowed: boolean;
  readonly notNames: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly appositiveEnds: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly roleComplements: ReadonlySet<string>;
  /** Words that finish a role and name nothing alone ("République"), lower-case (RoleWords.officeComplements). */
  readonly officeComplements: ReadonlySet<string>;
  /** Endings of compound nouns that describe the name after them, by the type they leave (RoleWords). */
  readonly descriptorEndings: { readonly person: readonly string[]; readonly organization: readonly string[] };
  /** Names opening a role compound ("US" of "US-Präsident") by their type, as written (RoleWords). */
  readonly compoundPrefixes: ReadonlyMap<string, 'place' | 'organization'>;
  readonly events: NamedEventWords;
  readonly eventLinks: ReadonlySet<string>;
  readonly elision?: RegExp;
  /** Known events' local names ("Zweiter Weltkrieg"), outside English, where event frames do not read them. */
  readonly knownEvents: RegExp | null;
  /** Alias name key → its group's id and type. */
  readonly aliases: ReadonlyMap<string, { id: number; type?: EntityType }>;
  /** How organizations' names are built around their head word (English's where the pack has none). */
  readonly organizations: OrganizationShapes;
  /** Words that make a name a news outlet, and outlets' whole names as name keys. */
  readonly outletWords: ReadonlySet<string>;
  readonly outletNames: ReadonlySet<string>;
  /** Words before an event's place ("w", "à", "in"), lower-case: where a name of a place may start inside a span. */
  readonly where: ReadonlySet<string>;
  /** Companies known by the same name in every language, as name keys (outside English, whose tagger knows them). */
  readonly companies: ReadonlySet<string>;
}

export interface OrganizationShapes {
  readonly heads: ReadonlySet<string>;
  readonly of: ReadonlySet<string>;
  readonly and: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly afterHead?: 'adjectives' | 'genitive';
  /** Words (lower-case) that open a sentence or phrase, never an organization's first word. */
  readonly openers: ReadonlySet<string>;
}

/** The sets of a pack's organization-name words; English's phrase openers, or the pack's determiners and function words. */
function organizationShapes(pack: LanguagePack): OrganizationShapes {
  const words = pack.organizationNames ?? english.organizationNames!;
  const openers =
    pack === english
      ? [...PHRASE_OPENERS]
      : [...pack.roleWords.determiners, ...pack.roleWords.functionWords, ...words.of, ...words.and];
  return {
    heads: new Set(words.heads),
    of: new Set(words.of),
    and: new Set(words.and),
    articles: new Set(words.articles),
    ...(words.afterHead ? { afterHead: words.afterHead } : {}),
    openers: new Set(openers.map((w) => w.toLowerCase())),
  };
}

const compiled = new WeakMap<LanguagePack, NameWords>();

/** Any of the names, whole, any case; longest first. */
function aliasPattern(names: readonly string[]): RegExp | null {
  if (!names.length) return null;
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Case-, period-, diacritic- and article-insensitive form used for matching. */
export function nameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function nameWordsOf(pack: LanguagePack = english): NameWords {
  let words = compiled.get(pack);
  if (words) return words;
  const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  const { roleWords } = pack;
  const aliases = new Map<string, { id: number; type?: EntityType }>();
  pack.aliasGroups.forEach((g, id) => {
    for (const n of g.names) aliases.set(nameKey(n), { id, type: g.type });
  });
  words = {
    english: pack === english,
    borrowed: pack.borrowed === true,
    // Outside English, a function word is never a name on its own ("Depuis", "Asimismo" opening a sentence); the
    // English lists were tuned without this and stay as they are.
    notNames: new Set(
      pack === english
        ? pack.notNames
        : [...pack.notNames, ...lower(roleWords.determiners), ...lower(roleWords.functionWords)],
    ),
    roles: new Set(roleWords.roles),
    modifiers: new Set(roleWords.modifiers),
    appositiveEnds: new Set(roleWords.appositiveEnds),
    titles: new Set(roleWords.titles),
    determiners: lower(roleWords.determiners),
    functionWords: lower(roleWords.functionWords),
    possessives: lower(roleWords.possessives),
    roleComplements: lower(roleWords.complements ?? []),
    officeComplements: lower(roleWords.officeComplements ?? []),
    descriptorEndings: roleWords.descriptorEndings ?? { person: [], organization: [] },
    compoundPrefixes: new Map([
      ...(roleWords.compoundPrefixes?.place ?? []).map((w) => [w, 'place'] as const),
      ...(roleWords.compoundPrefixes?.organization ?? []).map((w) => [w, 'organization'] as const),
    ]),
    events: pack.namedEvents,
    eventLinks: lower(pack.namedEvents.links ?? []),
    ...(pack.elision ? { elision: pack.elision } : {}),
    knownEvents: pack === english ? null : aliasPattern(pack.knownEvents.flatMap((e) => e.aliases)),
    aliases,
    organizations: organizationShapes(pack),
    outletWords: new Set(pack.outlets?.words ?? []),
    outletNames: new Set((pack.outlets?.names ?? []).map(nameKey)),
    where: lower(pack.eventArguments?.where ?? []),
    companies: new Set(companyNames.map(nameKey)),
  };
  compiled.set(pack, words);
  return words;
}

/** Shortest role that may end a compound: shorter ones end common words and names ("re" in "Andre", "maire" in "Lemaire"). */
const MIN_COMPOUND_ROLE = 6;

/**
 * A role word ("ministro"), or outside English a compound that ends in one ("EU-Kommissionspräsidentin",
 * "Commissievoorzitter", "ministre-président"), matched lower-case with a trailing period removed. English keeps
 * its word list: its compounds are separate words ("Vice President").
 */
/** The type a describing compound leaves the name after it ("Kremlchef": a person), or null for no such word. */
export function descriptorType(words: NameWords, word: string): 'person' | 'organization' | null {
  const w = word.toLowerCase();
  const ends = (list: readonly string[]) => list.some((e) => w.length > e.length && w.endsWith(e));
  return ends(words.descriptorEndings.person)
    ? 'person'
    : ends(words.descriptorEndings.organization)
      ? 'organization'
      : null;
}

export function isRoleWord(words: NameWords, word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (words.roles.has(w)) return true;
  if (words.english) return false;
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0 && words.roles.has(w.slice(hyphen + 1))) return true;
  for (let k = 3; k <= w.length - MIN_COMPOUND_ROLE; k++) if (words.roles.has(w.slice(k))) return true;
  return false;
}

/** Endings a head word sheds when it is declined ("Ministerstwo" → "Ministerstwem", "Министерство" → "Министерством"). */
const DECLINED_END = /[aeiouyąęóаеёиоуыэюяь]+$/iu;

/**
 * An organization's head word as written ("Ministerio"), or outside English a declined form of one: the head's
 * stem (six letters at least: "Camera" is no head of "Camerano") and one to three letters more ("Kancelarii",
 * "Министерством"); the stem alone is another word (Dutch "Minister" of "Ministerie").
 */
export function isOrganizationHead(words: NameWords, word: string): boolean {
  const { heads } = words.organizations;
  if (heads.has(word)) return true;
  if (words.english || !/^\p{Lu}/u.test(word)) return false;
  for (const head of heads) {
    const stem = head.replace(DECLINED_END, '');
    const ending = word.length - stem.length;
    if (stem.length >= 6 && word.startsWith(stem) && ending > 0 && ending <= 3 && !/-/.test(word)) return true;
  }
  return false;
}
