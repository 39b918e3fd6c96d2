/**
 * The header's one-line story: the article's top event as who, what, where and when. Pure, so it is tested on
 * the events the pipeline really produces. Returns null when there is no event worth a line.
 */
import type { EventFrame } from '../shared/types';

export interface StoryLine {
  who: string | null;
  what: string;
  where: string | null;
  when: string | null;
  /** The event's ISO value, for <time dateTime>. */
  whenValue: string | null;
}

export interface StoryOptions {
  /** Names listed before "and N others" is not worth it in one line. */
  maxWho: number;
  maxWhere: number;
  locale?: string;
}

const DEFAULTS: StoryOptions = { maxWho: 3, maxWhere: 2 };

export function topEvent(events: readonly EventFrame[] | null | undefined): EventFrame | null {
  if (!Array.isArray(events) || !events.length) return null;
  return events.find((e) => e.kind === 'story') ?? (events.some((e) => e.kind) ? null : events[0]!);
}

export function storyLine(
  events: readonly EventFrame[] | null | undefined,
  options: Partial<StoryOptions> = {},
): StoryLine | null {
  const opts = { ...DEFAULTS, ...options };
  const event = topEvent(events);
  if (!event?.name?.trim()) return null;
  const list = (items: string[]) => {
    try {
      return new Intl.ListFormat(opts.locale, { style: 'long', type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  };
  // A place that is already part of the event's name ("Samarkand summit") says nothing new.
  const where = (event.where ?? []).filter((w) => w && !event.name.includes(w)).slice(0, opts.maxWhere);
  const who = (event.who ?? []).filter((w) => w && !event.name.includes(w)).slice(0, opts.maxWho);
  return {
    who: who.length ? list(who) : null,
    what: event.name.trim(),
    where: where.length ? where.join(', ') : null,
    when: event.whenLabel ?? null,
    whenValue: event.when ?? null,
  };
}
