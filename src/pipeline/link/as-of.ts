/**
 * Facts as they stood on the article's date: which offices someone held then, how old they were, which
 * headquarters, leader or population applied. Wikidata dates have precisions (year, month, day); a comparison only
 * goes as deep as both dates know.
 */
import type { Position, WdStatement, WdTime } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** -1, 0 or 1; "2012" vs "2012-05-07" is 0 (the year-precise date cannot tell). Handles negative years. */
export function compareDates(a: string, b: string): number {
  const pa = splitDate(a);
  const pb = splitDate(b);
  for (let i = 0; i < 3; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function splitDate(date: string): number[] {
  const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return [];
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

/** "2022-09-07T12:26:00-04:00" → "2022-09-07" (the article's own calendar day), or null. */
export function articleDay(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return m ? m[1]! : null;
}

export function formatTime(time: WdTime | undefined): string {
  if (!time) return '';
  const [year, month, day] = splitDate(time.date);
  if (year === undefined) return '';
  const y = year < 0 ? `${-year} BC` : String(year);
  if (time.precision >= 11 && month && day) return `${day} ${MONTHS[month - 1]} ${y}`;
  if (time.precision >= 10 && month) return `${MONTHS[month - 1]} ${y}`;
  return y;
}

const yearOf = (time: WdTime | undefined) => (time ? parseInt(time.date, 10) : NaN);

/** Whole years between two dates; null when either is too vague (year precision gives a ±1 answer, so skip). */
export function yearsBetween(from: WdTime, to: string): number | null {
  const a = splitDate(from.date);
  const b = splitDate(to);
  if (a.length < 3 || b.length < 3 || from.precision < 11) return null;
  let years = b[0]! - a[0]!;
  if (b[1]! < a[1]! || (b[1] === a[1] && b[2]! < a[2]!)) years--;
  return years;
}

export type Tense = 'current' | 'past' | 'future' | 'unknown';

/** Was a statement in force on `asOf`? Start/end qualifiers decide; none at all is 'unknown'. */
export function tenseOf(statement: Pick<WdStatement, 'start' | 'end'>, asOf: string | null): Tense {
  const { start, end } = statement;
  if (!asOf) return end ? 'past' : start ? 'current' : 'unknown';
  if (!start && !end) return 'unknown';
  if (start && compareDates(start.date, asOf) > 0) return 'future';
  if (end && compareDates(end.date, asOf) < 0) return 'past';
  // Ends on a year-precise date in the article's own year: cannot tell, but still listed as then-current.
  return 'current';
}

/** Statements in force on `asOf` (a headquarters, a leader); falls back to preferred/undated ones. */
export function inForce(statements: WdStatement[] | undefined, asOf: string | null): WdStatement[] {
  if (!statements?.length) return [];
  const current = statements.filter((s) => tenseOf(s, asOf) === 'current');
  if (current.length) return current;
  const undated = statements.filter((s) => tenseOf(s, asOf) === 'unknown');
  const preferred = undated.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : undated;
}

/** The latest quantity whose point in time is not after `asOf` (a population as of the article). */
export function quantityAsOf(statements: WdStatement[] | undefined, asOf: string | null): WdStatement | null {
  const withAmount = (statements ?? []).filter((s) => s.amount !== undefined);
  if (!withAmount.length) return null;
  const dated = withAmount
    .filter((s) => s.pointInTime && (!asOf || compareDates(s.pointInTime.date, asOf) <= 0))
    .sort((a, b) => compareDates(b.pointInTime!.date, a.pointInTime!.date));
  return dated[0] ?? withAmount.find((s) => s.rank === 'preferred') ?? withAmount.find((s) => !s.pointInTime) ?? null;
}

export interface PositionOptions {
  /** How many offices a card lists (current first). */
  maxPositions: number;
}

/**
 * P39 statements → offices as of the article: "President of Russia (since 2012; also 2000–2008)",
 * "Ambassador of Russia to China (2013–2022, in office at the time)", "General Secretary (1985–1991)".
 */
export function positionsAsOf(
  statements: WdStatement[] | undefined,
  labels: Record<string, string>,
  asOf: string | null,
  options: PositionOptions = { maxPositions: 4 },
): Position[] {
  const byOffice = new Map<string, WdStatement[]>();
  for (const s of statements ?? []) {
    if (!s.id || !labels[s.id]) continue;
    // Offices taken up after the article did not exist for its readers.
    if (tenseOf(s, asOf) === 'future') continue;
    byOffice.set(s.id, [...(byOffice.get(s.id) ?? []), s]);
  }
  const positions: (Position & { sortKey: string })[] = [];
  for (const [id, terms] of byOffice) {
    const label = labels[id]!;
    const current = terms.find((t) => tenseOf(t, asOf) === 'current');
    const others = terms
      .filter((t) => t !== current)
      .sort((a, b) => compareDates(b.start?.date ?? '0', a.start?.date ?? '0'));
    const span = (t: WdStatement) => {
      const from = t.start ? String(yearOf(t.start)) : '';
      const to = t.end ? String(yearOf(t.end)) : '';
      return from && to ? (from === to ? from : `${from}–${to}`) : from ? `from ${from}` : to ? `until ${to}` : '';
    };
    const past = others.map(span).filter(Boolean);
    let text: string;
    if (current) {
      const endedSince = !!current.end && !!asOf && compareDates(current.end.date, asOf) >= 0;
      const main = endedSince
        ? `${span(current)}, in office at the time`
        : current.start
          ? `since ${yearOf(current.start)}`
          : 'at the time';
      text = `${label} (${main}${past.length ? `; also ${past.join(', ')}` : ''})`;
      positions.push({
        label,
        start: current.start?.date ?? null,
        end: current.end?.date ?? null,
        current: true,
        endedSince,
        text,
        sortKey: `1${current.start?.date ?? '0000'}`,
      });
    } else {
      const latest = others[0];
      text = past.length ? `${label} (${past.join(', ')})` : label;
      positions.push({
        label,
        start: latest?.start?.date ?? null,
        end: latest?.end?.date ?? null,
        current: false,
        endedSince: false,
        text,
        sortKey: `0${latest?.end?.date ?? latest?.start?.date ?? '0000'}`,
      });
    }
  }
  return positions
    .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
    .slice(0, options.maxPositions)
    .map(({ sortKey: _, ...p }) => p);
}
