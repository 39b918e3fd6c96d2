/**
 * Entities named in their base form where the language declines names ("Olafa Scholza" → "Olaf Scholz",
 * "Владимира Путина" → "Владимир Путин", "Министерством обороны" → "Министерство обороны"), their declined
 * mentions joined into one entity, each mention keeping the text it has. A two-word name is read by its given name:
 * a rule of the pack (NameDeclension) whose base the gazetteer knows as a given name gives the gender, and the
 * surname must agree (a rule of that gender fits it, or that gender leaves it as it is); otherwise it is taken as
 * written, a nominative or a form the rules do not know. A one-word name ("Putina") takes a base only where the
 * article itself shows it: a word of another person's base name, or another mention.
 */
import type { DeclinedEnding, NameDeclension } from '../../../languages/types';
import type { Cluster } from './group';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { nameKey } from './name-words';

const FIRST_BIT = 1 << GAZ_TYPES.indexOf('FIRST');
type Gender = 'masculine' | 'feminine';
const GENDERS: readonly Gender[] = ['masculine', 'feminine'];

export function baseForms(clusters: readonly Cluster[], lexicons: Lexicons, declension: NameDeclension): Cluster[] {
  const isGiven = (w: string) => (lexicons.gazetteer(phraseHash([w.toLowerCase()])) & FIRST_BIT) !== 0;
  const ruled = clusters.map((c) => ({ cluster: c, base: baseName(c, declension, isGiven) }));
  const shown = new Set(ruled.map(({ cluster, base }) => `${cluster.type}:${nameKey(base)}`));
  const based = ruled.map(({ cluster, base }) => ({ cluster, base: shownBase(cluster, base, declension, shown) }));
  // Fullest names first, so a one-word name finds the person whose base name it is a declined word of.
  based.sort((a, b) => words(b.base).length - words(a.base).length);
  const byKey = new Map<string, Cluster>();
  const byWord = new Map<string, Cluster[]>();
  const out: Cluster[] = [];
  for (const { cluster, base } of based) {
    const key = `${cluster.type}:${nameKey(base)}`;
    const target =
      byKey.get(key) ??
      (cluster.type === 'person' && words(base).length === 1 ? declinedWordOf(base, declension, byWord) : undefined);
    if (target) {
      target.mentions = [...target.mentions, ...cluster.mentions].sort((a, b) => a.start - b.start);
      continue;
    }
    cluster.name = base;
    out.push(cluster);
    byKey.set(key, cluster);
    if (cluster.type === 'person') {
      for (const w of words(nameKey(base))) byWord.set(w, [...(byWord.get(w) ?? []), cluster]);
    }
  }
  // One-word names in the order they came, after the fuller ones they did not join.
  return clusters.filter((c) => out.includes(c));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The base form of a cluster's name: a person's by the declension rules, an organization's by its head word. */
function baseName(c: Cluster, d: NameDeclension, isGiven: (w: string) => boolean): string {
  const parts = words(c.name);
  if (c.type === 'organization') {
    const head = d.heads[parts[0]!];
    return head ? [head, ...parts.slice(1)].join(' ') : c.name;
  }
  if (c.type !== 'person' || parts.length < 2) return c.name;
  const [given, surname] = [parts[0]!, parts[parts.length - 1]!];
  for (const gender of GENDERS) {
    if (gender === 'masculine' && (d.ownNames.includes(given) || d.womensSurnames.test(surname))) continue;
    const g = candidates(given, d[gender].given).find(isGiven);
    if (!g) continue;
    const s = candidates(surname, d[gender].surname)[0] ?? (d.undeclined[gender].test(surname) ? surname : null);
    if (s === null) continue;
    return [g, ...parts.slice(1, -1), s].join(' ');
  }
  return c.name;
}

/**
 * A person's name the rules left as written takes the form another of the article's names shows in another case:
 * "Джо Байдена" (a given name that does not decline says nothing of the case) → "Джо Байден", "Эммануэля Макрона"
 * (a given name the gazetteer does not know) → "Эммануэль Макрон".
 */
function shownBase(c: Cluster, base: string, d: NameDeclension, shown: ReadonlySet<string>): string {
  const parts = words(base);
  if (c.type !== 'person' || parts.length < 2 || base !== c.name) return base;
  const [given, surname] = [parts[0]!, parts[parts.length - 1]!];
  const givens = [
    given,
    ...candidates(
      given,
      GENDERS.flatMap((g) => d[g].given),
    ),
  ];
  const surnames = [
    surname,
    ...candidates(
      surname,
      GENDERS.flatMap((g) => d[g].surname),
    ),
  ];
  for (const g of givens) {
    for (const s of surnames) {
      const other = [g, ...parts.slice(1, -1), s].join(' ');
      if (other !== base && shown.has(`${c.type}:${nameKey(other)}`)) return other;
    }
  }
  return base;
}

/** The bases the rules give a word, longest declined ending first; a stem of two letters at least is left. */
function candidates(word: string, rules: readonly DeclinedEnding[]): string[] {
  return [...rules]
    .sort((a, b) => b[0].length - a[0].length)
    .filter(([end]) => word.endsWith(end) && word.length - end.length >= 2)
    .map(([end, base]) => word.slice(0, word.length - end.length) + base);
}

/**
 * The one person whose base name holds a base of this one-word name ("Putina" → "Putin" of "Władimir Putin"), by
 * any of the language's rules; none when two people share it.
 */
function declinedWordOf(word: string, d: NameDeclension, byWord: Map<string, Cluster[]>): Cluster | undefined {
  const rules = GENDERS.flatMap((g) => [...d[g].surname, ...d[g].given]);
  for (const base of [word, ...candidates(word, rules)]) {
    const people = byWord.get(nameKey(base)) ?? [];
    if (people.length === 1) return people[0];
  }
  return undefined;
}
