/**
 * Small, well-understood repairs of the tagger's person spans, applied to the tags before mentions are read:
 * a leading title leaves the name ("Prince Mohammed" → "Mohammed", the title then reads as a role); a name
 * particle joins two halves ("Mohammed" "bin" "Salman"); a capitalized unknown word right before a person name
 * joins it ("Recep" + "Tayyip Erdoğan", missed at the start of a sentence); outside English, a place's name the span
 * ran into leaves it ("губернатор Санкт-Петербурга Александр Беглов").
 */
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { hashString } from './hash';
import { TAG_INDEX } from './tags';
import { descriptorType, isRoleWord } from './name-words';

const B_PER = 1;
const I_PER = 2;
const NASAB = new Set(['bin', 'ibn', 'bint', 'al', 'bin-']);
/** Lower-case words inside people's names ("bin", "de", "von der"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'ben',
  'abu',
]);
const B_LOC = TAG_INDEX.get('B-LOC')!;
const PER_BIT = 1 << GAZ_TYPES.indexOf('PER');
const FIRST_BIT = 1 << GAZ_TYPES.indexOf('FIRST');
/** A one-word name of any type the tagger read: a given name before its surname may come out mistyped. */
const LONE_NAME_TAGS = new Set([B_PER, TAG_INDEX.get('B-ORG')!, B_LOC]);
const LOC_BIT = 1 << GAZ_TYPES.indexOf('LOC');

const HYPHEN_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|ould|ag)-\p{Lu}/iu;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * "губернатор Санкт-Петербурга Александр Беглов", "wojewoda Małopolski Jan Nowak": languages that put the office's
 * place in the genitive right before the holder's name run the two into one person span. A first word the gazetteer
 * knows as a place and never as a person, before a given name, is the place. English writes "Texas Gov. Greg
 * Abbott", and its rules were tuned on its own pages, so it is left alone.
 */
function splitPlaceBeforeName(doc: NerDocument, lexicons: Lexicons): void {
  const { tokens, tags } = doc;
  const bits = (i: number) => lexicons.gazetteer(phraseHash([tokens[i]!.text.toLowerCase()]));
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tags[i] !== B_PER || tags[i + 1] !== I_PER || tags[i + 2] !== I_PER) continue;
    const first = bits(i);
    if ((first & LOC_BIT) === 0 || (first & (PER_BIT | FIRST_BIT)) !== 0 || (bits(i + 1) & FIRST_BIT) === 0) continue;
    tags[i] = B_LOC;
    tags[i + 1] = B_PER;
  }
}

/** "…'s president, X": a lower-case title, then a comma, right before the name at `i`. */
function isTitleApposition(doc: NerDocument, i: number, titles: ReadonlySet<string>): boolean {
  const { tokens, tags, sentenceOf } = doc;
  if (i < 2 || tokens[i - 1]!.text !== ',' || tags[i - 2] !== 0 || sentenceOf[i - 2] !== sentenceOf[i]) return false;
  const title = tokens[i - 2]!.text;
  return /^\p{Ll}/u.test(title) && titles.has(title);
}

