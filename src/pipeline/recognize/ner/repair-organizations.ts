/**
 * Repairs of the tagger's organization spans, applied to the tags before mentions are read. A name built on an
 * organization's head word is one name: "Office for Budget Responsibility" (not "Office" and "Budget
 * Responsibility"), "La. Department of Wildlife and Fisheries" (not "La", "Wildlife" and "Fisheries"). A person's
 * name run straight into another name ("Charles" + "Schwab Cup") belongs to that name.
 */
import type { NerDocument } from './document';
import {
  CLOSING_HEADS,
  EVENT_HEADS,
  ORGANIZATION_HEADS,
  PHRASE_OPENERS,
  PLACE_HEADS,
} from '../../../languages/en/name-shapes';
import type { OrganizationShapes } from './name-words';
import { isInside, TAG_INDEX, typeOfTag } from './tags';

const B_ORG = TAG_INDEX.get('B-ORG')!;
const I_ORG = TAG_INDEX.get('I-ORG')!;
const B_PER = TAG_INDEX.get('B-PER')!;
const I_PER = TAG_INDEX.get('I-PER')!;
/**
 * Articles only right after an "of" word ("Ministry of the Interior"); "and" only once the name has an "of" part
 * ("Department of Wildlife and Fisheries"), and never "and the", which starts a second name.
 */
function joins(shapes: OrganizationShapes, word: string, joined: boolean, previous: string): boolean {
  if (shapes.articles.has(word)) return shapes.of.has(previous);
  if (shapes.and.has(word)) return joined && previous === '';
  return shapes.of.has(word);
}

export function repairOrganizationSpans(doc: NerDocument): void {
  joinHeadToItsName(doc);
  joinOrganizationNames(doc);
  joinPersonIntoName(doc);
  joinOutletCompounds(doc);
}

/**
 * "Radio" + "-" + "Canada": English tokens split a capitalized hyphenated word (its training data does), and the
 * tagger then reads an outlet's name as the outlet word and a place. An outlet word joined by a hyphen, with no
 * space, to a capitalized word is one organization's name.
 */
function joinOutletCompounds(doc: NerDocument): void {
  const { tokens, tags } = doc;
  const { outletWords } = doc.words;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [word, hyphen, next] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!outletWords.has(word.text) || hyphen.text !== '-' || !capitalized(next.text)) continue;
    if (hyphen.start !== word.end || next.start !== hyphen.end) continue;
    // The name the outlet word ends goes with it ("Belleville News" + "-Democrat").
    let start = i;
    while (start > 0 && isInside(tags[start]!)) start--;
    if (tags[start] === 0) start = i;
    let end = i + 3;
    while (isInside(tags[end] ?? 0)) end++;
    tags[start] = B_ORG;
    for (let k = start + 1; k < end; k++) tags[k] = I_ORG;
    doc.joinedNames.set(start, end);
    i = end - 1;
  }
}

const capitalized = (s: string) => /^\p{Lu}/u.test(s);

function joinOrganizationNames(doc: NerDocument): void {
  const { tokens, tags, sentenceOf } = doc;
  const { heads } = doc.words.organizations;
  for (let h = 0; h < tokens.length; h++) {
    // In a Title Case line too ("La. Department of Wildlife and Fisheries:"); in capitals no head word matches.
    if (!heads.has(tokens[h]!.text)) continue;
    const s = sentenceOf[h]!;
    const same = (k: number) => k >= 0 && k < tokens.length && sentenceOf[k] === s;
    const end = nameEnd(doc, h, same);
    const start = nameStart(doc, h, same);
    // Without a joiner the tagger's span stands unless the words before the head were cut off from it; outside
    // English (where the rules were tuned so), a name the tagger read whole keeps its type ("Unione Sovietica").
    if (end === h + 1 && (start === h || oneSpan(tags, start, end))) continue;
    if (!doc.words.english && oneSpan(tags, start, end)) continue;
    let person = false;
    for (let k = start; k < end; k++) if (typeOfTag(tags[k]!) === 'PER') person = true;
    if (person) continue;
    tags[start] = B_ORG;
    for (let k = start + 1; k < end; k++) tags[k] = I_ORG;
    doc.joinedNames.set(start, end);
    h = end - 1;
  }
}

/**
 * "Downing" + "Street" tagged alone: a span that starts with a head word takes the capitalized, untagged words
 * right before it, which are the rest of the name (the type follows from the head, see shape-checks).
 */
function joinHeadToItsName(doc: NerDocument): void {
  const { tokens, tags, sentenceOf } = doc;
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (tags[i] === 0 || isInside(tags[i]!) || !(ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word))) continue;
    let start = i;
    while (
      start > 0 &&
      sentenceOf[start - 1] === sentenceOf[i] &&
      tags[start - 1] === 0 &&
      /^\p{Lu}\p{Ll}/u.test(tokens[start - 1]!.text) &&
      !PHRASE_OPENERS.has(tokens[start - 1]!.text)
    )
      start--;
    if (start === i) continue;
    const type = tags[i]!;
    tags[start] = type;
    for (let k = start + 1; k <= i; k++) tags[k] = type + 1;
  }
}

/** The tags over [start, end) are one span already. */
function oneSpan(tags: Int32Array, start: number, end: number): boolean {
  if (tags[start] === 0 || isInside(tags[start]!)) return false;
  for (let k = start + 1; k < end; k++) if (tags[k] !== tags[start]! + 1) return false;
  return true;
}

