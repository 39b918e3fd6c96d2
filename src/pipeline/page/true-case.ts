/**
 * True-casing of text set in capitals (promo headlines, bylines): "RUSSIA’S GAZPROM SIGNS GAS DEAL WITH CHINA" →
 * "Russia’s Gazprom signs gas deal with China". A word takes the casing the article itself gives it in normal text
 * ("Gazprom", "SCO"), then the casing of a known name (the entities found, a name list); every other word is lower
 * case, the first capitalized.
 */

export interface CasingSources {
  /** The article's text in normal case: its proper nouns and acronyms are the first authority. */
  text?: string;
  /** Names known to be names (entities of the article, a name list): their words keep their capitals. */
  names?: readonly string[];
  /** Fewer letters than this is no sign of a line set in capitals ("US"). */
  minLetters?: number;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

export function isAllCaps(text: string, minLetters = 6): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The casing dictionary: lower-case word → the form the sources write it in. */
export function casingOf(sources: CasingSources): Map<string, string> {
  const forms = new Map<string, string>();
  const lowerSeen = new Set<string>();
  const text = sources.text ?? '';
  for (const line of text.split(/\n+/)) {
    if (isAllCaps(line)) continue;
    for (const m of line.matchAll(WORD)) {
      const w = m[0];
      if (w === w.toLowerCase()) lowerSeen.add(w);
      else if (!forms.has(w.toLowerCase())) forms.set(w.toLowerCase(), w);
    }
  }
  // A capitalized word the article also writes in lower case ("The", "Gas") is a common word.
  for (const w of lowerSeen) forms.delete(w);
  // A name's words, unless the article writes the word in lower case ("war" beside "Cold War").
  for (const name of sources.names ?? [])
    for (const m of name.matchAll(WORD)) {
      const lower = m[0].toLowerCase();
      if (m[0] !== lower && !lowerSeen.has(lower)) forms.set(lower, m[0]);
    }
  return forms;
}

export function trueCase(text: string, sources: CasingSources = {}): string {
  if (!isAllCaps(text, sources.minLetters)) return text;
  const forms = casingOf(sources);
  const cased = text.toLowerCase().replace(WORD, (w) => forms.get(w) ?? w);
  return cased.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/** A person's name set in capitals ("STEVE PEOPLES"): the article's spelling, else each word capitalized. */
export function trueCaseName(name: string, sources: CasingSources = {}): string {
  if (!isAllCaps(name, 2)) return name;
  const forms = casingOf(sources);
  return name
    .toLowerCase()
    .replace(WORD, (w) => forms.get(w) ?? (w.length <= 1 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)));
}
