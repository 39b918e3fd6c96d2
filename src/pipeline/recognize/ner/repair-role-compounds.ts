/**
 * Outside English, a hyphenated role compound before a name ("US-Präsident Joe Biden", "SPD-Chef Lars Klingbeil",
 * "die frühere CDU-Vorsitzende Annegret Kramp-Karrenbauer"): training data mark the compound itself MISC or
 * nothing, and the tagger often runs it into the name as one MISC span or leaves the name untagged. The name after
 * it is the person (who reads the compound as their role, roles.ts); the compound is no part of it.
 */
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { hashString } from './hash';
import { descriptorType, isOrganizationHead, isRoleWord } from './name-words';
import { NAME_PARTICLES } from './repair-spans';
import { isInside, TAG_INDEX } from './tags';

const B_PER = TAG_INDEX.get('B-PER')!;
const I_PER = TAG_INDEX.get('I-PER')!;
const B_ORG = TAG_INDEX.get('B-ORG')!;
const B_LOC = TAG_INDEX.get('B-LOC')!;
const I_LOC = TAG_INDEX.get('I-LOC')!;
const I_ORG = TAG_INDEX.get('I-ORG')!;
const bit = (type: (typeof GAZ_TYPES)[number]) => 1 << GAZ_TYPES.indexOf(type);
const PERSON_BITS = bit('PER') | bit('FIRST');
/** Particles that are articles too ("der", "den"): inside a name only after another particle ("von der"). */
const ARTICLES = new Set(['der', 'den', 'das', 'la', 'le', 'el']);

/** "US-Präsident", "Ex-Kanzlerin", "CDU-Vorsitzende": a capitalized first part, a hyphen, and the role. */
const COMPOUND = /^(\p{Lu}[\p{L}\d]*)-(?:[\p{L}\d]+-)*(\p{L}+)$/u;
/** A word of a name: capitalized, hyphenated parts too ("Kramp-Karrenbauer"), an initial ("George W."). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*\.?$/u;

export interface RoleCompoundOptions {
  /** Most words of the name after the compound. */
  maxNameWords?: number;
}

/** The role word a compound ends in ("Präsident" of "US-Präsident"), or null when it is no role compound. */
export function roleCompound(doc: NerDocument, word: string): { prefix: string } | null {
  const m = COMPOUND.exec(word);
  if (!m) return null;
  const tail = m[2]!;
  return isRoleWord(doc.words, tail) || descriptorType(doc.words, tail) === 'person' ? { prefix: m[1]! } : null;
}

export function repairRoleCompounds(doc: NerDocument, lexicons: Lexicons, options: RoleCompoundOptions = {}): void {
  if (doc.words.english) return;
  const { tokens, tags } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!roleCompound(doc, tokens[i]!.text)) continue;
    const end = nameAfter(doc, lexicons, i + 1, options.maxNameWords ?? 4);
    if (end < 0) continue;
    // A span the compound opened or ran into the name ends with the compound.
    if (tags[i] !== 0 && tags[i] !== B_PER && isInside(tags[i + 1]!)) tags[i] = 0;
    if (tags[i] === B_PER) tags[i] = 0;
    tags[i + 1] = B_PER;
    tags.fill(I_PER, i + 2, end);
    // What the old span went on with after the name: words that are no name leave it ("traf" of "Angela Merkel
    // traf Grünen-Chefin Ricarda Lang"), and a name after them opens a span of its own.
    let k = end;
    while (k < tokens.length && isInside(tags[k]!) && !NAME_WORD.test(tokens[k]!.text)) tags[k++] = 0;
    if (k < tokens.length && isInside(tags[k]!)) tags[k] = tags[k]! - 1;
    i = end - 1;
  }
}

/**
 * The end of the name that starts at `k` right after a role compound, or -1 for none: capitalized words (particles
 * inside, "Ursula von der Leyen"), no role, head or common word among them, at most `max`, and a person by the
 * gazetteer (a given name first, or a known person) or by the tagger (it tagged a word of it a person, or ran the
 * compound's MISC span over two words or more).
 */
function nameAfter(doc: NerDocument, lexicons: Lexicons, k: number, max: number): number {
  const { tokens, tags, sentenceOf, words } = doc;
  const gaz = (i: number) => lexicons.gazetteer(phraseHash([tokens[i]!.text.toLowerCase()]));
  let end = k;
  while (end < tokens.length && end - k < max && sentenceOf[end] === sentenceOf[k - 1]) {
    const w = tokens[end]!.text;
    // "Ursula von der Leyen", not "Helmut Schlich der Kölner Tageszeitung": an article only after another particle.
    const particle = NAME_PARTICLES.has(w) && (!ARTICLES.has(w) || NAME_PARTICLES.has(tokens[end - 1]!.text));
    if (particle && end > k && NAME_WORD.test(tokens[end + 1]?.text ?? '')) {
      end++;
      continue;
    }
    if (!NAME_WORD.test(w) || isRoleWord(words, w) || isOrganizationHead(words, w)) break;
    const lw = w.toLowerCase();
    // A common noun ends the name, except as a surname after a given name ("Bernd Luft", "Fritz Rudolf Körper").
    const afterGiven = end > k && (gaz(end - 1) & bit('FIRST')) !== 0;
    const common = lexicons.isCommonWord(hashString(lw)) && (gaz(end) & PERSON_BITS) === 0;
    if (words.notNames.has(lw) || (common && !afterGiven)) break;
    // A place or organization the tagger read there ("US-Präsident in Washington" has none) is no holder's name.
    const tag = tags[end]!;
    if (tag === B_ORG || tag === I_ORG || tag === B_LOC || tag === I_LOC) break;
    end++;
  }
  if (end === k || !NAME_WORD.test(tokens[end - 1]!.text) || tokens[end - 1]!.text.endsWith('.')) return -1;
  let tagged = false;
  for (let i = k; i < end; i++) if (tags[i] === B_PER || tags[i] === I_PER) tagged = true;
  const ranInto = tags[k - 1] !== 0 && isInside(tags[k]!) && end - k >= 2;
  const given = (gaz(k) & bit('FIRST')) !== 0 && end - k >= 2;
  const known = (gaz(k) & bit('PER')) !== 0 || (gaz(end - 1) & bit('PER')) !== 0;
  return tagged || ranInto || given || known ? end : -1;
}
