/**
 * The role an article gives a person, from the words around a mention: a title before the name ("Russian
 * President Vladimir Putin"), an appositive after it ("Andrey Denisov, Russian envoy to Beijing told"; "Mikhail
 * Gorbachev, the last leader of the USSR") or before it ("his Chinese counterpart, Xi Jinping" → "Putin's Chinese
 * counterpart"). A phrase counts only when it holds a role word, so "Samarkand, Uzbekistan" is no role.
 */
import type { NerDocument } from './document';
import type { RawMention } from './mentions';
import { descriptorType, isRoleWord } from './name-words';
import { roleCompound } from './repair-role-compounds';

export interface RoleOptions {
  /** Longest appositive, in tokens. */
  maxAppositive?: number;
}

const lower = (w: string) => w.toLowerCase();
const isRole = (doc: NerDocument, w: string) => isRoleWord(doc.words, w);
const isDeterminer = (doc: NerDocument, w: string) => doc.words.determiners.has(lower(w));
const isFunction = (doc: NerDocument, w: string) => doc.words.functionWords.has(lower(w));
const isModifier = (doc: NerDocument, w: string) => doc.words.modifiers.has(lower(w));

/** `personBefore(token)`: the short name of the person mentioned last before that token in its sentence. */
export function findRole(
  doc: NerDocument,
  m: RawMention,
  personBefore: (token: number) => string | null,
  options: RoleOptions = {},
): string | null {
  return (
    titleBefore(doc, m) ??
    appositiveAfter(doc, m, options.maxAppositive ?? 10) ??
    appositiveBefore(doc, m, personBefore)
  );
}

function sameSentence(doc: NerDocument, i: number, m: RawMention): boolean {
  return i >= 0 && i < doc.tokens.length && doc.sentenceOf[i] === m.sentence;
}

const isName = (doc: NerDocument, i: number) => doc.tags[i] !== 0 && doc.tags[i] !== 7 && doc.tags[i] !== 8; // 7/8: MISC
/** Places, organizations and nationalities may be part of a title ("U.S. President", "ECB President"); people not. */
const isPerson = (doc: NerDocument, i: number) => doc.tags[i] === 1 || doc.tags[i] === 2;

function titleBefore(doc: NerDocument, m: RawMention): string | null {
  let i = m.tokenStart - 1;
  let hasRole = false;
  const longest = doc.words.english ? 6 : 8;
  while (sameSentence(doc, i, m) && m.tokenStart - i <= longest) {
    const w = doc.tokens[i]!.text;
    if (isPerson(doc, i)) break;
    // The role's complement comes after it, so it is read before the role is reached.
    if (!hasRole && !doc.words.english && inComplement(doc, i)) {
      i--;
      continue;
    }
    if (isDeterminer(doc, w) || isFunction(doc, w)) break;
    // "Auch Ex-Präsident Donald Trump": outside English, a capitalized word that is never a name opens no title.
    if (!doc.words.english && !isRole(doc, w) && doc.words.notNames.has(lower(w))) break;
    // "Ex-Verfassungsschutzchef", "Kremlchef": a compound ending in a role or a noun describing a person is a title.
    const described = !doc.words.english && (roleCompound(doc, w) || descriptorType(doc.words, w) === 'person');
    if (isRole(doc, w) || described) hasRole = true;
    else if (!isModifier(doc, w) && !/^\p{Lu}[\p{L}.&-]+$/u.test(w)) break;
    i--;
  }
  if (!hasRole) return null;
  return text(doc, i + 1, m.tokenStart);
}

/**
 * Outside English, a word of what a role is of, between the role and the name: a link ("del", "des", "de la"), a
 * lower-case word after a capitalized one or a link ("Affaires étrangères", "du gouvernement"), and where the
 * language puts the genitive after its heads, up to two lower-case words after the role ("министр иностранных дел",
 * "minister spraw zagranicznych"). A lower-case word right after the role is a modifier of the pack's ("le
 * chancelier allemand") or no part of the title ("le président reçoit Olaf Scholz").
 */
