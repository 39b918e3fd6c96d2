/**
 * The first part of a role compound that names a place or an organization ("US" of "US-Präsident", "SPD" of
 * "SPD-Chef Lars Klingbeil"), by the pack's list, else by the gazetteer (a place where it knows one, an organization
 * where it knows only that); "Ex-", "Vize-" name nothing. A name the article writes on its own is already an entity.
 * One it names only inside compounds is held back as unsure: the cards look it up and show it when it links (a
 * party, a country), and it is no mention of its own to the tune sets, which mark the whole compound MISC or
 * nothing (listed as entities, they cost the CoNLL-2003 de tune half 0.708 -> 0.705 F1: thirteen "false" names).
 */
import type { Entity } from '../../../shared/types';
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import type { Cluster } from './group';
import { nameKey } from './name-words';
import { roleCompound } from './repair-role-compounds';
import { isInside, TAG_INDEX } from './tags';

const B_PER = TAG_INDEX.get('B-PER')!;
const bit = (type: (typeof GAZ_TYPES)[number]) => 1 << GAZ_TYPES.indexOf(type);

export function compoundPrefixNames(doc: NerDocument, lexicons: Lexicons, clusters: readonly Cluster[]): Entity[] {
  if (doc.words.english) return [];
  const named = new Set(clusters.flatMap((c) => [nameKey(c.name), ...c.mentions.map((m) => nameKey(m.text))]));
  const found = new Map<string, Entity>();
  doc.tokens.forEach((t, i) => {
    const compound = roleCompound(doc, t.text);
    // A compound still inside a tagged name ("EU-Kommissionspräsidentin Ursula" the tagger kept) is left to it.
    if (!compound || doc.tags[i] === B_PER || isInside(doc.tags[i]!)) return;
    const { prefix } = compound;
    const type =
      doc.words.compoundPrefixes.get(prefix) ?? gazetteerType(lexicons.gazetteer(phraseHash([prefix.toLowerCase()])));
    const key = nameKey(prefix);
    if (!type || named.has(key)) return;
    const mention = { text: prefix, start: t.start, end: t.start + prefix.length };
    const entity = found.get(key);
    if (entity) entity.mentions.push(mention);
    else found.set(key, { type, name: prefix, mentions: [mention], unsure: true });
  });
  return [...found.values()];
}

function gazetteerType(bits: number): 'place' | 'organization' | null {
  if ((bits & (bit('PER') | bit('FIRST'))) !== 0) return null;
  if ((bits & bit('LOC')) !== 0) return 'place';
  return (bits & bit('ORG')) !== 0 ? 'organization' : null;
}
