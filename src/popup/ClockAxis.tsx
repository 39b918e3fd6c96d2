/**
 * The story clock's line drawn to scale (clock-scale.ts): a mark per stop where its time falls, a bar for a stop
 * that spans years, labelled cuts where a long gap was left out, the years or months at the ends of each part, and a
 * thin leader from each mark down to its stop's text below. A picture of the list under it, so hidden from
 * assistive technology: the list says the same in words.
 */
import { dateFormat, numberFormat } from '../shared/intl-format';
import { type ClockScale, clockScale } from './clock-scale';
import type { ClockStop } from './story-clock';

/** The line runs from 2% to 98% of the width, so the end marks are not cut off. */
const INSET = 2;
/** A label's width per character, as a share of the line (11 px type on a popup about 350 px wide). */
const CHAR_SHARE = 0.02;
const pct = (x: number) => INSET + x * (100 - 2 * INSET);

interface AxisLabel {
  x: number;
  text: string;
  kind: 'tick' | 'break';
}

export function ClockAxis({ stops, locale }: { stops: ClockStop[]; locale?: string }) {
  const scale = clockScale(stops);
  const columns = stops.length;
  return (
    <div class="clock-axis" aria-hidden="true">
      {axisLabels(scale, locale).map((label) => (
        <span
          class={`clock-label clock-${label.kind}`}
          data-align={label.x < 0.1 ? 'start' : label.x > 0.9 ? 'end' : 'middle'}
          style={{ left: `${pct(label.x)}%` }}
          key={`${label.kind}${label.x}`}
        >
          {label.text}
        </span>
      ))}
      <svg class="clock-drawing" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {scale.segments.map((seg) => (
          <line class="clock-rule" x1={pct(seg.x)} x2={pct(seg.x2)} y1={4} y2={4} key={seg.from} />
        ))}
        {scale.stops.map((s, i) => (
          <g key={s.id}>
            {s.x2 > s.x && <line class="clock-span" x1={pct(s.x)} x2={pct(s.x2)} y1={4} y2={4} />}
            <line class="clock-leader" x1={pct(s.x)} y1={4} x2={(100 * i) / columns + 1} y2={14} />
          </g>
        ))}
      </svg>
      {scale.stops.map((s, i) => (
        <span class="clock-mark" data-kind={stops[i]!.kind} style={{ left: `${pct(s.x)}%` }} key={s.id} />
      ))}
    </div>
  );
}

/** The cuts' lengths first (a cut is never unlabelled), then each part's ends where they do not overlap a label. */
export function axisLabels(scale: ClockScale, locale?: string): AxisLabel[] {
  const kept: AxisLabel[] = [];
  const ticks = scale.segments.flatMap((seg) =>
    // A part that is one day has its mark in the middle, and its label there.
    seg.from === seg.to
      ? [{ x: (seg.x + seg.x2) / 2, text: tickText(seg.from, seg, locale), kind: 'tick' as const }]
      : [
          { x: seg.x, text: tickText(seg.from, seg, locale), kind: 'tick' as const },
          { x: seg.x2, text: tickText(seg.to, seg, locale), kind: 'tick' as const },
        ],
  );
  const cuts = scale.breaks.map((b) => ({ x: b.x, text: `≈ ${gapText(b.days, locale)}`, kind: 'break' as const }));
  // The line's two ends say most about it: they come right after the cuts.
  const order = [...cuts, ...ticks.filter((_, i) => i === 0 || i === ticks.length - 1), ...ticks.slice(1, -1)];
  for (const label of order) {
    if (kept.every((k) => k.text !== label.text && !overlap(extent(k), extent(label)))) kept.push(label);
  }
  return kept.sort((a, b) => a.x - b.x);
}

/** Where a label's text runs on the line, as drawn (start-, middle- or end-aligned on its x). */
function extent({ x, text }: AxisLabel): [number, number] {
  const w = text.length * CHAR_SHARE;
  if (x < 0.1) return [x, x + w];
  if (x > 0.9) return [x - w, x];
  return [x - w / 2, x + w / 2];
}

const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** A part spanning a year or more is labelled in years, a shorter one in months ("Feb 2022"). */
function tickText(day: string, seg: { from: string; to: string }, locale?: string): string {
  const long = Date.parse(seg.to) - Date.parse(seg.from) >= 300 * 86_400_000;
  const options: Intl.DateTimeFormatOptions = long ? { year: 'numeric' } : { year: 'numeric', month: 'short' };
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "28y", "6m": a cut's length in years, or months under a year, in the reader's locale. */
function gapText(days: number, locale?: string): string {
  const unit = days >= 365 ? 'year' : 'month';
  const count = Math.max(1, Math.round(unit === 'year' ? days / 365.25 : days / 30.44));
  try {
    return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' }).format(count);
  } catch {
    return `${count} ${unit}`;
  }
}
