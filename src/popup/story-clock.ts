/**
 * The story clock: the article's dated events on one short line, in time order, with the article's own day as a
 * marker: the background just before it, the story, and what is announced after. Built on the Timeline's ordering
 * (event-timeline.ts); pure, so which stops are kept is unit-tested.
 */
import { buildEventTimeline, type TimelineItem } from './event-timeline';
import type { EventFrame } from '../shared/types';

export interface ClockOptions {
  publishedAt?: string | null;
  locale?: string;
  /** Background events shown before the story: the most recent ones, which the reader needs first. */
  maxBefore: number;
  maxAfter: number;
}

export const DEFAULT_CLOCK: ClockOptions = { maxBefore: 3, maxAfter: 1 };

export type ClockStop = Pick<TimelineItem, 'id' | 'kind' | 'name' | 'label' | 'when' | 'known' | 'start' | 'end'>;

/** The stops in time order, or null when nothing but the article's own day would be on it. */
export function storyClock(events: readonly EventFrame[], options: Partial<ClockOptions> = {}): ClockStop[] | null {
  const opts = { ...DEFAULT_CLOCK, ...options };
  const { items } = buildEventTimeline([...events], {
    publishedAt: opts.publishedAt,
    locale: opts.locale,
    publishedName: '',
  });
  const background = items.filter((i) => i.kind === 'background');
  const before = background.slice(-opts.maxBefore);
  const after = items.filter((i) => i.kind === 'announced').slice(0, opts.maxAfter);
  const keep = new Set([...before, ...after, ...items.filter((i) => i.kind === 'story' || i.kind === 'published')]);
  // Two names for one day's story ("Putin–Xi meeting", "SCO summit") are one stop: the first, most central, stays.
  const seen = new Set<string>();
  const stops = items.filter((i) => {
    const id = `${i.kind}|${i.label}`;
    if (!keep.has(i) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (!stops.some((s) => s.kind !== 'published')) return null;
  return stops.map(({ id, kind, name, label, when, known, start, end }) => ({
    id,
    kind,
    name,
    label,
    when,
    known,
    start,
    end,
  }));
}
