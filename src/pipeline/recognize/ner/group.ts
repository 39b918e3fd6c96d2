/**
 * Mentions → entities within one article: "Russian President Vladimir Putin", "Putin", "PUTIN" are one person;
 * "USSR" and "Soviet Union" one place (alias table); "SCO" joins "Shanghai Cooperation Organization" (initials).
 * Fullest forms are placed first, so shorter forms find them; the canonical name is the fullest non-caps form.
 */
import type { EntityType } from '../../../shared/types';
import type { RawMention } from './mentions';
import { nameKey, type NameWords, nameWordsOf } from './name-words';

export { nameKey };

export interface Cluster {
  type: EntityType;
  name: string;
  mentions: RawMention[];
}

const STOP = new Set(['of', 'and', 'the', 'for', 'de', 'in', 'on', '&']);

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
}

interface Work {
  cluster: Cluster;
  keys: Set<string>;
  words: Set<string>;
  alias: number | null;
  aliasType?: EntityType;
  acronym: string;
  seed: RawMention;
}

export function groupMentions(mentions: readonly RawMention[], lang: NameWords = nameWordsOf()): Cluster[] {
  const order = [...mentions].sort(
    (a, b) => Number(a.caps) - Number(b.caps) || words(b.text).length - words(a.text).length || a.start - b.start,
  );
  const works: Work[] = [];
  // Indexes over the clusters built so far, so long articles stay linear.
  const byKey = new Map<string, Work[]>();
  const byAlias = new Map<number, Work>();
  const byAcronym = new Map<string, Work[]>();
  const personsByWord = new Map<string, Work[]>();
  const push = <K>(map: Map<K, Work[]>, key: K, w: Work) => {
    const list = map.get(key);
    if (!list) map.set(key, [w]);
    else if (!list.includes(w)) list.push(w);
  };
  for (const m of order) {
    const key = nameKey(m.text);
    const alias = lang.aliases.get(key);
    const acronym = m.text.replace(/\./g, '');
    const target =
      (alias ? byAlias.get(alias.id) : undefined) ??
      byKey.get(key)?.find((w) => compatible(w.cluster.type, m.type)) ??
      partialMatch(personsByWord, m, key) ??
      (m.type !== 'person' && m.type !== 'event' && /^[\p{Lu}.]{2,8}$/u.test(m.text)
        ? byAcronym.get(acronym)?.find((w) => w.cluster.type !== 'person')
        : undefined);
    if (target) {
      target.cluster.mentions.push(m);
      target.keys.add(key);
      push(byKey, key, target);
      if (alias && target.alias === null) {
        target.alias = alias.id;
        target.aliasType = alias.type;
        byAlias.set(alias.id, target);
      }
      continue;
    }
    const w: Work = {
      cluster: { type: m.type, name: m.text, mentions: [m] },
      keys: new Set([key]),
      words: new Set(words(key)),
      alias: alias?.id ?? null,
      aliasType: alias?.type,
      acronym: words(m.text).length > 1 ? initials(m.text) : '',
      seed: m,
    };
    works.push(w);
    push(byKey, key, w);
    if (alias && !byAlias.has(alias.id)) byAlias.set(alias.id, w);
    if (w.acronym) push(byAcronym, w.acronym, w);
    if (m.type === 'person') for (const x of w.words) push(personsByWord, x, w);
  }
  for (const w of works) {
    w.cluster.mentions.sort((a, b) => a.start - b.start);
    // The fullest form is the best evidence of the type ("Xi Jinping" a person, though "Xi" alone looks like a place).
    const seed = w.seed;
    w.cluster.type =
      w.aliasType ?? (!seed.caps && words(seed.text).length > 1 ? seed.type : voteType(w.cluster.mentions));
    w.cluster.name = canonicalName(w.cluster.mentions);
  }
  return works.map((w) => w.cluster);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Events stay apart from the names inside them; the other types may disagree (tagger noise) and are voted. */
const compatible = (a: EntityType, b: EntityType) => (a === 'event') === (b === 'event');

/** A shorter person name ("Putin", "Xi") joins the person whose full name contains all its words. */
function partialMatch(personsByWord: Map<string, Work[]>, m: RawMention, key: string): Work | undefined {
  if (m.type === 'event') return undefined;
  const ws = words(key);
  if (ws.length === 0) return undefined;
  const candidates = (personsByWord.get(ws[0]!) ?? []).filter((w) => ws.every((x) => w.words.has(x)));
  if (!candidates.length) return undefined;
  if (m.type !== 'person' && !m.caps && candidates.length !== 1) return undefined;
  if (candidates.length === 1) return candidates[0];
  // Ambiguous surname: the person mentioned most recently before this mention.
  return candidates.sort((a, b) => lastBefore(b, m.start) - lastBefore(a, m.start))[0];
}

function lastBefore(w: Work, pos: number): number {
  let best = -1;
  for (const x of w.cluster.mentions) if (x.start < pos && x.start > best) best = x.start;
  return best;
}

function voteType(mentions: readonly RawMention[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of mentions)
    votes.set(m.type, (votes.get(m.type) ?? 0) + (m.caps ? 0.3 : 1) + (words(m.text).length > 1 ? 0.5 : 0));
  return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
}

function canonicalName(mentions: readonly RawMention[]): string {
  const cased = mentions.filter((m) => !m.caps);
  const pool = cased.length ? cased : mentions;
  const best = [...pool].sort(
    (a, b) => words(b.text).length - words(a.text).length || b.text.length - a.text.length || a.start - b.start,
  )[0]!;
  const name = best.text.replace(/\s+/g, ' ');
  if (!cased.length && name.replace(/[^\p{L}]/gu, '').length > 4) return titleCase(name);
  return name;
}

/** "GAZPROM" → "Gazprom", "NEW YORK TIMES" → "New York Times" for names only seen in capitals; acronyms stay. */
export function titleCase(s: string): string {
  const single = !/\s/.test(s.trim());
  return s.replace(/\p{L}+/gu, (w) =>
    (single && w.length <= 4) || (w.length <= 4 && !/[AEIOUY]/.test(w)) ? w : w[0]! + w.slice(1).toLowerCase(),
  );
}
