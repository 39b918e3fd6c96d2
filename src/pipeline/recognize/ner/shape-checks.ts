/**
 * What a mention's own words say about it, beside the tagger: a head word fixes the type ("Downing Street" is a
 * place, "Labour Party" an organization, "AdImpact" a company), and some single words are never a name on their own
 * ("Black" before "voters", "Britons", "the Duchess", "Office").
 */
import type { EntityType } from '../../../shared/types';
import type { NerDocument } from './document';
import { roleWords } from '../../../languages/en/role-words';
import {
  DOCUMENT_HEADS,
  DOCUMENT_PART,
  INNER_CAPITAL,
  INNER_CAPITAL_SURNAME,
  NOBLE_TITLES,
  EVENT_HEADS,
  ORGANIZATION_HEADS,
  PEOPLE_GROUPS,
  PLACE_HEADS,
  SHARED_PLACE_HEADS,
  STATE_UNIVERSITY_PLACES,
  STREET_HEADS,
} from '../../../languages/en/name-shapes';

/** The type a mention's last word gives it, or the tagger's type. Events keep theirs. */
export function typeByShape(words: readonly string[], type: EntityType): EntityType {
  if (type === 'event' || type === 'date') return type;
  const last = words[words.length - 1] ?? '';
  if (isStateUniversity(words)) return 'organization';
  if (words.length > 1 && ORGANIZATION_HEADS.has(last) && !(type === 'place' && SHARED_PLACE_HEADS.has(last)))
    return 'organization';
  // Over a person only: "Notts County" and "Ross County" the clubs stay organizations.
  if (words.length > 1 && PLACE_HEADS.has(last) && (type === 'person' || STREET_HEADS.has(last))) return 'place';
  // Not over a person: "Doris Day" is no holiday.
  if (words.length > 1 && EVENT_HEADS.has(last) && type !== 'person') return 'event';
  if (words.length === 1 && type === 'person' && INNER_CAPITAL.test(last) && !INNER_CAPITAL_SURNAME.test(last))
    return 'organization';
  return type;
}

const ROLE_WORDS = new Set([...roleWords.roles, ...roleWords.titles]);
// "Duchess of Cambridge" names a person: titles of nobility are no office.
const isRoleWord = (w: string) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && !NOBLE_TITLES.has(w);

/**
 * An office, not a name: role words only ("Prime Minister", "Attorney General", "Vice President"), or a role word
 * with what it is of ("Secretary of State", "Minister for Health"). A name the gazetteer knows ("General Motors")
 * is not asked.
 */
export function isOffice(words: readonly string[]): boolean {
  if (words.length < 2 || !isRoleWord(words[0]!)) return false;
  if (words.every(isRoleWord)) return true;
  return words[1] === 'of' || words[1] === 'for';
}

/** "Penn State", "Michigan State": a university named after its state or town (STATE_UNIVERSITY_PLACES). */
const isStateUniversity = (words: readonly string[]) =>
  words.length > 1 && words[words.length - 1] === 'State' && STATE_UNIVERSITY_PLACES.has(words.slice(0, -1).join(' '));

/**
 * A law's, treaty's or founding text's name ("the Constitution", "Clean Air Act"), or one of its parts ("Title IX"):
 * a document, not P/O/L.
 */
export function isDocumentName(words: readonly string[], next = ''): boolean {
  const last = words[words.length - 1] ?? '';
  // The tagger may leave the number out of its span ("Article" of "Article 50").
  if (DOCUMENT_PART.test(words.join(' ')) || (words.length === 1 && DOCUMENT_PART.test(`${last} ${next}`))) return true;
  return DOCUMENT_HEADS.has(last) && (words.length > 1 || last === 'Constitution');
}

/** One word that is a head, a title or a group of people, never a name by itself. */
export function isBareWord(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word) || NOBLE_TITLES.has(word) || PEOPLE_GROUPS.has(word);
}

/** "E." of "E. coli", "A." of a list: one letter, with or without its period, is an initial and names nothing alone. */
export const isLoneInitial = (text: string): boolean => /^\p{Lu}\.?$/u.test(text);

/** "Senators", "Ministers": a plural of a role word names several people, never one. */
export function isPluralRole(word: string): boolean {
  return /[^s]s$/.test(word) && isRoleWord(word.slice(0, -1));
}

/** Words of a sentence, never of a name: a span holding one is a title or a quote ("Look What You Made Me Do"). */
const SENTENCE_WORDS =
  /^(?:I|Me|My|You|Your|We|Us|Our|It|Its|They|Them|Their|He|Him|His|She|Her|Is|Are|Was|Were|Do|Does|Did|Made|Make|Get|Got)$/;

export function holdsSentenceWords(words: readonly string[]): boolean {
  return words.length > 2 && words.some((w, i) => i > 0 && SENTENCE_WORDS.test(w));
}

/**
 * A title in quotation marks, alone between them ("“Look What You Made Me Do”", "“A Charlie Brown Christmas,”"):
 * a song, film or book, not a person, organization or place. One-word quotes may be a nickname and stay.
 */
export function isQuotedTitle(text: string, start: number, end: number, words: number): boolean {
  if (words < 2) return false;
  return /["“‘]$/.test(text.slice(Math.max(0, start - 1), start)) && /^[,.!?]?["”’]/.test(text.slice(end, end + 2));
}

/**
 * A capitalized common word that the article also writes in lower case ("Election" in a headline, "election" in
 * the text) is that word, not a name.
 */
export function writtenLowerElsewhere(doc: NerDocument, word: string, isCommonWord: (w: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (lower === word || !isCommonWord(lower)) return false;
  // Capitalized inside a sentence ("said Apple"), it is used as a name, whatever else the article does with it.
  if (new RegExp(`[\\p{Ll},;] +${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(doc.text)) return false;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(doc.text);
}

/**
 * "States like Oregon …", "City officials declared …": a word opening its sentence before a lower-case word, which
 * the article writes in lower case elsewhere ("other states") and never capitalized right after a lower-case word
 * ("passed the House"), is the word, even where the gazetteer knows it from names ("United States").
 */
export function isCommonOpener(doc: NerDocument, word: string, next: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || !/^\p{Ll}/u.test(next)) return false;
  if (new RegExp(`(?<![\\p{L}])\\p{Ll}+ +${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(doc.text)) return false;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(doc.text);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Radio-Canada", "Rádio Bandeirantes", "Le Figaro": a news outlet (a word of `outletWords` in the name, whole or
 * as part of a hyphenated word, or a name of `outletNames`), which the tagger reads as the place or person it is
 * named after. A street or square named after one ("Radio Street") stays a place.
 */
export function isOutletName(
  words: readonly string[],
  key: string,
  outletWords: ReadonlySet<string>,
  outletNames: ReadonlySet<string>,
): boolean {
  if (outletNames.has(key)) return true;
  if (PLACE_HEADS.has(words[words.length - 1] ?? '')) return false;
  return words.some((w) => outletWords.has(w) || (w.includes('-') && w.split('-').some((p) => outletWords.has(p))));
}
