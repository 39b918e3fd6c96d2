/**
 * The story clock drawn to scale: each stop's place on the line is proportional to its time. A gap so long that it
 * would crowd the other stops together (the Cold War, then thirty years, then one week in 2022) is cut out and
 * drawn as a labelled break; each part between breaks stays to scale. Pure, so positions are unit-tested.
 */

export interface ScaleOptions {
  /** Two neighbouring stops closer than this share of the line are crowded: the longest gap is cut. */
  minSpacing: number;
  /** Gaps shorter than this are never cut: weeks stay to scale. */
  minBreakDays: number;
  /** The share of the line a cut gap takes. */
  breakShare: number;
}

export const DEFAULT_SCALE: ScaleOptions = { minSpacing: 0.06, minBreakDays: 60, breakShare: 0.12 };

/** A stop as the scale needs it: its first and last day (ISO). */
export interface ScaleStop {
  id: string;
  start: string;
  end: string;
}

export interface ScaledStop {
  id: string;
  /** Where the stop starts and ends on the line, 0 (left) to 1 (right); equal for a single day. */
  x: number;
  x2: number;
}

export interface ScaleBreak {
  /** Where the cut is drawn (its middle) and how long the gap it stands for is, in days. */
  x: number;
  days: number;
}

export interface ScaleSegment {
  /** Where this to-scale part of the line starts and ends, and its first and last day. */
  x: number;
  x2: number;
  from: string;
  to: string;
}

export interface ClockScale {
  stops: ScaledStop[];
  breaks: ScaleBreak[];
  segments: ScaleSegment[];
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(iso) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Stops in time order, placed on one line with the fewest breaks that keep neighbours apart. */
export function clockScale(stops: readonly ScaleStop[], options: Partial<ScaleOptions> = {}): ClockScale {
  const o = { ...DEFAULT_SCALE, ...options };
  const spans = stops.map((s) => ({ id: s.id, a: dayOf(s.start), b: Math.max(dayOf(s.start), dayOf(s.end)) }));
  const points = [...new Set(spans.flatMap((s) => [s.a, s.b]))].sort((x, y) => x - y);
  // A gap inside a stop's own range (1947–1991) is part of that stop: never cut.
  const cuttable = (i: number) =>
    points[i + 1]! - points[i]! >= o.minBreakDays && !spans.some((s) => s.a <= points[i]! && s.b >= points[i + 1]!);
  const cuts = new Set<number>();
  for (;;) {
    const layout = place(points, cuts, spans, o.breakShare);
    if (!crowded(points, layout.at, o.minSpacing)) return layout.scale;
    const gap = longestGap(points, cuts, cuttable);
    if (gap === null) return layout.scale;
    cuts.add(gap);
  }
}

/** Whether two neighbouring points are closer on the line than `minSpacing`. */
function crowded(points: number[], at: (day: number) => number, minSpacing: number): boolean {
  return points.some((p, i) => i > 0 && at(p) - at(points[i - 1]!) < minSpacing);
}

/** The longest gap that may still be cut (index of its left point), or null. */
function longestGap(points: number[], cuts: Set<number>, cuttable: (i: number) => boolean): number | null {
  let best: number | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    if (cuts.has(i) || !cuttable(i)) continue;
    if (best === null || points[i + 1]! - points[i]! > points[best + 1]! - points[best]!) best = i;
  }
  return best;
}

/**
 * Lays the points out: each cut gap takes `breakShare`, the rest of the line goes to the parts between cuts, in
 * proportion to how many stops each holds; inside a part, to scale.
 */
function place(points: number[], cuts: Set<number>, spans: { id: string; a: number; b: number }[], breakShare: number) {
  const parts: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < points.length; i++) {
    if (i === points.length - 1 || cuts.has(i)) {
      parts.push([first, i]);
      first = i + 1;
    }
  }
  const weight = ([a, b]: [number, number]) =>
    Math.max(1, spans.filter((s) => s.a >= points[a]! && s.b <= points[b]!).length);
  const total = parts.reduce((sum, p) => sum + weight(p), 0);
  const room = 1 - breakShare * (parts.length - 1);
  const segments: ScaleSegment[] = [];
  let x = 0;
  for (const part of parts) {
    const width = (room * weight(part)) / total;
    segments.push({ x, x2: x + width, from: isoOf(points[part[0]]!), to: isoOf(points[part[1]]!) });
    x += width + breakShare;
  }
  const at = (day: number) => {
    const k = parts.findIndex(([a, b]) => day >= points[a]! && day <= points[b]!);
    const [a, b] = parts[k]!;
    const seg = segments[k]!;
    const length = points[b]! - points[a]!;
    // A part that is one day is drawn at its middle.
    return length ? seg.x + ((day - points[a]!) / length) * (seg.x2 - seg.x) : (seg.x + seg.x2) / 2;
  };
  const breaks = [...cuts]
    .sort((p, q) => p - q)
    .map((i) => ({ x: (at(points[i]!) + at(points[i + 1]!)) / 2, days: points[i + 1]! - points[i]! }));
  const stops = spans.map((s) => ({ id: s.id, x: at(s.a), x2: at(s.b) }));
  return { at, scale: { stops, breaks, segments } };
}
