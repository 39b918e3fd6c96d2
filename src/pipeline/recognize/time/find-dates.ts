/**
 * Date and time expressions in text, normalized against the publication date.
 * Contract: offsets index `text`; `value` is ISO 8601 as TIMEX3 writes it: a day 2022-09-15, an interval
 * "2022-09-15/2022-09-16", a week "2022-W37", a month "2022-09", a year "1949", a decade "199", a century "19", a
 * season "2012-SU", a duration "P6M", a time "2022-09-15T10:00-04:00". `mod` qualifies it ("over six months ago" is
 * before 2022-03). Relative expressions get a value only when the publication date is known.
 *
 * Our rules read news conventions (ISO weeks, tense-aware weekdays and months, "ago"); chrono-node reads the
 * explicit calendar forms. Where both match, the longer span wins, and a rule wins a tie.
 */
import type { DateWords } from '../../../languages/types';
import type { DateMod, DateType, Candidate, Rule, RuleContext } from './candidate';
import { type ChronoReader, chronoCandidates, ENGLISH_CHRONO } from './chrono-dates';
import { cjkDateRules } from './cjk-rules';
import { localDateRules } from './local-rules';
import { readReference } from './reference';
import { CALENDAR_RULES } from './rules-calendar';
import { RELATIVE_RULES } from './rules-relative';
import { splitCjkSentences, splitSentences, type Span } from './sentences';
import { tenseAround } from './tense';

export type { DateMod, DateType } from './candidate';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  value?: string;
  /** TIMEX3 type; absent means "date". */
  type?: DateType;
  mod?: DateMod;
}

export interface DateContext {
  /** ISO 8601 publication date/time of the article (relative expressions resolve against it). */
  publishedAt?: string | null;
  /** Durations ("six months") and sets ("every year") are not points in time; callers that want them ask. */
  includeDurations?: boolean;
  /** "now", "currently" (TIMEX3 PRESENT_REF): the article's day, but rarely worth showing a reader. */
  includePresent?: boolean;
  /** Longest text we read; beyond it we stop rather than stall the popup on a hostile page. */
  maxLength?: number;
  /** The article's language's date words; English when absent. */
  words?: DateWords;
}

const RULES = [...RELATIVE_RULES, ...CALENDAR_RULES];

/**
 * English reads with the English rules and chrono; another language with rules from its words alone, Japanese and
 * Chinese with rules of their own (their dates are digits and unit characters, their sentences end in "。").
 */
function readersFor(words: DateWords | undefined): {
  rules: Rule[];
  chrono: ChronoReader | null;
  sentences: (text: string) => Span[];
} {
  if (!words || !('kind' in words))
    return { rules: RULES, chrono: ENGLISH_CHRONO, sentences: (t) => splitSentences(t) };
  if (words.kind === 'cjk-calendar') {
    // Korean ends its sentences as the languages with spaces do (". "), Japanese and Chinese with "。".
    const sentences = words.spaced ? (t: string) => splitSentences(t, { uncased: true }) : splitCjkSentences;
    return { rules: cjkDateRules(words), chrono: null, sentences };
  }
  const uncased = words.uncased ?? false;
  return {
    rules: localDateRules(words),
    chrono: null,
    sentences: (t) => splitSentences(t, { ordinalDays: true, uncased }),
  };
}

/**
 * Arabic-Indic ("١٥"), Persian ("۱۵") and Devanagari ("१५") digits as ASCII ones, one character for one, so the
 * rules' patterns read them and offsets stay those of the text.
 */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g;
const asciiDigits = (text: string) =>
  text.replace(OTHER_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= 0x966 ? 0x966 : code >= 0x6f0 ? 0x6f0 : 0x660));
  });

export function findDates(text: string, context: DateContext = {}): DateMention[] {
  if (typeof text !== 'string' || !text) return [];
  const { includeDurations = false, includePresent = false, maxLength = 500_000 } = context;
  const written = text.length > maxLength ? text.slice(0, maxLength) : text;
  const input = asciiDigits(written);
  const ref = readReference(context.publishedAt);
  const { rules, chrono, sentences } = readersFor(context.words);
  const candidates: Candidate[] = [];
  for (const span of sentences(input)) {
    const sentence = input.slice(span.start, span.end);
    const ctx: RuleContext = { sentence, offset: span.start, ref, tense: (s, e) => tenseAround(sentence, s, e) };
    const local: Candidate[] = [];
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
        if (!m[0]) {
          rule.pattern.lastIndex++;
          continue;
        }
        const found = rule.resolve(m, ctx);
        if (found) local.push({ ...found, start: m.index, end: m.index + m[0].length, priority: 1 });
      }
    }
    if (chrono) local.push(...chronoCandidates(ctx, chrono));
    for (const c of local) candidates.push({ ...c, start: c.start + span.start, end: c.end + span.start });
  }
  return carryYears(input, choose(candidates), ref?.day.y ?? null)
    .filter(
      (c) =>
        (includeDurations || (c.type !== 'duration' && c.type !== 'set')) && (includePresent || c.type !== 'present'),
    )
    .map((c) => {
      // chrono sometimes keeps the space before a dash ("June 9 – Boston"): offsets cover the words only.
      while (c.end > c.start && /\s/.test(input[c.end - 1]!)) c.end--;
      while (c.start < c.end && /\s/.test(input[c.start]!)) c.start++;
      const mention: DateMention = { text: written.slice(c.start, c.end), start: c.start, end: c.end };
      if (c.value) mention.value = c.value;
      if (c.type !== 'date') mention.type = c.type;
      if (c.mod) mention.mod = c.mod;
      return mention;
    });
}

/**
 * "The 2020 tour … June 9, June 10 …": a date written without a year, in a clause with no tense to go by, takes the
 * year last written shortly before it when that year is the article's or later (announced schedules). Past years are
 * left alone: "in 2009 … in May" as often means this May.
 */
function carryYears(text: string, chosen: Candidate[], refYear: number | null, maxDistance = 1500): Candidate[] {
  if (refYear === null) return chosen;
  let last: { year: string; end: number } | null = null;
  for (const c of chosen) {
    if (c.guessedYear && c.value && last && c.start - last.end <= maxDistance && last.year !== c.value.slice(0, 4)) {
      c.value = c.value.replace(/\d{4}/g, last.year);
    } else if (
      !c.guessedYear &&
      c.value &&
      /^\d{4}(?:$|-)/.test(c.value) &&
      /\b\d{4}\b/.test(text.slice(c.start, c.end))
    ) {
      const year = c.value.slice(0, 4);
      last = Number(year) >= refYear ? { year, end: c.end } : null;
    }
  }
  return chosen;
}

/** Longest first, rules before chrono on ties, then no overlaps; returned in text order. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
