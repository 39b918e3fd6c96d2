/**
 * The story clock's line drawn to scale (clock-scale.ts): a mark per stop where its time falls, a bar for a stop
 * that spans years, labelled cuts where a long gap was left out, the years or months at the ends of each part, and a
 * thin leader from each mark down to its stop's text below. A picture of the list under it, so hidden from
 * assistive technology: the list says the same in words.
 */
import { dateFormat } from '../shared/date-format';
import { type ClockScale, clockScale } from './clock-scale';
import type { ClockStop } from './story-clock';

/** The line runs from 2% to 98% of the width, so the end marks are not cut off. */
const INSET = 2;
/** Labels closer than this share of the line to one already shown are left out. */
const LABEL_SPACING = 0.16;
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
      <svg class="clock-drawing" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {scale.segments.map((seg) => (
          <line class="clock-rule" x1={pct(seg.x)} x2={pct(seg.x2)} y1={4} y2={4} key={seg.from} />
        ))}
        {scale.stops.map((s, i) => (
          <g key={s.id}>
            {s.x2 > s.x && <line class="clock-span" x1={pct(s.x)} x2={pct(s.x2)} y1={4} y2={4} />}
            <line class="clock-leader" x1={pct(s.x)} y1={4} x2={(100 * i) / columns + 1} y2={20} />
          </g>
        ))}
      </svg>
      {scale.stops.map((s, i) => (
        <span class="clock-mark" data-kind={stops[i]!.kind} style={{ left: `${pct(s.x)}%` }} key={s.id} />
      ))}
    </div>
  );
}

/** The cuts' lengths first, then each part's first and last day where there is room. */
export function axisLabels(scale: ClockScale, locale?: string): AxisLabel[] {
  const kept: AxisLabel[] = scale.breaks.map((b) => ({ x: b.x, text: `≈ ${gapText(b.days, locale)}`, kind: 'break' }));
  const ticks = scale.segments.flatMap((seg) =>
    // A part that is one day has its mark in the middle, and its label there.
    seg.from === seg.to
      ? [{ x: (seg.x + seg.x2) / 2, text: tickText(seg.from, seg, locale), kind: 'tick' as const }]
      : [
          { x: seg.x, text: tickText(seg.from, seg, locale), kind: 'tick' as const },
          { x: seg.x2, text: tickText(seg.to, seg, locale), kind: 'tick' as const },
        ],
  );
  for (const tick of ticks) {
    if (kept.every((k) => Math.abs(k.x - tick.x) >= LABEL_SPACING && k.text !== tick.text)) kept.push(tick);
  }
  return kept.sort((a, b) => a.x - b.x);
}

/** A part spanning a year or more is labelled in years, a shorter one in months ("Feb 2022"). */
function tickText(day: string, seg: { from: string; to: string }, locale?: string): string {
  const long = Date.parse(seg.to) - Date.parse(seg.from) >= 300 * 86_400_000;
  const options: Intl.DateTimeFormatOptions = long ? { year: 'numeric' } : { year: 'numeric', month: 'short' };
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function gapText(days: number, locale?: string): string {
  const years = Math.max(1, Math.round(days / 365.25));
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'short' }).format(years);
  } catch {
    return `${years} y`;
  }
}
