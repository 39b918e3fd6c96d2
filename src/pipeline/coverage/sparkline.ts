/** Coverage volume over time (GDELT TimelineVol) → a compact series and the polyline the popup draws. */
import type { CoverageTimeline, TimelinePoint } from '../../shared/coverage';

export interface TimelineOptions {
  /** More points than this are merged (by their maximum) so the line stays readable at popup width. */
  maxPoints: number;
}

export function buildTimeline(
  points: TimelinePoint[],
  articleDay: string | null,
  options: Partial<TimelineOptions> = {},
): CoverageTimeline | null {
  const { maxPoints } = { maxPoints: 60, ...options };
  const clean = points.filter((p) => Number.isFinite(p.value) && p.value >= 0 && Number.isFinite(Date.parse(p.date)));
  if (clean.length < 2 || clean.every((p) => p.value === 0)) return null;
  const merged = downsample(clean, maxPoints);
  let peakIndex = 0;
  merged.forEach((p, i) => {
    if (p.value > merged[peakIndex]!.value) peakIndex = i;
  });
  return { points: merged, peakIndex, articleIndex: articleDay ? nearestIndex(merged, articleDay) : null };
}

function downsample(points: TimelinePoint[], maxPoints: number): TimelinePoint[] {
  if (points.length <= maxPoints) return points;
  const size = Math.ceil(points.length / maxPoints);
  const out: TimelinePoint[] = [];
  for (let i = 0; i < points.length; i += size) {
    const bucket = points.slice(i, i + size);
    out.push({ date: bucket[0]!.date, value: Math.max(...bucket.map((p) => p.value)) });
  }
  return out;
}

/** The point on the article's day; null when that day lies outside the series. */
function nearestIndex(points: TimelinePoint[], day: string): number | null {
  const target = Date.parse(`${day.slice(0, 10)}T12:00:00Z`);
  if (!Number.isFinite(target)) return null;
  const first = Date.parse(points[0]!.date);
  const last = Date.parse(points.at(-1)!.date);
  const slack = 86_400_000;
  if (target < first - slack || target > last + slack) return null;
  let best = 0;
  points.forEach((p, i) => {
    if (Math.abs(Date.parse(p.date) - target) < Math.abs(Date.parse(points[best]!.date) - target)) best = i;
  });
  return best;
}
