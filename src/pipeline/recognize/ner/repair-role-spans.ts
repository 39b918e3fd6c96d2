/**
 * Outside English, a role the tagger read into a name, taken out before mentions are read:
 * - a compound title opening a person's span ("EU-Kommissionspräsidentin" + "Ursula"): the name starts after it;
 * - a role word tagged as a person alone before the rest of its role ("le Premier ministre"): no name at all;
 * - a span opened by a lower-case role and its link ("ministre des Affaires étrangères"): an office, no organization;
 * - a span opened by an organization's head in apposition ("agenzia Ansa"): the name after it, an organization;
 * - a compound noun describing the name after it ("Kremlchef Wladimir Putin", "Nachrichtenagentur Reuters"): the
 *   name starts after it, a person or an organization by the noun's ending;
 * - a role's complement run into its holder's name ("presidente del Consiglio Giorgia Meloni", "kanclerza Niemiec
 *   Olafa Scholza", "Пресс-секретарь Кремля Дмитрий Песков"): the complement is an organization or a place, the rest
 *   the person, who then reads the whole phrase as their role (roles.ts);
 * - a word that finishes an office ("le président de la République Emmanuel Macron"): no place, no name;
 * - a role, its modifiers and the name read as one MISC span ("La Première ministre britannique Liz Truss"): the
 *   name is the person.
 * English's own repairs of the same constructions are in repair-titles.ts and repair-spans.ts, tuned on its pages.
 */
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { descriptorType, isOrganizationHead, isRoleWord } from './name-words';
import { NAME_PARTICLES } from './repair-spans';
import { indexSpans, TAG_INDEX } from './tags';

const B_PER = TAG_INDEX.get('B-PER')!;
const I_PER = TAG_INDEX.get('I-PER')!;
const B_ORG = TAG_INDEX.get('B-ORG')!;
const I_ORG = TAG_INDEX.get('I-ORG')!;
const B_LOC = TAG_INDEX.get('B-LOC')!;
const I_LOC = TAG_INDEX.get('I-LOC')!;
const B_MISC = TAG_INDEX.get('B-MISC')!;
const bit = (type: (typeof GAZ_TYPES)[number]) => 1 << GAZ_TYPES.indexOf(type);
const PERSON_BITS = bit('PER') | bit('FIRST');
/** Most words of a holder's name split off a complement ("Ursula von der Leyen"). */
const MAX_NAME_WORDS = 4;

export interface RoleSpanOptions {
  /** Most words (links and articles) between a role and the complement it was run into ("presidente della"). */
  maxLinks?: number;
}

const spanText = (doc: NerDocument, a: number, b: number) =>
  doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
const capitalized = (s: string) => /^\p{Lu}/u.test(s);
const lowerCase = (s: string) => /^\p{Ll}/u.test(s);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function repairRoleSpans(doc: NerDocument, lexicons: Lexicons, options: RoleSpanOptions = {}): void {
  if (doc.words.english) return;
  const maxLinks = options.maxLinks ?? 2;
  for (const { type, start, end } of indexSpans(doc.tags)) {
    if (type !== 'PER' && nameAfterRolePhrase(doc, lexicons, start, end)) continue;
    if (descriptorOpening(doc, start, end) || describedSpan(doc, start, end)) continue;
    if (type === 'PER') titleOutOfPerson(doc, start, end);
    else if (lowerCase(doc.tokens[start]!.text)) lowerCaseOpening(doc, start, end);
  }
  for (const { start, end } of indexSpans(doc.tags)) splitComplement(doc, lexicons, start, end, maxLinks);
  // After the split, so "República" + "Marcelo Rebelo de Sousa" run into one place is the office and the person.
  for (const { start, end } of indexSpans(doc.tags)) officeComplement(doc, start, end, maxLinks);
}

/**
 * "le président de la République" + "Emmanuel Macron": a word that finishes the role after its link names nothing
 * by itself. Alone it is no name; at the head of a person's span the name starts after it.
 */
function officeComplement(doc: NerDocument, a: number, b: number, maxLinks: number): void {
  const { tokens, tags, words } = doc;
  if (!words.officeComplements.has(tokens[a]!.text.toLowerCase()) || !afterRole(doc, a, maxLinks)) return;
  if (b - a === 1) tags[a] = 0;
  else if (tags[a] === B_PER && capitalized(tokens[a + 1]!.text)) {
    tags[a] = 0;
    tags[a + 1] = B_PER;
  }
}

/**
 * "La Première ministre britannique Liz Truss" read as one MISC (or organization) span: a role, lower-case
 * modifiers after it ("britannique"), then capitalized words the gazetteer or the tagger reads as a person's name.
 * The name is the person; the role before it is no name (roles.ts reads it as the person's role).
 */
