/** Display helpers for the popup; pure so they are unit-tested. */
import { dateFormat } from '../shared/intl-format';
import { tn } from '../shared/plural';
import { siteHost } from '../shared/url';

/** "1 mention", "5 mentions", through the catalogue's plural rules. */
export const mentionsLabel = (count: number) => tn('mentions', { count });

/** "39.65° N, 66.96° E": where a place is, as text (a drawn map with no land on it would say nothing more). */
export function formatCoordinates(lat: number, lon: number): string {
  const ns = `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}`;
  const ew = `${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;
  return `${ns}, ${ew}`;
}

/** "2022-09-07T16:40:00-04:00" → "Sep 7, 2022" in the reader's locale, keeping the article's own calendar day. */
export function formatArticleDate(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return null;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  // Date.UTC rolls "2022-13-45" over into 2023: a date that does not round-trip is not a date.
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(day[2]) - 1 || date.getUTCDate() !== Number(day[3]))
    return null;
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export const hostOf = siteHost;
