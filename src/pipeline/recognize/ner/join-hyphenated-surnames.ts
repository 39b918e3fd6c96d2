/**
 * Outside English, a hyphenated surname the tagger left out of the name it ends ("Martina" + "Voss-Tecklenburg",
 * "Anna" + "Nowak-Karpińska"): the training data saw few double-barrelled names, so the span often stops at the
 * given name. A person span that ends in a given name the gazetteer knows goes on over one capitalized word of
 * capitalized hyphenated parts right after it, unless that word is a role ("SPD-Chefin"), a describing compound, an
 * organization's head, or a place or organization the gazetteer knows ("Baden-Württemberg").
 */
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { descriptorType, isOrganizationHead, isRoleWord } from './name-words';
import { TAG_INDEX } from './tags';

const B_PER = TAG_INDEX.get('B-PER')!;
const I_PER = TAG_INDEX.get('I-PER')!;
const bit = (type: (typeof GAZ_TYPES)[number]) => 1 << GAZ_TYPES.indexOf(type);
/** "Voss-Tecklenburg", "Kramp-Karrenbauer", "Leutheusser-Schnarrenberger": capitalized parts joined by hyphens. */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

export function joinHyphenatedSurnames(doc: NerDocument, lexicons: Lexicons): void {
  if (doc.words.english) return;
  const { tokens, tags, sentenceOf, words } = doc;
  const gaz = (w: string) => lexicons.gazetteer(phraseHash([w.toLowerCase()]));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = i + 1;
    if ((tags[i] !== B_PER && tags[i] !== I_PER) || (tags[next] !== 0 && tags[next] !== B_PER)) continue;
    const surname = tokens[next]!.text;
    if (sentenceOf[next] !== sentenceOf[i] || !DOUBLE_BARRELLED.test(surname)) continue;
    if ((gaz(tokens[i]!.text) & bit('FIRST')) === 0) continue;
    // "Martina Voss-Tecklenburg" joins; "Angela Merkel" + "Baden-Württemberg" or another person's span does not.
    if (tags[next] === B_PER && tags[next + 1] === I_PER) continue;
    if (isRoleWord(words, surname) || descriptorType(words, surname) || isOrganizationHead(words, surname)) continue;
    if ((gaz(surname) & (bit('LOC') | bit('ORG'))) !== 0) continue;
    tags[next] = I_PER;
  }
}
