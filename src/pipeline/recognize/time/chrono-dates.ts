/**
 * Calendar dates and times through chrono-node ("Sept. 15 to 16", "Friday, July 21, 2017", "3 p.m. ET"). chrono
 * reads the forms; we decide the year it leaves open (by tense, as for months) and the precision we write: a value
 * never claims a day or a time the text did not give.
 */
import * as chrono from 'chrono-node';
import { dayValue, isValidDay, monthValue, yearValue, type Day } from '../../../shared/calendar';
import type { Candidate, RuleContext } from './candidate';
import { MONTH_RE } from '../../../languages/en/date-words';
import { resolveMonthYear, resolveWeekday } from './rules-calendar';

/** chrono's relative and casual readings are replaced by our rules (weeks as weeks, tense-aware weekdays). */
const SKIP_TAGS = /relativeDate|casualReference|Casual|Relative|TimeUnit|Weekday/;
const CALENDAR_WORD = new RegExp(`\\d|${MONTH_RE}`, 'i');

/** A chrono parser and the words that make its reading a calendar one (a digit or a month's name). */
export interface ChronoReader {
  parse: (text: string, ref: chrono.ParsingReference) => chrono.ParsedResult[];
  calendarWord: RegExp;
}

/**
 * English only: the other languages' dates are read by rules from their packs' words (local-rules.ts), which travel
 * as data, where chrono's locales are code every service-worker wake-up would parse.
 */
export const ENGLISH_CHRONO: ChronoReader = {
  parse: (text, ref) => chrono.en.casual.parse(text, ref),
  calendarWord: CALENDAR_WORD,
};

interface Components {
  isCertain(c: string): boolean;
  get(c: string): number | null;
  tags?(): Set<string>;
}

export function chronoCandidates(ctx: RuleContext, reader: ChronoReader = ENGLISH_CHRONO): Candidate[] {
  const ref = ctx.ref;
  const instant = ref
    ? new Date(Date.UTC(ref.day.y, ref.day.m - 1, ref.day.d, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = reader.parse(ctx.sentence, { instant, timezone: 0 });
  } catch {
    return [];
  }
  const out: Candidate[] = [];
  for (const r of results) {
    const start = r.start as unknown as Components;
    const tags = [...(r.tags?.() ?? [])].join(' ');
    const hasCalendar = start.isCertain('month') || start.isCertain('year');
    const hasTime = start.isCertain('hour');
    if (!hasCalendar && !hasTime) continue;
    // "24 hours after", "the next day", "in the weeks ahead" count from the story's own events, not from the
    // publication date; relative and casual readings are our rules' ("next week" is a week, not a day).
    if (SKIP_TAGS.test(tags) || !reader.calendarWord.test(r.text)) continue;
    // A month alone is the month rule's ("in March"), which knows when "March" is only a word.
    if (!start.isCertain('day') && !hasTime) continue;
    const value = describe(r, ctx);
    const guessedYear =
      !start.isCertain('year') && start.isCertain('month') && ctx.tense(r.index, r.index + r.text.length) === 'none';
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      type: hasTime ? 'time' : 'date',
      value: value ?? undefined,
      priority: 0,
      guessedYear,
    });
  }
  return out;
}

function describe(r: chrono.ParsedResult, ctx: RuleContext): string | null {
  const start = r.start as unknown as Components;
  const first = dateValueOf(start, ctx, r.index, r.index + r.text.length);
  if (!first) return null;
  if (!r.end) return first;
  const end = r.end as unknown as Components;
  // "Sept. 15 to 16": the end borrows the year the start was given (or resolved to), never its own guess.
  const second = dateValueOf(end, ctx, r.index, r.index + r.text.length, Number(first.slice(0, 4)));
  return second && second !== first ? `${first}/${second}` : first;
}

function dateValueOf(c: Components, ctx: RuleContext, from: number, to: number, yearHint?: number): string | null {
  const ref = ctx.ref;
  const month = c.get('month');
  const dayOfMonth = c.get('day');
  let year: number | null = c.isCertain('year') ? c.get('year') : null;
  if (year === null && yearHint) year = yearHint;
  if (year === null && month && ref) year = resolveMonthYear(month, ref.day, 0, ctx.tense(from, to));
  if (year === null && !c.isCertain('month') && ref) year = ref.day.y;
  if (year === null || !month) return null;
  const hasDay = c.isCertain('day') || (!c.isCertain('month') && c.isCertain('hour'));
  if (!hasDay) return c.isCertain('month') ? monthValue(year, month) : yearValue(year);
  const day: Day = { y: year, m: month, d: dayOfMonth ?? 1 };
  if (!c.isCertain('month') && ref) {
    // A time of day alone is on the article's day; with a weekday ("Thursday at 9:30 a.m.") on that weekday, read
    // by tense like any other.
    const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
    Object.assign(day, weekday === null ? ref.day : resolveWeekday(weekday, ref.day, '', ctx.tense(from, to)));
  }
  if (!isValidDay(day)) return null;
  if (!c.isCertain('hour')) return dayValue(day);
  const hh = String(c.get('hour') ?? 0).padStart(2, '0');
  const mm = String(c.get('minute') ?? 0).padStart(2, '0');
  // A publisher's "Z" is usually a conversion to UTC, not the zone the story's clock times are in: leave those
  // floating.
  const articleOffset = ref?.offset && ref.offset !== 'Z' && ref.offset !== '+00:00' ? ref.offset : '';
  return `${dayValue(day)}T${hh}:${mm}${offsetOf(c) ?? articleOffset}`;
}

/** The zone the text names ("3 p.m. ET"), else none: the caller falls back to the article's own offset. */
function offsetOf(c: Components): string | null {
  if (!c.isCertain('timezoneOffset')) return null;
  const minutes = c.get('timezoneOffset');
  if (minutes === null) return null;
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
