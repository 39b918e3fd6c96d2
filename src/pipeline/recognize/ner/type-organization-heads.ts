/**
 * Outside English, an organization's name the tagger typed as a place or a person: a span opened by an
 * organization's head word ("Ministério da Economia", "Ministerstwo Rozwoju", "Министерством") is an organization
 * when its "of" part follows the head (or the language puts the genitive straight after it), or the head stands
 * alone where the tagger read a person; a head with adjectives only keeps the tagger's type ("Unione Sovietica"),
 * and so does a place named after a place the gazetteer knows ("Universiteit van Amsterdam", a campus too). A place the tagger ran into the
 * name after a "where" word ("Kancelarii Premiera w Warszawie") is a place of its own when the gazetteer knows it.
 * English's head words type its names in shape-checks.ts.
 */
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { isOrganizationHead } from './name-words';
import { indexSpans, TAG_INDEX } from './tags';

const B_ORG = TAG_INDEX.get('B-ORG')!;
const I_ORG = TAG_INDEX.get('I-ORG')!;
const B_LOC = TAG_INDEX.get('B-LOC')!;
const I_LOC = TAG_INDEX.get('I-LOC')!;
const LOC_BIT = 1 << GAZ_TYPES.indexOf('LOC');

export function typeOrganizationHeads(doc: NerDocument, lexicons: Lexicons): void {
  if (doc.words.english) return;
  for (const { type, start, end } of indexSpans(doc.tags)) {
    if (type === 'PER' || type === 'LOC') splitWhere(doc, lexicons, start, end);
  }
  for (const { type, start, end } of indexSpans(doc.tags)) {
    if ((type === 'PER' || type === 'LOC') && headedName(doc, lexicons, start, end, type === 'PER')) {
      doc.tags[start] = B_ORG;
      doc.tags.fill(I_ORG, start + 1, end);
    }
  }
}

/** A lone head word read as a person ("Министерством"); as a place it may be one ("la Federazione" in fiction). */
function headedName(doc: NerDocument, lexicons: Lexicons, a: number, b: number, person: boolean): boolean {
  const { tokens, words } = doc;
  if (!isOrganizationHead(words, tokens[a]!.text)) return false;
  if (b - a === 1) return person;
  const { of, afterHead } = words.organizations;
  if (!of.has(tokens[a + 1]!.text.toLowerCase()) && afterHead !== 'genitive') return false;
  // "Universidade de Uppsala", "Federatie van Bosnië": named after a place, the tagger's place may be right.
  if (!person) for (let k = a + 1; k < b; k++) if ((gazetteer(lexicons, tokens[k]!.text) & LOC_BIT) !== 0) return false;
  return true;
}

const gazetteer = (lexicons: Lexicons, word: string) => lexicons.gazetteer(phraseHash([word.toLowerCase()]));

/** "… w Warszawie" at the end of a span opened by a head word: the place leaves it. */
function splitWhere(doc: NerDocument, lexicons: Lexicons, a: number, b: number): void {
  const { tokens, tags, words } = doc;
  if (!isOrganizationHead(words, tokens[a]!.text)) return;
  for (let k = a + 1; k + 1 < b; k++) {
    if (!words.where.has(tokens[k]!.text)) continue;
    const place = tokens[k + 1]!.text;
    if (!/^\p{Lu}/u.test(place) || (gazetteer(lexicons, place) & LOC_BIT) === 0) return;
    tags.fill(0, k, k + 1);
    tags[k + 1] = B_LOC;
    tags.fill(I_LOC, k + 2, b);
    doc.joinedNames.delete(a);
    return;
  }
}
