/**
 * Relatives share a surname: "Hunter Biden" beside "Joe Biden", "the Prime Minister's wife, Lady Starmer" beside
 * "Keir Starmer". A relative is a person of their own, never a variant of the other name, and never a place
 * ("Hunter Biden" tagged as one).
 */
import type { NerDocument } from './document';
import type { Cluster } from './group';
import type { RawMention } from './mentions';
import { findRole, isKinshipRole } from './roles';

/**
 * A two- or three-word name ending in the surname of a person the article names in full is a person too ("Hunter
 * Biden" beside "Joe Biden"). Guarded both ways, as one tagger slip must not spread: the full name must never be
 * given another type and must not open with an initial ("N. Korea" read as a person), and a name typed otherwise
 * more than once ("North Korea", "South Korea") keeps its type.
 */
export function typeRelatives(mentions: readonly RawMention[]): RawMention[] {
  const otherwise = new Map<string, number>();
  for (const m of mentions) if (m.type !== 'person') otherwise.set(m.text, (otherwise.get(m.text) ?? 0) + 1);
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.type === 'person' && !m.caps && words.length > 1 && !otherwise.has(m.text) && !/\./.test(words[0]!))
      surnames.add(words[words.length - 1]!);
  }
  return mentions.map((m) => {
    const words = m.text.split(/\s+/);
    const relative =
      m.type !== 'person' &&
      m.type !== 'event' &&
      !m.caps &&
      words.length > 1 &&
      words.length <= 3 &&
      (otherwise.get(m.text) ?? 0) <= 1 &&
      surnames.has(words[words.length - 1]!) &&
      words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    return relative ? { ...m, type: 'person' } : m;
  });
}

/**
 * A shorter form of a person's name given a relation to someone ("his wife, Lady Starmer") is that relative, not
 * the person whose surname it shares: it leaves the cluster and becomes a person of its own.
 */
export function splitRelatives(doc: NerDocument, clusters: readonly Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters) {
    if (c.type !== 'person') {
      out.push(c);
      continue;
    }
    const full = Math.max(...c.mentions.map((m) => m.text.split(/\s+/).length));
    const relatives = c.mentions.filter((m) => {
      if (m.caps || m.text.split(/\s+/).length >= full) return false;
      const role = findRole(doc, m, () => null);
      return role !== null && isKinshipRole(role);
    });
    if (!relatives.length) {
      out.push(c);
      continue;
    }
    out.push({ ...c, mentions: c.mentions.filter((m) => !relatives.includes(m)) });
    for (const m of relatives) out.push({ type: 'person', name: titledName(doc, m), mentions: [m] });
  }
  return out;
}

/** "Lady Starmer" rather than "Starmer", which would read as the person the relative is related to. */
function titledName(doc: NerDocument, m: RawMention): string {
  const before = doc.tokens[m.tokenStart - 1];
  if (before && doc.sentenceOf[m.tokenStart - 1] === m.sentence && /^\p{Lu}\p{Ll}+\.?$/u.test(before.text))
    if (/^(?:Lady|Lord|Sir|Dame|Mrs|Mr|Ms|Miss|Dr|Baroness|Baron)\.?$/.test(before.text))
      return `${before.text} ${m.text}`;
  return m.text;
}
