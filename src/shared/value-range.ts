/**
 * What an ISO 8601 / TIMEX3 value covers, and how to say it without claiming more precision than it has:
 * "2022-02" is "Feb 2022", never "Feb 1, 2022"; "2022-09-15/2022-09-16" is "Sep 15–16, 2022".
 */
import { dateFormat } from './intl-format';
import { addDays, daysInMonth, dayValue, type Day } from './calendar';
import type { DateMod } from './types';

export type Precision = 'century' | 'decade' | 'year' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';

export interface ValueRange {
  /** First and last day covered, YYYY-MM-DD. */
  start: string;
  end: string;
  precision: Precision;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function monthSpan(y: number, m1: number, m2: number): [Day, Day] {
  const endY = y + Math.floor((m2 - 1) / 12);
  const endM = ((m2 - 1) % 12) + 1;
  return [
    { y, m: m1, d: 1 },
    { y: endY, m: endM, d: daysInMonth(endY, endM) },
  ];
}

const out = (a: Day, b: Day, precision: Precision): ValueRange => ({
  start: dayValue(a),
  end: dayValue(b),
  precision,
});

const dayOf = (m: RegExpExecArray): Day => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! });

/** Monday of an ISO week: week 1's Monday is the Monday on or before Jan 4. */
function isoWeekMonday(year: number, week: number): Day {
  const jan4 = { y: year, m: 1, d: 4 };
  const dow = (new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7) - 1;
  return addDays(jan4, -dow + (week - 1) * 7);
}

/** The value shapes, most precise first; the first that matches says what the value covers. */
const SHAPES: readonly [RegExp, (m: RegExpExecArray, value: string) => ValueRange][] = [
  [/^(\d{4})-(\d{2})-(\d{2})T/, (m) => out(dayOf(m), dayOf(m), 'time')],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => out(dayOf(m), dayOf(m), 'day')],
  [
    /^(\d{4})-W(\d{2})(?:-WE)?$/,
    (m, value) => {
      const monday = isoWeekMonday(+m[1]!, +m[2]!);
      return value.endsWith('-WE')
        ? out(addDays(monday, 5), addDays(monday, 6), 'week')
        : out(monday, addDays(monday, 6), 'week');
    },
  ],
  [/^(\d{4})-(\d{2})$/, (m) => out(...monthSpan(+m[1]!, +m[2]!, +m[2]!), 'month')],
  [/^(\d{4})-Q([1-4])$/, (m) => out(...monthSpan(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3), 'quarter')],
  [
    /^(\d{4})-(SP|SU|FA|WI)$/,
    (m) => {
      const [a, b] = SEASON_MONTHS[m[2]!]!;
      return out(...monthSpan(+m[1]!, a, b), 'season');
    },
  ],
  [/^(\d{4})$/, (m) => out({ y: +m[1]!, m: 1, d: 1 }, { y: +m[1]!, m: 12, d: 31 }, 'year')],
  [/^(\d{3})$/, (m) => out({ y: +m[1]! * 10, m: 1, d: 1 }, { y: +m[1]! * 10 + 9, m: 12, d: 31 }, 'decade')],
  [/^(\d{2})$/, (m) => out({ y: +m[1]! * 100, m: 1, d: 1 }, { y: +m[1]! * 100 + 99, m: 12, d: 31 }, 'century')],
];

function single(value: string): ValueRange | null {
  for (const [shape, range] of SHAPES) {
    const m = shape.exec(value);
    if (m) return range(m, value);
  }
  return null;
}

/** Merging and sorting ask about the same few values again and again. */
const cache = new Map<string, ValueRange | null>();

export function valueRange(value: string | null | undefined): ValueRange | null {
  if (typeof value !== 'string' || !value) return null;
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  if (cache.size > 2000) cache.clear();
  const range = computeRange(value);
  cache.set(value, range);
  return range;
}

function computeRange(value: string): ValueRange | null {
  const [a, b] = value.split('/');
  const first = single(a!);
  if (!first) return null;
  if (b === undefined) return first;
  const second = single(b);
  return second ? { start: first.start, end: second.end, precision: first.precision } : first;
}