export function repairPersonSpans(doc: NerDocument, lexicons: Lexicons): void {
  joinSurnames(doc, lexicons);
  const { tokens, tags, sentenceOf } = doc;
  if (!doc.words.english) splitPlaceBeforeName(doc, lexicons);
  const { titles: TITLES, modifiers: MODIFIERS, notNames: NOT_NAMES, roles: ROLES } = doc.words;
  const same = (i: number, j: number) => j >= 0 && j < tokens.length && sentenceOf[i] === sentenceOf[j];
  // "President Recep Tayyip Erdoğan", "Egypt's president, Abdel Fattah el-Sisi": a name right after a person's
  // title, or in apposition to one, is a person, whatever type it was given.
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] === 0 || tags[i] === B_PER || tags[i]! % 2 === 0 || !same(i, i - 1)) continue;
    const title = tokens[i - 1]!.text;
    const key = title.toLowerCase().replace(/\.$/, '');
    const titled = /^\p{Lu}/u.test(title) && TITLES.has(key) && !MODIFIERS.has(key) && tags[i - 1] === 0;
    if (!titled && !isTitleApposition(doc, i, TITLES)) continue;
    const type = tags[i]!;
    tags[i] = B_PER;
    for (let k = i + 1; k < tokens.length && tags[k] === type + 1; k++) tags[k] = I_PER;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== B_PER) continue;
    // Title inside the span: the name starts after it.
    const first = i;
    while (tags[i + 1] === I_PER && same(i, i + 1) && TITLES.has(tokens[i]!.text.toLowerCase().replace(/\.$/, ''))) {
      tags[i] = 0;
      tags[++i] = B_PER;
    }
    let end = i + 1;
    while (tags[end] === I_PER) end++;
    // "Secretary" + "of State": what is left after the title is no name but the office's complement.
    if (i > first && !/^\p{Lu}/u.test(tokens[i]!.text)) {
      tags.fill(0, i, end);
      continue;
    }
    // A span of titles only ("Vice" of "Vice President Joe Biden") names nobody.
    let titlesOnly = true;
    for (let k = i; k < end; k++) if (!TITLES.has(tokens[k]!.text.toLowerCase().replace(/\.$/, ''))) titlesOnly = false;
    if (titlesOnly) {
      tags.fill(0, i, end);
      continue;
    }
    // "Donald J." + "Trump", "Abdel Fattah" + "el-Sisi": an initial or a hyphenated particle name continues the name.
    while (
      same(i, end) &&
      tags[end] !== I_PER &&
      ((INITIAL.test(tokens[end - 1]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text)) ||
        HYPHEN_PARTICLE.test(tokens[end]!.text))
    ) {
      const type = tags[end]!;
      tags[end++] = I_PER;
      while (type !== 0 && tags[end] === type + (type % 2)) tags[end++] = I_PER;
    }
    // "Tamim bin Hamad Al Thani": after bin/ibn/bint the name goes on over capitalized words, whatever their tags.
    if (
      same(i, end + 1) &&
      NASAB.has(tokens[end]?.text.toLowerCase() ?? '') &&
      /^\p{Lu}/u.test(tokens[end + 1]!.text)
    ) {
      let k = end + 1;
      while (
        same(i, k) &&
        (/^\p{Lu}/u.test(tokens[k]!.text) || NASAB.has(tokens[k]!.text.toLowerCase())) &&
        (k === end + 1 || tags[k] !== B_PER)
      )
        k++;
      tags.fill(I_PER, end, k);
      end = k;
    }
    // "Ursula" + "von der Leyen": outside English, particles, then a capitalized word that is no common word and
    // that the tagger left untagged or read as a person.
    if (!doc.words.english) end = joinParticles(doc, lexicons, i, end);
    // "Mohammed bin Salman": particle, then another person span.
    if (
      same(i, end + 1) &&
      NAME_PARTICLES.has(tokens[end]?.text.toLowerCase() ?? '') &&
      tags[end] === 0 &&
      tags[end + 1] === B_PER
    ) {
      tags[end] = I_PER;
      tags[end + 1] = I_PER;
    }
    // "Kassym" "-" "Jomart Tokayev": a hyphenated given name the tokenizer split at the hyphen.
    if (
      same(i, i - 2) &&
      tokens[i - 1]!.text === '-' &&
      tokens[i - 2]!.end === tokens[i - 1]!.start &&
      tokens[i - 1]!.end === tokens[i]!.start &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 2]!.text) &&
      tags[i - 2] !== I_PER
    ) {
      tags[i - 2] = B_PER;
      tags[i - 1] = I_PER;
      tags[i] = I_PER;
      continue;
    }
    // An unknown capitalized word just before the name, not itself tagged, not a title or a common word.
    const p = i - 1;
    if (same(i, p) && tags[p] === 0) {
      const w = tokens[p]!.text;
      const lw = w.toLowerCase();
      // English inflections ("Paging Alexa") are words, unless the gazetteer knows a person's name.
      const known = (lexicons.gazetteer(phraseHash([lw])) & (PER_BIT | FIRST_BIT)) !== 0;
      if (
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        (known || !/(?:ing|ed|ly|s)$/.test(lw)) &&
        !lexicons.isCommonWord(hashString(lw)) &&
        !TITLES.has(lw) &&
        !NOT_NAMES.has(lw) &&
        // "Verfassungsschutzpräsident Hans-Georg Maaßen": outside English a compound ending in a role is one too.
        !isRoleWord(doc.words, w) &&
        !doc.words.officeComplements.has(lw) &&
        !MODIFIERS.has(lw) &&
        // "Kremlchef Wladimir Putin": a compound that describes the name is no part of it.
        !descriptorType(doc.words, w) &&
        // "президент России Владимир Путин": outside English, a word right after a role is its complement.
        (doc.words.english || !ROLES.has(tokens[p - 1]?.text.toLowerCase() ?? '')) &&
        // A borrowed pack's lexicon does not know the language's words ("Oppositionsledaren Ulf Kristersson"):
        // only a given name it knows joins.
        (!doc.words.borrowed || known) &&
        tokens[p]!.end < tokens[i]!.start
      ) {
        tags[p] = B_PER;
        tags[i] = I_PER;
      }
    }
  }
}

