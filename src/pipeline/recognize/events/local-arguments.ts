/**
 * Who and where of an event in a language other than English, from its pack's words (EventArgumentWords) and
 * determiners: a place after "in", "à", "в" is where; a person or organization after "mit", "avec", "с" takes part.
 */
import { escapeRegex } from '../../../languages/pack-words';
import type { LanguagePack } from '../../../languages/types';

export interface LocalArgumentPatterns {
  /** Matches the text right before a place that makes it the event's. */
  where: RegExp;
  /** Matches the text right before a participant. */
  who: RegExp;
}

const compiled = new WeakMap<LanguagePack, LocalArgumentPatterns | null>();

/** The words, then an optional determiner ("in der", "à la") or elided article ("à l'"), up to the entity. */
function before(words: readonly string[], determiners: readonly string[]): RegExp {
  const alt = (list: readonly string[]) =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
  const det = determiners.length ? `(?:(?:${alt(determiners)})\\s+|\\p{L}{1,3}['’])?` : `(?:\\p{L}{1,3}['’])?`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(words)})\\s+${det}$`, 'iu');
}

/** The pack's patterns, or null for a pack without argument words (English reads its own). */
export function localArgumentPatterns(pack: LanguagePack | undefined): LocalArgumentPatterns | null {
  if (!pack?.eventArguments) return null;
  let patterns = compiled.get(pack);
  if (patterns === undefined) {
    const { where, who } = pack.eventArguments;
    patterns = { where: before(where, pack.roleWords.determiners), who: before(who, pack.roleWords.determiners) };
    compiled.set(pack, patterns);
  }
  return patterns;
}
