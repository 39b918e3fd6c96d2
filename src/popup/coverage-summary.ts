/**
 * The one-line account of who else is reporting the story ("12 outlets in 8 countries since Sep 5") and the spread
 * of those reports by the outlet's country. Counts outlets, not items: two reports from one outlet are one voice.
 */
import type { CoverageItem } from '../shared/coverage';

export interface CoverageSummary {
  outlets: number;
  countries: number;
  /** The earliest report's day ("YYYY-MM-DD"), or null when no report gives its date. */
  since: string | null;
}

export interface CountryShare {
  country: string;
  /** Reports from outlets of that country. */
  count: number;
}

export function summarizeCoverage(items: readonly CoverageItem[]): CoverageSummary | null {
  if (!items.length) return null;
  const outlets = new Set(items.map((i) => i.outlet.trim().toLowerCase()));
  const countries = new Set(items.flatMap((i) => (i.country ? [i.country] : [])));
  const days = items.flatMap((i) =>
    i.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(i.publishedAt) ? [i.publishedAt.slice(0, 10)] : [],
  );
  return { outlets: outlets.size, countries: countries.size, since: days.length ? days.sort()[0]! : null };
}

/** Countries by how many reports came from them, most first; outlets of unknown country are left out. */
export function countrySpread(items: readonly CoverageItem[]): CountryShare[] {
  const counts = new Map<string, number>();
  for (const item of items) if (item.country) counts.set(item.country, (counts.get(item.country) ?? 0) + 1);
  return [...counts.entries()]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
}

/** Reports published after the reader last read this story, or null on a first read. */
export function newSince(
  lastRead: number | null | undefined,
  items: readonly CoverageItem[],
): { count: number; lastRead: number } | null {
  if (typeof lastRead !== 'number' || !Number.isFinite(lastRead)) return null;
  const count = items.filter((i) => i.publishedAt && Date.parse(i.publishedAt) > lastRead).length;
  return { count, lastRead };
}
