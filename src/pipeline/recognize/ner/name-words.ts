/**
 * A language pack's name words as the recognizer reads them: sets for lookups, the alias table keyed like mentions.
 * Compiled once per pack and kept while the pack lives.
 */
import { english } from '../../../languages/en';
import { escapeRegex } from '../../../languages/pack-words';
import type { LanguagePack, NamedEventWords } from '../../../languages/types';
import type { EntityType } from '../../../shared/types';

export interface NameWords {
  /** English's rules were tuned on English evaluation pages; some stay English-only. */
  readonly english: boolean;
  readonly notNames: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly appositiveEnds: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly roleComplements: ReadonlySet<string>;
  readonly events: NamedEventWords;
  readonly eventLinks: ReadonlySet<string>;
  readonly elision?: RegExp;
  /** Known events' local names ("Zweiter Weltkrieg"), outside English, where event frames do not read them. */
  readonly knownEvents: RegExp | null;
  /** Alias name key → its group's id and type. */
  readonly aliases: ReadonlyMap<string, { id: number; type?: EntityType }>;
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
    events: pack.namedEvents,
    eventLinks: lower(pack.namedEvents.links ?? []),
    ...(pack.elision ? { elision: pack.elision } : {}),
    knownEvents: pack === english ? null : aliasPattern(pack.knownEvents.flatMap((e) => e.aliases)),
    aliases,
  };
  compiled.set(pack, words);
  return words;
}