/**
 * After the head: joiner, then capitalized words, as long as the chain goes ("for Budget Responsibility"); in a
 * language that puts them there, capitalized words straight after the head first ("Instituto Nacional de").
 */
function nameEnd(doc: NerDocument, h: number, same: (k: number) => boolean): number {
  const { tokens, tags } = doc;
  const shapes = doc.words.organizations;
  const nameWord = (k: number) =>
    same(k) && capitalized(tokens[k]!.text) && tags[k] !== B_PER && !shapes.openers.has(tokens[k]!.text.toLowerCase());
  let end = h + 1;
  let joined = false;
  if (shapes.afterHead) {
    while (nameWord(end)) end++;
    joined = end > h + 1 && shapes.afterHead === 'genitive';
  }
  // The words after the head are only part of a chain: alone ("Unione Sovietica") the tagger's span stands.
  const base = end;
  const ended = () => (end === base ? h + 1 : end);
  for (;;) {
    let k = end;
    if (CLOSING_HEADS.has(tokens[end - 1]!.text)) return ended();
    let and = false;
    while (same(k) && joins(shapes, tokens[k]!.text, joined, k > end ? tokens[k - 1]!.text : '')) {
      and ||= shapes.and.has(tokens[k]!.text);
      k++;
    }
    if (k === end || !same(k) || !capitalized(tokens[k]!.text) || tags[k] === B_PER) return ended();
    const part = k;
    while (nameWord(k)) k++;
    if (tokens[k - 1] && !capitalized(tokens[k - 1]!.text)) return ended();
    if ((and && secondName(doc, part, k)) || twoTaggedNames(doc, end, part, k)) return ended();
    end = k;
    joined = true;
  }
}

/**
 * After "and", a part that holds a head word ("Instytut Pamięci Narodowej i Ministerstwo Nauki") or that the tagger
 * reads as an organization of its own going on past it ("e Programa das Nações Unidas") is a second name; a piece
 * it read alone ("delle Finanze", "e dei Trasporti") is the rest of this one.
 */
function secondName(doc: NerDocument, part: number, end: number): boolean {
  if (doc.tags[part] === B_ORG && doc.tags[end] === I_ORG) return true;
  for (let k = part; k < end; k++) if (doc.words.organizations.heads.has(doc.tokens[k]!.text)) return true;
  return false;
}

/**
 * Outside English, an organization the tagger read whole, then an "of" and another it read whole ("Uitvoerend
 * Comité" van het "IOC", "Commissie voor Onrechtmatige Bedingen" van "Economische Zaken"): two names. English keeps
 * joining them ("Office" for "Budget Responsibility"), as its rules were tuned.
 */
function twoTaggedNames(doc: NerDocument, nameEnd: number, part: number, partEnd: number): boolean {
  const { tags } = doc;
  if (doc.words.english || typeOfTag(tags[nameEnd - 1]!) !== 'ORG' || tags[nameEnd] === I_ORG) return false;
  return tags[part] === B_ORG && tags[partEnd] !== I_ORG && oneSpan(tags, part, partEnd);
}

/** Before the head: capitalized words of the name and an abbreviation's period ("La." "U.S."). */
function nameStart(doc: NerDocument, h: number, same: (k: number) => boolean): number {
  const { tokens, tags } = doc;
  let start = h;
  // Inside a tagged span, the span's own beginning comes first ("U.S. Food and Drug Administration").
  while (
    isInside(tags[start]!) &&
    same(start - 1) &&
    tags[start - 1] !== 0 &&
    typeOfTag(tags[start - 1]!) === typeOfTag(tags[h]!)
  )
    start--;
  for (let k = start - 1; same(k); k--) {
    const t = tokens[k]!;
    const abbreviationDot =
      t.text === '.' && k > 0 && t.start === tokens[k - 1]!.end && /^\p{Lu}\p{L}?$/u.test(tokens[k - 1]!.text);
    if (abbreviationDot) continue;
    // "Minneapolis-based" describes the name; it is not part of it.
    if (
      !capitalized(t.text) ||
      /-\p{Ll}/u.test(t.text) ||
      doc.words.organizations.openers.has(t.text.toLowerCase()) ||
      typeOfTag(tags[k]!) === 'PER'
    )
      break;
    // An untagged word opening the sentence may be any capitalized word.
    if (tags[k] === 0 && !same(k - 1)) break;
    start = k;
  }
  return start;
}

/**
 * "Charles" (person) + "Schwab Cup" (event), "Wells" (person) + "Fargo Bank": a person's name directly followed by
 * an organization or event name that ends in its head word, with nothing between, is the first word of that name.
 */
function joinPersonIntoName(doc: NerDocument): void {
  const { tokens, tags, sentenceOf } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== B_PER) continue;
    let end = i + 1;
    while (tags[end] === I_PER) end++;
    const next = tags[end] ?? 0;
    const type = typeOfTag(next);
    if (!next || isInside(next) || (type !== 'ORG' && type !== 'MISC') || sentenceOf[end] !== sentenceOf[i]) continue;
    let last = end;
    while (tags[last + 1] === next + 1) last++;
    // Only into a name its head word makes one ("Schwab Cup"); "Abdel Fattah" + "el-Sisi" is one person.
    const head = tokens[last]!.text;
    if (!EVENT_HEADS.has(head) && !ORGANIZATION_HEADS.has(head)) continue;
    tags[i] = next;
    for (let k = i + 1; k <= end; k++) tags[k] = next + 1;
    i = end;
  }
}