/** Do two values share at least a day? Unknown values never conflict. */
export function overlaps(a: string | undefined, b: string | undefined): boolean {
  const ra = valueRange(a);
  const rb = valueRange(b);
  if (!ra || !rb) return true;
  return ra.start <= rb.end && rb.start <= ra.end;
}

/** Narrower values say more: a day beats the week it lies in. */
export function spanDays(value: string | undefined): number {
  const r = valueRange(value);
  if (!r) return Infinity;
  return (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 + 1;
}

const MOD_LABEL: Partial<Record<DateMod, string>> = {
  before: 'before',
  after: 'after',
  since: 'since',
  approx: 'about',
  start: 'early',
  mid: 'mid',
  end: 'late',
};

/**
 * "Sep 15–16, 2022", "Feb 2022", "before Mar 2022", "1947–1991", "1990s", "20th century" (English, Intl for months).
 */
export function formatWhen(value: string | null | undefined, mod?: DateMod | null, locale = 'en-US'): string | null {
  if (typeof value !== 'string' || !value) return null;
  const [a, b] = value.split('/');
  const ra = single(a!);
  if (!ra) return null;
  const rb = b !== undefined ? single(b) : null;
  let label: string;
  const days = (p: Precision) => p === 'day' || p === 'week';
  if (rb && days(ra.precision) && days(rb.precision)) label = dayRange(ra.start, rb.end, locale);
  else if (rb && ra.precision === 'month' && rb.precision === 'month') label = monthRange(ra.start, rb.end, locale);
  else if (rb) label = `${formatSingle(a!, ra, locale)}–${formatSingle(b!, rb, locale)}`;
  else label = formatSingle(a!, ra, locale);
  const prefix = mod ? MOD_LABEL[mod] : undefined;
  return prefix ? `${prefix} ${label}` : label;
}

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const fmt = (locale: string, options: Intl.DateTimeFormatOptions) =>
  dateFormat(locale, { ...options, timeZone: 'UTC' });

function dayRange(start: string, end: string, locale: string): string {
  const range = fmt(locale, { year: 'numeric', month: 'short', day: 'numeric' }) as Intl.DateTimeFormat & {
    formatRange?: (a: Date, b: Date) => string;
  };
  const text = range.formatRange
    ? range.formatRange(utc(start), utc(end))
    : `${range.format(utc(start))} – ${range.format(utc(end))}`;
  // "Sep 15 – 16, 2022" reads as "Sep 15–16, 2022"; ranges across months keep their spaces.
  return text.replace(/(\d)[\s\u2009\u202f]*–[\s\u2009\u202f]*(\d)/g, '$1–$2');
}

function monthRange(start: string, end: string, locale: string): string {
  const range = fmt(locale, { year: 'numeric', month: 'short' }) as Intl.DateTimeFormat & {
    formatRange?: (a: Date, b: Date) => string;
  };
  return range.formatRange
    ? range.formatRange(utc(start), utc(end))
    : `${range.format(utc(start))} – ${range.format(utc(end))}`;
}

function formatSingle(raw: string, r: ValueRange, locale: string): string {
  const y = raw.slice(0, 4);
  switch (r.precision) {
    case 'time':
      return `${fmt(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(utc(r.start))}, ${raw.slice(11, 16)}`;
    case 'day':
      return fmt(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(utc(r.start));
    case 'week':
      return raw.endsWith('-WE')
        ? `weekend of ${dayRange(r.start, r.end, locale)}`
        : `week of ${dayRange(r.start, r.end, locale)}`;
    case 'month':
      return fmt(locale, { year: 'numeric', month: 'short' }).format(utc(r.start));
    case 'quarter':
      return `Q${raw.slice(6)} ${y}`;
    case 'season':
      return `${({ SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' } as Record<string, string>)[raw.slice(5)]} ${y}`;
    case 'year':
      return y;
    case 'decade':
      return `${raw}0s`;
    case 'century': {
      const n = Number(raw) + 1;
      const suffix =
        n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
      return `${n}${suffix} century`;
    }
  }
}
