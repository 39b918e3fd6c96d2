/**
 * An event's time and place from its Wikidata item, as they stood on the article's date: point in time (P585) or
 * start (P580) and end (P582), location (P276). An end after the article's date is not yet known then, so an
 * event still going on reads "since" its start; one that had not begun is not background to the article.
 */
import { compareDates, formatTime } from './as-of';
import type { WdEntity, WdTime } from './types';

export interface EventWhen {
  /** ISO value as the analysis writes dates: a day, month or year, or an interval "start/end". */
  when: string;
  /** 'since': begun by the article's date and still going on then. */
  whenMod?: 'since';
  /** The start is after the article's date: the item knows more than the article could. */
  afterArticle?: boolean;
}

const PRECISION: Record<number, number> = { 9: 4, 10: 7, 11: 10 };

/** The date at the precision Wikidata gives it ("2019-12-01" at month precision is "2019-12"). */
function isoOf(time: WdTime): string | null {
  if (time.precision < 9 || time.date.startsWith('-')) return null;
  return time.date.slice(0, PRECISION[Math.min(time.precision, 11)]);
}

export function eventWhenAsOf(wd: Pick<WdEntity, 'claims'>, asOf: string | null): EventWhen | null {
  const c = wd.claims;
  const startTime = c.P580?.find((s) => s.time)?.time ?? c.P585?.find((s) => s.time)?.time;
  const endTime = c.P582?.find((s) => s.time)?.time;
  const start = startTime && isoOf(startTime);
  if (!start) return null;
  if (asOf && compareDates(start, asOf) > 0) return { when: start, afterArticle: true };
  const end = endTime && isoOf(endTime);
  if (end && asOf && compareDates(end, asOf) > 0) return { when: start, whenMod: 'since' };
  return { when: end && end !== start ? `${start}/${end}` : start };
}

/** The card's date fact, in words: "December 2019 – May 2023", "since December 2019", or flagged as later. */
export function eventDateFact(wd: Pick<WdEntity, 'claims'>, asOf: string | null): string | null {
  const at = eventWhenAsOf(wd, asOf);
  if (!at) return null;
  const c = wd.claims;
  const start = formatTime(c.P580?.find((s) => s.time)?.time ?? c.P585?.find((s) => s.time)?.time);
  const endTime = c.P582?.find((s) => s.time)?.time;
  const span = endTime && formatTime(endTime) !== start ? `${start} – ${formatTime(endTime)}` : start;
  if (at.afterArticle) return `${span}, after this article`;
  return at.whenMod === 'since' ? `since ${start}` : span;
}