function nameAfterRolePhrase(doc: NerDocument, lexicons: Lexicons, a: number, b: number): boolean {
  const { tokens, tags, words, sentenceOf } = doc;
  let r = a;
  while (r < b && !isRoleWord(words, tokens[r]!.text)) r++;
  if (r >= b - 1 || sentenceOf[b - 1] !== sentenceOf[a] || words.events.heads.test(spanText(doc, a, b))) return false;
  // "Première" + "ministre" + "britannique": the rest of the role and its modifiers.
  let n = r + 1;
  const roleGoesOn = (w: string) => words.modifiers.has(w.toLowerCase()) || isRoleWord(words, w);
  while (n < b && lowerCase(tokens[n]!.text) && roleGoesOn(tokens[n]!.text)) n++;
  if (n >= b || !capitalized(tokens[n]!.text)) return false;
  // A role noun in lower case ("ministre"), not an ordinal that opens a name ("Primera Guerra Mundial").
  let noun = false;
  for (let k = r; k < n; k++) if (lowerCase(tokens[k]!.text) && isRoleWord(words, tokens[k]!.text)) noun = true;
  if (!noun) return false;
  // Links and capitalized words after the role are its complement ("ministre des Affaires étrangères"), not a name.
  for (let k = n; k < b; k++) {
    const w = tokens[k]!.text;
    if (!capitalized(w) || isRoleWord(words, w) || isOrganizationHead(words, w)) return false;
  }
  const gaz = (i: number) => lexicons.gazetteer(phraseHash([tokens[i]!.text.toLowerCase()]));
  const known = (gaz(n) & bit('FIRST')) !== 0 || (gaz(b - 1) & bit('PER')) !== 0;
  // Two words or more the gazetteer does not know pass where the tagger read them as a name (MISC), not an office.
  if (b - n > MAX_NAME_WORDS || (b - n < 2 && !known) || (b - n >= 2 && !known && tags[a] !== B_MISC)) return false;
  tags.fill(0, a, n);
  tags[n] = B_PER;
  tags.fill(I_PER, n + 1, b);
  if (doc.joinedNames.get(a) === b) doc.joinedNames.delete(a);
  return true;
}

/** "Kremlchef Wladimir Putin", "Chiphersteller Infineon": a describing compound taken out of the span it opens. */
function descriptorOpening(doc: NerDocument, a: number, b: number): boolean {
  const { tokens, tags } = doc;
  const first = tokens[a]!.text;
  if (b - a < 2 || !/^\p{Lu}\p{Ll}+$/u.test(first) || !capitalized(tokens[a + 1]!.text)) return false;
  const type = descriptorType(doc.words, first);
  if (!type) return false;
  tags[a] = 0;
  tags[a + 1] = type === 'person' ? B_PER : B_ORG;
  tags.fill(type === 'person' ? I_PER : I_ORG, a + 2, b);
  if (doc.joinedNames.get(a) === b) doc.joinedNames.delete(a);
  return true;
}

/** "Nachrichtenagentur" + "Reuters" tagged a person: the describing compound before a span gives its type. */
function describedSpan(doc: NerDocument, a: number, b: number): boolean {
  const { tokens, tags, sentenceOf } = doc;
  const before = tokens[a - 1]?.text ?? '';
  if (a === 0 || tags[a - 1] !== 0 || sentenceOf[a - 1] !== sentenceOf[a] || !/^\p{Lu}\p{Ll}+$/u.test(before))
    return false;
  const type = descriptorType(doc.words, before);
  if (!type) return false;
  tags[a] = type === 'person' ? B_PER : B_ORG;
  tags.fill(type === 'person' ? I_PER : I_ORG, a + 1, b);
  return true;
}

/** "EU-Kommissionspräsidentin Ursula": a role opening a person's span; "Premier" + "ministre": a role alone. */
function titleOutOfPerson(doc: NerDocument, a: number, b: number): void {
  const { tokens, tags, words } = doc;
  const first = tokens[a]!.text;
  if (!isRoleWord(words, first)) return;
  // Only a compound: a plain title stays with the name as the tagger read it ("Papa Francesco"), or leaves it by
  // the title rules of repair-spans.ts.
  if (b - a >= 2 && capitalized(tokens[a + 1]!.text) && !words.roles.has(first.toLowerCase())) {
    tags[a] = 0;
    tags[a + 1] = B_PER;
    return;
  }
  const next = tokens[b]?.text ?? '';
  if (b - a === 1 && doc.sentenceOf[b] === doc.sentenceOf[a] && lowerCase(next) && isRoleWord(words, next)) tags[a] = 0;
}

/**
 * A span the tagger opened with a lower-case word: a role and its complement is no name ("le premier Empire" is); an organization's head in apposition
 * ("agenzia Ansa", not "provincia di Pisa", "monte Fuji" or "ministère de l'Économie", which name what they are)
 * leaves the name, which it makes an organization.
 */