/** Particles that are articles too: after a name they start a phrase ("Schmidt den Nerv"), unless "von" leads. */
const ARTICLES = new Set(['der', 'den', 'das', 'la', 'le', 'el']);
/** Most particles in a row inside a name ("van der", "de la", "dos"). */
const MAX_PARTICLES = 3;

/** The person span [i, end) continued over particles and the surname after them; returns its new end. */
function joinParticles(doc: NerDocument, lexicons: Lexicons, i: number, end: number): number {
  const { tokens, tags, sentenceOf } = doc;
  if (ARTICLES.has(tokens[end]?.text ?? '')) return end;
  let k = end;
  while (k < tokens.length && k - end < MAX_PARTICLES && tags[k] === 0 && NAME_PARTICLES.has(tokens[k]!.text)) k++;
  const surname = tokens[k]?.text ?? '';
  if (k === end || sentenceOf[k] !== sentenceOf[i] || !/^\p{Lu}\p{Ll}/u.test(surname)) return end;
  if ((tags[k] !== 0 && tags[k] !== B_PER) || lexicons.isCommonWord(hashString(surname.toLowerCase()))) return end;
  let last = k + 1;
  while (tags[last] === I_PER) last++;
  tags.fill(I_PER, end, last);
  return last;
}

/** Months that are also surnames: the tagger reads them as dates and ends the name before them. */
const SURNAME_MONTH = /^(?:May|June|April|August)$/;

/**
 * "Theresa" + "May", "Brian" + "May": a lone given name the tagger ended before a month that is the surname. A
 * date ("Lisa May 5") is not; other capitalized words after a given name ("Jesus Is", in a heading) are left to the
 * tagger, which does not mistake them for dates. Without the surname the tagger may also mistype the given name
 * ("Theresa" an organization): it is then made the person's first word.
 */
function joinSurnames(doc: NerDocument, lexicons: Lexicons): void {
  const { tokens, tags, sentenceOf, capsSentence } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = i + 1;
    if (!LONE_NAME_TAGS.has(tags[i]!) || tags[next] !== 0 || sentenceOf[next] !== sentenceOf[i]) continue;
    if (capsSentence[sentenceOf[i]!]) continue;
    // A given name: the gazetteer's, or one it has never seen as anything (not a known surname like "Trump", not a
    // known company or place).
    const given = tokens[i]!.text.toLowerCase();
    const gaz = lexicons.gazetteer(phraseHash([given]));
    if ((gaz & FIRST_BIT) === 0 && (gaz !== 0 || lexicons.isCommonWord(hashString(given)))) continue;
    const w = tokens[next]!.text;
    if (!SURNAME_MONTH.test(w)) continue;
    if (/^\d/.test(tokens[next + 1]?.text ?? '') || tokens[i]!.end === tokens[next]!.start) continue;
    tags[i] = B_PER;
    tags[next] = I_PER;
  }
}
