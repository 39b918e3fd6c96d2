/**
 * Tagged spans → typed mentions. PER/ORG/LOC map to person/organization/place; MISC is kept only when it names an
 * event ("Cold War"); a name followed by an event noun makes an event too ("Shanghai Cooperation Organization
 * summit"). Page furniture ("Trending", "Sign Up") and glued UI words ("NEWYou") are dropped.
 */
import type { EntityType } from '../../../shared/types';
import type { NerDocument } from './document';
import { GAZ_TYPES, phraseHash, type Lexicons } from './features';
import { hashString } from './hash';
import { nameKey } from './name-words';
import {
  holdsSentenceWords,
  isBareWord,
  isCommonOpener,
  isDocumentName,
  isLoneInitial,
  isPluralRole,
  isOffice,
  isOutletName,
  isQuotedTitle,
  typeByShape,
  writtenLowerElsewhere,
} from './shape-checks';
import { onlyOpensSentences, withoutOpener } from './sentence-openers';
import { indexSpans, type NerType } from './tags';

export interface RawMention {
  type: EntityType;
  /** The tagger's type, or null for mentions found by rules. */
  nerType: NerType | null;
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** In an ALL-CAPS sentence: the tagger's type is a weaker guess there. */
  caps: boolean;
  /** First word of its sentence: without context on the left, the tagger's type is a weaker guess there too. */
  opensSentence?: boolean;
}

/** An upper-case run followed by a capitalized word: two UI words glued by text extraction ("NEWYou"). */
const GLUED = /^\p{Lu}{2,}\p{Lu}\p{Ll}+$/u;

const TYPE_MAP: Record<NerType, EntityType | null> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: null };

export function findMentions(doc: NerDocument, lexicons: Lexicons): RawMention[] {
  const out: RawMention[] = [];
  const { tokens, tags } = doc;
  for (const { type, start, end: j } of indexSpans(tags, 0, tokens.length)) {
    const i = doc.words.borrowed ? withoutOpener(doc, start, j) : start;
    const m = makeMention(doc, i, j, type);
    if (m && keep(m, doc, lexicons)) out.push(m);
    const next = tokens[j];
    // "<name> summit": the name stays, and the event is named after it.
    if (m && next && doc.words.events.after?.test(next.text) && doc.sentenceOf[j] === m.sentence && type !== 'PER') {
      out.push({
        ...m,
        type: 'event',
        nerType: null,
        text: doc.text.slice(m.start, next.end),
        end: next.end,
        tokenEnd: j + 1,
      });
    }
  }
  return out;
}

function makeMention(doc: NerDocument, a: number, b: number, nerType: NerType): RawMention | null {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  const text = doc.text.slice(start, end);
  let type = TYPE_MAP[nerType];
  if (nerType === 'MISC') type = doc.words.events.heads.test(text) ? 'event' : null;
  if (!type) return null;
  const words = doc.tokens.slice(a, b).map((t) => t.text);
  type = typeByShape(words, type);
  if (
    (type === 'place' || type === 'person') &&
    (isOutletName(words, nameKey(text), doc.words.outletWords, doc.words.outletNames) || isCompany(doc, a, text))
  )
    type = 'organization';
  const sentence = doc.sentenceOf[a]!;
  const caps = doc.capsSentence[sentence]!;
  const opensSentence = doc.sentences[sentence]![0] === a;
  return { type, nerType, text, start, end, tokenStart: a, tokenEnd: b, sentence, caps, opensSentence };
}

/** A known company's name; in English not after "the", where "the Amazon" is the river and its forest. */
const isCompany = (doc: NerDocument, a: number, text: string) =>
  doc.words.companies.has(nameKey(text)) && !(doc.words.english && doc.tokens[a - 1]?.text.toLowerCase() === 'the');

function keep(m: RawMention, doc: NerDocument, lexicons: Lexicons): boolean {
  if (doc.words.notNames.has(m.text.toLowerCase()) || isLoneInitial(m.text)) return false;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (GLUED.test(doc.tokens[i]!.text)) return false;
  if (!/\p{L}/u.test(m.text)) return false;
  const words = doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
  if (m.type !== 'event' && (holdsSentenceWords(words) || isQuotedTitle(doc.text, m.start, m.end, words.length)))
    return false;
  if (m.type !== 'event' && isDocumentName(words, doc.tokens[m.tokenEnd]?.text)) return false;
  if (m.type !== 'event' && isOffice(words) && !lexicons.gazetteer(phraseHash(words.map((w) => w.toLowerCase()))))
    return false;
  if (m.tokenEnd - m.tokenStart === 1 && m.type !== 'event') {
    if (isBareWord(m.text)) return false;
    if (m.type === 'person' && isPluralRole(m.text)) return false;
    // A borrowed pack's common words are another language's: the article's own lower-case words stand in for them.
    const common = doc.words.borrowed
      ? () => true
      : (w: string) => lexicons.isCommonWord(hashString(w)) && !lexicons.gazetteer(phrase1(w));
    if (!m.caps && writtenLowerElsewhere(doc, m.text, common)) return false;
    // Nor does a borrowed pack know the language's sentence adverbs ("Ändå", "Totuși"): a word the article writes
    // only at sentence starts is one, unless the gazetteer knows it as a name.
    if (
      doc.words.borrowed &&
      !m.caps &&
      onlyOpensSentences(doc, m.tokenStart) &&
      !lexicons.gazetteer(phrase1(m.text.toLowerCase()))
    )
      return false;
  }
  // A capitalized word opening a sentence: "Moreover," "Crucially," or a common word the gazetteer does not know.
  if (m.tokenEnd - m.tokenStart === 1 && m.tokenStart === doc.sentences[m.sentence]![0]) {
    const lower = m.text.toLowerCase();
    const next = doc.tokens[m.tokenEnd]?.text;
    if (next === ',' && /ly$/.test(lower)) return false;
    if (lexicons.isCommonWord(hashString(lower)) && !lexicons.gazetteer(phrase1(lower))) return false;
    // A place or organization only: a person's name that is also a word ("Cook said …") is the gazetteer's. English
    // only, where it was measured.
    const person = (lexicons.gazetteer(phrase1(lower)) & PERSON_BITS) !== 0 || m.type === 'person';
    if (doc.words.english && !m.caps && !person && isCommonOpener(doc, m.text, next ?? '')) return false;
  }
  // In an ALL-CAPS line a common word ("RUBLE") is more likely a word than a name, unless the gazetteer knows it.
  if (m.caps && m.tokenEnd - m.tokenStart === 1) {
    const lower = m.text.toLowerCase();
    if (lexicons.isCommonWord(hashString(lower)) && !lexicons.gazetteer(phrase1(lower))) return false;
  }
  return true;
}

const phrase1 = (lower: string) => phraseHash([lower]);
const PERSON_BITS = (1 << GAZ_TYPES.indexOf('PER')) | (1 << GAZ_TYPES.indexOf('FIRST'));
