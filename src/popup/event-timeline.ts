/**
 * The article's events in time order, for the Timeline view: past background → the story → what is announced, with
 * the publication day as a marker between them. Pure, so ordering and labels are unit-tested. Each label keeps the
 * date's own precision ("Feb 2022", "Sep 15–16, 2022", "before Mar 2022"), in the reader's locale.
 */
import { formatWhen, valueRange } from '../shared/value-range';
import type { EventFrame } from '../shared/types';

export type TimelineKind = NonNullable<EventFrame['kind']> | 'published';

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  name: string;
  label: string;
  /** ISO value, for <time dateTime>. */
  when: string;
  /** First and last day covered: the sort keys. */
  start: string;
  end: string;
  precision: string;
  /** The date comes from reference knowledge, not from the article's text. */
  known: boolean;
  where: string[];
}

export interface Timeline {
  items: TimelineItem[];
  /** Events the article gives no date for: listed apart, never placed on a guess. */
  undated: EventFrame[];
}

const KIND_RANK: Record<TimelineKind, number> = { background: 0, story: 1, published: 2, announced: 3 };

export function eventWhenLabel(
  frame: Pick<EventFrame, 'when' | 'whenMod' | 'whenLabel'>,
  locale?: string,
): string | null {
  try {
    return formatWhen(frame.when, frame.whenMod, locale) ?? frame.whenLabel ?? null;
  } catch {
    return frame.whenLabel ?? null; // an unknown locale tag must not break the popup
  }
}

export function buildEventTimeline(
  events: EventFrame[],
  options: { publishedAt?: string | null; locale?: string; publishedName?: string } = {},
): Timeline {
  const items: TimelineItem[] = [];
  const undated: EventFrame[] = [];
  (Array.isArray(events) ? events : []).forEach((frame, i) => {
    const range = valueRange(frame.when);
    const label = range ? eventWhenLabel(frame, options.locale) : null;
    if (!range || !label || !frame.when) {
      undated.push(frame);
      return;
    }
    items.push({
      id: frame.id ?? `event-${i}`,
      kind: frame.kind ?? 'background',
      name: frame.name,
      label,
      when: frame.when,
      start: range.start,
      end: range.end,
      precision: frame.precision ?? range.precision,
      known: frame.whenSource === 'known',
      where: frame.where ?? [],
    });
  });
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(options.publishedAt ?? '')?.[1];
  if (day) {
    items.push({
      id: 'published',
      kind: 'published',
      name: options.publishedName ?? 'Article published',
      label: eventWhenLabel({ when: day }, options.locale) ?? day,
      when: day,
      start: day,
      end: day,
      precision: 'day',
      known: false,
      where: [],
    });
  }
  items.sort(
    (a, b) => a.start.localeCompare(b.start) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.end.localeCompare(b.end),
  );
  return { items, undated };
}