function lowerCaseOpening(doc: NerDocument, a: number, b: number): void {
  const { tokens, tags, words } = doc;
  const first = tokens[a]!.text;
  const next = tokens[a + 1]?.text.toLowerCase() ?? '';
  const link = words.organizations.of.has(next) || words.roleComplements.has(next);
  if (b - a >= 2 && link && isRoleWord(words, first)) {
    tags.fill(0, a, b);
    return;
  }
  if (b - a < 2 || !capitalized(tokens[a + 1]!.text) || !isOrganizationHead(words, capitalize(first))) return;
  // A language that writes its ministries lower-case lists the head so ("ministère"): a name of its own.
  if (words.organizations.heads.has(first)) return;
  tags[a] = 0;
  tags[a + 1] = B_ORG;
  tags.fill(I_ORG, a + 2, b);
}

/**
 * A role, then at most `maxLinks` links ("del", "de la"), then a span whose first word (with the lower-case words
 * after it, "Commissione europea") is an organization's head or a place or organization the gazetteer knows, or
 * stands before a given name it knows ("Bavière Markus"); two or more capitalized words are left for the person.
 */
function splitComplement(doc: NerDocument, lexicons: Lexicons, a: number, b: number, maxLinks: number): void {
  const { tokens, tags, words, sentenceOf } = doc;
  if (!capitalized(tokens[a]!.text) || !afterRole(doc, a, maxLinks)) return;
  // Lower-case words after the first are its adjectives ("Commissione europea"); a link joins a longer name.
  let k = a + 1;
  while (k < b && lowerCase(tokens[k]!.text) && !words.organizations.of.has(tokens[k]!.text)) k++;
  if (
    b - k < 2 ||
    !capitalized(tokens[k]!.text) ||
    !capitalized(tokens[b - 1]!.text) ||
    sentenceOf[b - 1] !== sentenceOf[a]
  )
    return;
  const gaz = (i: number) => lexicons.gazetteer(phraseHash([tokens[i]!.text.toLowerCase()]));
  const first = gaz(a);
  const head = isOrganizationHead(words, tokens[a]!.text);
  const known = (first & (bit('LOC') | bit('ORG'))) !== 0 && (first & PERSON_BITS) === 0;
  const beforeGiven = (first & PERSON_BITS) === 0 && (gaz(k) & bit('FIRST')) !== 0;
  if (!head && !known && !beforeGiven) return;
  if (!holderName(doc, lexicons, k, b, head && tags[a] !== B_PER)) return;
  const organization = head || ((first & bit('ORG')) !== 0 && (first & bit('LOC')) === 0);
  tags[a] = organization ? B_ORG : B_LOC;
  tags.fill(organization ? I_ORG : I_LOC, a + 1, k);
  tags[k] = B_PER;
  tags.fill(I_PER, k + 1, b);
  if (doc.joinedNames.get(a) === b) doc.joinedNames.delete(a);
}

/**
 * The words [k, b) read as a person's name: capitalized words (and particles, "von der"), no head word, at most
 * four, and a person by the gazetteer (one of them a known name) or by the tagger (the span was a person's). Two
 * words the gazetteer does not know at all after a head word count too ("Consiglio" + "Giorgia Meloni"), not a
 * name's own parts ("Federación" + "Hotelera de Baleares").
 */
function holderName(doc: NerDocument, lexicons: Lexicons, k: number, b: number, afterHead: boolean): boolean {
  const { tokens, tags, words } = doc;
  if (b - k > MAX_NAME_WORDS) return false;
  let known = false;
  let unknown = true;
  for (let i = k; i < b; i++) {
    const w = tokens[i]!.text;
    if (!capitalized(w)) {
      if (NAME_PARTICLES.has(w)) continue;
      return false;
    }
    if (isOrganizationHead(words, w)) return false;
    const bits = lexicons.gazetteer(phraseHash([w.toLowerCase()]));
    if ((bits & PERSON_BITS) !== 0) known = true;
    if (bits !== 0) unknown = false;
  }
  return known || tags[k] === I_PER || (afterHead && unknown && b - k === 2);
}

/** Whether a role word stands before token `a`, with at most `maxLinks` links or articles between. */
function afterRole(doc: NerDocument, a: number, maxLinks: number): boolean {
  const { tokens, tags, words, sentenceOf } = doc;
  const { of, articles } = words.organizations;
  for (let i = a - 1; i >= 0 && a - 1 - i <= maxLinks && sentenceOf[i] === sentenceOf[a] && tags[i] === 0; i--) {
    const w = tokens[i]!.text;
    if (isRoleWord(words, w)) return true;
    const lw = w.toLowerCase();
    if (!of.has(lw) && !articles.has(lw) && !words.roleComplements.has(lw)) return false;
  }
  return false;
}