function inComplement(doc: NerDocument, i: number): boolean {
  const w = lower(doc.tokens[i]!.text);
  const before = doc.tokens[i - 1]?.text ?? '';
  const link = (x: string) => doc.words.roleComplements.has(lower(x)) || doc.words.organizations.of.has(lower(x));
  if (link(w) && !isRole(doc, w)) return true;
  if (isDeterminer(doc, w)) return link(before);
  if (!/^\p{Ll}/u.test(doc.tokens[i]!.text) || isFunction(doc, w) || isRole(doc, w) || isModifier(doc, w)) return false;
  if (doc.words.appositiveEnds.has(w) || doc.words.notNames.has(w)) return false;
  if (/^\p{Lu}/u.test(before) || link(before)) return true;
  const genitive = doc.words.organizations.afterHead === 'genitive';
  if (!genitive) return false;
  return isRole(doc, before) || (/^\p{Ll}/u.test(before) && isRole(doc, doc.tokens[i - 2]?.text ?? ''));
}

function appositiveAfter(doc: NerDocument, m: RawMention, max: number): string | null {
  const comma = m.tokenEnd;
  if (!sameSentence(doc, comma, m) || doc.tokens[comma]!.text !== ',') return null;
  let hasRole = false;
  let j = comma + 1;
  for (; sameSentence(doc, j, m) && j - comma <= max; j++) {
    const w = doc.tokens[j]!.text;
    if (/^[,.;:!?)”"]$/.test(w) || doc.words.appositiveEnds.has(lower(w))) break;
    if (doc.tags[j] === 1 || doc.tags[j] === 2) return null; // another person: a list, not an appositive
    if (isRole(doc, w)) hasRole = true;
  }
  if (!hasRole || j === comma + 1 || j - comma > max) return null;
  const first = doc.tokens[comma + 1]!.text;
  if (!(isDeterminer(doc, first) || /^\p{Lu}/u.test(first) || isRole(doc, first) || isModifier(doc, first)))
    return null;
  return text(doc, comma + 1, j);
}

function appositiveBefore(
  doc: NerDocument,
  m: RawMention,
  personBefore: (token: number) => string | null,
): string | null {
  // "his wife, Lady Starmer": a title between the comma and the name belongs to the name.
  let comma = m.tokenStart - 1;
  while (sameSentence(doc, comma, m) && doc.words.titles.has(lower(doc.tokens[comma]!.text).replace(/\.$/, '')))
    comma--;
  if (!sameSentence(doc, comma, m) || doc.tokens[comma]!.text !== ',') return null;
  const last = roleBefore(doc, m, comma - 1);
  if (last === null) return null;
  let i = last;
  while (sameSentence(doc, i - 1, m) && last - i < 5) {
    const w = doc.tokens[i - 1]!.text;
    if (/^[,;:(]$/.test(w) || lower(w) === 'and' || isName(doc, i - 1)) break;
    i--;
    if (isDeterminer(doc, w)) break;
  }
  // "Egypt's president": the owner's name belongs to the role.
  if (/^['’]s$/i.test(doc.tokens[i]!.text))
    while (sameSentence(doc, i - 1, m) && isName(doc, i - 1) && last - i < 8) i--;
  const phrase = text(doc, i, comma);
  const head = doc.tokens[i]!.text;
  if (doc.words.possessives.has(lower(head))) {
    const owner = personBefore(i);
    if (owner) return `${owner}'s${phrase.slice(head.length)}`;
  }
  return phrase;
}

/**
 * The role word that ends the phrase before a comma: the last word ("his counterpart,"), or in a language whose
 * roles take a complement, the role before it ("el ministro de Exteriores,", "la ministre de la Justice,").
 */
function roleBefore(doc: NerDocument, m: RawMention, last: number): number | null {
  if (!sameSentence(doc, last, m)) return null;
  if (isRole(doc, doc.tokens[last]!.text)) return last;
  const links = doc.words.roleComplements;
  if (links.size === 0) return null;
  let i = last;
  while (sameSentence(doc, i, m) && last - i < 5) {
    const w = doc.tokens[i]!.text;
    if (isRole(doc, w)) return i < last ? i : null;
    if (!links.has(lower(w)) && !/^\p{Lu}/u.test(w)) return null;
    i--;
  }
  return null;
}

/** Roles that name a relation to someone else: the person holding one is that someone's relative. */
const KINSHIP =
  /\b(?:wife|husband|son|daughter|widow|widower|mother|father|brother|sister|partner|fiancée?|girlfriend|boyfriend|spouse|stepson|stepdaughter)\b/i;

export const isKinshipRole = (role: string) => KINSHIP.test(role);

const text = (doc: NerDocument, a: number, b: number) =>
  doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end).replace(/\s+/g, ' ');
