/**
 * The article's own clock: publishedAt "2022-12-31T22:00:00-05:00" is Dec 31 for its readers, whatever UTC says,
 * so "tomorrow" there is Jan 1. We read the wall-clock date as written and keep the offset for times of day.
 */
import { isValidDay, type Day } from '../../../shared/calendar';

export interface Reference {
  day: Day;
  /** "+02:00", "-04:00", "Z", or null when the article gives a date without a time. */
  offset: string | null;
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

export function readReference(publishedAt: string | null | undefined): Reference | null {
  if (typeof publishedAt !== 'string') return null;
  const match = ISO.exec(publishedAt);
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (!isValidDay(day)) return null;
  const zone = match[6];
  const offset = !zone
    ? null
    : zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.includes(':')
        ? zone
        : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return { day, offset };
}
