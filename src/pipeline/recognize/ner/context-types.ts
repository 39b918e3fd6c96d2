/**
 * Mentions corrected by the words right around them, where the tagger's window is too short to see the pattern:
 * - a place on one side of a match ("Alabama versus Florida State", "England drew with Wales") or before a team's
 *   noun ("the Ohio State recruiter") is the sports team, an organization;
 * - a one-word "place" or "organization" right before a person's name is a title ("Legendary DJ Casey Kasem"),
 *   not a name of its own;
 * - a capital "The" inside a sentence, right before an organization, is part of its name ("to The Associated
 *   Press"): nothing else there is written with a capital; right after "of" it is a title's casing ("Lives of The
 *   Poets"), so it leaves an organization's name the tagger began with it;
 * - one word after a lower-case "the" that follows a capitalized word mid-sentence ("on NBC's Meet the Press", "told
 *   Face the Nation") is the end of a show's or book's title, not a name of its own.
 */
import {
  MATCH_JOINERS,
  MATCH_RESULTS,
  ORGANIZATION_JOINERS,
  SPORT_CUES,
  TEAM_NOUNS,
} from '../../../languages/en/name-shapes';
import { MONTHS, WEEKDAYS } from '../../../languages/en/date-words';
import type { NerDocument } from './document';
import type { RawMention } from './mentions';

export function typeByContext(doc: NerDocument, mentions: readonly RawMention[]): RawMention[] {
  const byStart = new Map<number, RawMention>();
  const byEnd = new Map<number, RawMention>();
  for (const m of mentions) {
    byStart.set(m.tokenStart, m);
    byEnd.set(m.tokenEnd, m);
  }
  const inMention = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) inMention.add(i);
  const out: RawMention[] = [];
  for (const m of mentions) {
    if (isTitleBeforePerson(m, byStart) || endsWorkTitle(doc, m, inMention)) continue;
    const team = m.type === 'place' && isTeam(doc, m, byStart, byEnd);
    const withThe = m.type === 'organization' || team ? takeThe(doc, dropTitleThe(doc, m)) : m;
    out.push(team ? { ...withThe, type: 'organization' } : withThe);
  }
  return out;
}

const word = (doc: NerDocument, i: number) => doc.tokens[i]?.text ?? '';

function isTitleBeforePerson(m: RawMention, byStart: Map<number, RawMention>): boolean {
  if (m.type === 'person' || m.type === 'event' || m.tokenEnd - m.tokenStart !== 1) return false;
  const next = byStart.get(m.tokenEnd);
  return next?.type === 'person' && next.sentence === m.sentence;
}

/** Capitalized mid-sentence for reasons of their own: no title's first word. */
const DATE_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map((w) => w.toLowerCase()));

/**
 * "Meet the Press": a one-word name right after a lower-case "the" whose word before is capitalized, inside the
 * sentence, in no other name and no date word ("on Monday the Senate" keeps the Senate). Capitals at the start of a
 * sentence say nothing, so the capitalized word may not open it.
 */
function endsWorkTitle(doc: NerDocument, m: RawMention, inMention: ReadonlySet<number>): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || m.caps || m.type === 'event') return false;
  const the = m.tokenStart - 1;
  const cap = m.tokenStart - 2;
  if (word(doc, the) !== 'the' || cap < 1 || inMention.has(cap)) return false;
  if (doc.sentenceOf[cap] !== m.sentence || doc.sentenceOf[cap - 1] !== m.sentence) return false;
  const title = word(doc, cap);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(title) && !DATE_WORDS.has(title.toLowerCase()) && !/^[.:;!?"“]$/.test(word(doc, cap - 1))
  );
}

function isTeam(
  doc: NerDocument,
  m: RawMention,
  byStart: Map<number, RawMention>,
  byEnd: Map<number, RawMention>,
): boolean {
  const after = word(doc, m.tokenEnd);
  if (TEAM_NOUNS.has(after.toLowerCase()) && doc.sentenceOf[m.tokenEnd] === m.sentence) return true;
  if (!aboutSport(doc, m.sentence)) return false;
  const other = MATCH_JOINERS.test(after)
    ? byStart.get(m.tokenEnd + 1)
    : MATCH_JOINERS.test(word(doc, m.tokenStart - 1))
      ? byEnd.get(m.tokenStart - 1)
      : resultSide(doc, m, byStart, byEnd);
  return !!other && other.sentence === m.sentence && other.type !== 'person';
}

function aboutSport(doc: NerDocument, sentence: number): boolean {
  const [a, b] = doc.sentences[sentence]!;
  for (let i = a; i < b; i++) if (SPORT_CUES.test(word(doc, i))) return true;
  return false;
}

/** The name on the other side of a result ("England drew with Wales"), if `m` is one side of one. */
function resultSide(
  doc: NerDocument,
  m: RawMention,
  byStart: Map<number, RawMention>,
  byEnd: Map<number, RawMention>,
): RawMention | undefined {
  const matches = (at: number, words: readonly string[]) =>
    words.every((w, k) => word(doc, at + k).toLowerCase() === w);
  for (const words of MATCH_RESULTS) {
    if (matches(m.tokenEnd, words)) return byStart.get(m.tokenEnd + words.length);
    if (matches(m.tokenStart - words.length, words)) return byEnd.get(m.tokenStart - words.length);
  }
  return undefined;
}

function takeThe(doc: NerDocument, m: RawMention): RawMention {
  const i = m.tokenStart - 1;
  const opens = doc.sentences[m.sentence]![0];
  if (i <= opens || word(doc, i) !== 'The' || doc.capsSentence[m.sentence]) return m;
  // Only after a lower-case word or a number ("to The Associated Press", "2009 The …"): after a colon or a quote a capital
  // starts a sentence of its own, after "of" it may be a title's casing ("Lives of The Poets"), and after a
  // capitalized word it is a heading's.
  const before = word(doc, i - 1);
  if (!/^[\p{Ll}\p{N}]/u.test(before) || ORGANIZATION_JOINERS.has(before)) return m;
  const start = doc.tokens[i]!.start;
  return { ...m, start, tokenStart: i, text: doc.text.slice(start, m.end) };
}

/** "Lives of The Poets": a capital "The" opening the name right after "of"/"for" is the title's casing. */
function dropTitleThe(doc: NerDocument, m: RawMention): RawMention {
  const after = word(doc, m.tokenStart - 1);
  if (word(doc, m.tokenStart) !== 'The' || m.tokenEnd - m.tokenStart < 2 || !TITLE_CASE_JOINERS.has(after)) return m;
  const start = doc.tokens[m.tokenStart + 1]!.start;
  return { ...m, start, tokenStart: m.tokenStart + 1, text: doc.text.slice(start, m.end) };
}

const TITLE_CASE_JOINERS: ReadonlySet<string> = new Set(['of', 'for']);
